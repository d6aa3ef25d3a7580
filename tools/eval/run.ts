// `npm run eval -- <name> [options]`: model evaluations against generated histories with ground truth.

const EVALS = ['flaky', 'selection', 'coverage', 'incidents'];

const [name, ...args] = process.argv.slice(2);
if (!name || !EVALS.includes(name)) {
  process.stderr.write(`usage: npm run eval -- <${EVALS.join('|')}> [options]\n`);
  process.exit(2);
}
const module = (await import(`./${name}.ts`)) as { run(args: string[]): Promise<void> };
await module.run(args);
