import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildApp } from '../../src/api/app.ts';
import { loadConfig } from '../../src/config/config.ts';
import { openStore } from '../../src/store/clickhouse.ts';
import { migrate } from '../../src/store/migrate.ts';
import { fuzzProperties, hostileCases } from './properties.ts';

// `npm run fuzz -- [--cases 10000] [--seed N]`: the fuzz properties of test/fuzz.int.test.ts, run long,
// against the real app on a fresh embedded store. Prints per property how many cases, the answers by
// status and the slowest answer; exits 1 on the first broken property, with fast-check's replay seed.

const { values } = parseArgs({
  options: { cases: { type: 'string', default: '1000' }, seed: { type: 'string' }, 'deadline-ms': { type: 'string', default: '30000' } },
});
const cases = Number(values.cases);
if (!Number.isInteger(cases) || cases < 1) {
  process.stderr.write(`--cases must be a whole number ≥ 1, not "${values.cases}"\n`);
  process.exit(2);
}
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'signalhouse-fuzz-'));
const config = loadConfig({ SIGNALHOUSE_DATA_DIR: dataDir, LOG_LEVEL: 'silent', SIGNALHOUSE_RATE_LIMIT_PER_MINUTE: '0' });
const store = await openStore(config);
await migrate(store.client);
const app = await buildApp({ config, store, logger: false });
let failed = false;
try {
  const ctx = { app, store, repoRoot, sharedDir: join(repoRoot, '..', 'shared'), deadlineMs: Number(values['deadline-ms']) };
  for (const p of fuzzProperties(ctx)) {
    const began = performance.now();
    try {
      await p.check(cases, values.seed === undefined ? undefined : Number(values.seed));
      console.log(`ok    ${p.name}: ${p.stats.describe()} in ${((performance.now() - began) / 1000).toFixed(0)} s`);
    } catch (e) {
      failed = true;
      console.log(`FAIL  ${p.name}: ${p.stats.describe()}\n${e instanceof Error ? e.message : String(e)}`);
    }
  }
  for (const c of hostileCases()) {
    const began = performance.now();
    const res = await app.inject({ method: 'POST', url: c.url, headers: c.headers, payload: c.payload });
    const ok = res.statusCode < 500;
    failed ||= !ok;
    console.log(`${ok ? 'ok  ' : 'FAIL'}  hostile ${c.name}: ${res.statusCode} in ${(performance.now() - began).toFixed(0)} ms`);
  }
} finally {
  await app.close();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
