// `npm run bench -- <name>`: each benchmark prints its figures and its ratio against a baseline run in
// the same process (so the machine's speed cancels out). No benchmark asserts a time.

const BENCHES: Record<string, () => Promise<{ run(args: string[]): Promise<void> }>> = {
  junit: () => import('./junit.ts'),
  otlp: () => import('./otlp.ts'),
  flaky: () => import('./flaky.ts'),
  kafka: () => import('./kafka.ts'),
  risk: () => import('./risk.ts'),
  soak: () => import('./soak.ts'),
  coverage: () => import('./coverage.ts'),
  imports: () => import('./imports.ts'),
};

const [name, ...args] = process.argv.slice(2);
const names = name ? [name] : Object.keys(BENCHES);
for (const n of names) {
  const load = BENCHES[n];
  if (!load) {
    process.stderr.write(`unknown benchmark "${n}"; choose one of: ${Object.keys(BENCHES).join(', ')}\n`);
    process.exit(2);
  }
  await (await load()).run(args);
}
