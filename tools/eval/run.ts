// `npm run eval -- <name> [options]`: model evaluations against generated histories with ground truth.

const EVALS = ['flaky', 'selection', 'coverage'];

const [name, ...args] = process.argv.slice(2);
if (!name || !EVALS.includes(name)) {
  process.stderr.write(`usage: npm run eval -- <${EVALS.join('|')}> [options]\n`);
  process.exit(2);
}
const module = (await import(`./${name}.ts`)) as { run(args: string[]): Promise<void> };
try {
  await module.run(args);
} catch (e) {
  // node:util parseArgs errors (an unknown option, a missing value) are the user's, not a crash.
  const code = (e as { code?: string }).code;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')) {
    process.stderr.write(`eval ${name}: ${(e as Error).message} (see npm run eval -- ${name} --help)\n`);
    process.exit(2);
  }
  throw e;
}
