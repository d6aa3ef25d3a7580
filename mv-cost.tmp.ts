// Throwaway: span insert cost with and without the operation_days view (not committed).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { loadConfig } from './src/config/config.ts';
import { openStore } from './src/store/clickhouse.ts';
import { migrate } from './src/store/migrate.ts';
const src = readFileSync('./bench/coverage.ts', 'utf8');
const sql = /const SPANS_SQL = `([\s\S]*?)`;/.exec(src)![1]!.replace(/\$\{SERVICES\}/g, '20').replace(/\$\{OP\('number'\)\}/g, 'toUInt32(floor(pow(200, (cityHash64(number) % 1000000) / 1000000)))');
const store = await openStore(loadConfig({ SIGNALHOUSE_DATA_DIR: join(mkdtempSync(join(tmpdir(), 'mvcost-')), 'data'), LOG_LEVEL: 'silent' }));
await migrate(store.client);
const rows = 1_000_000;
for (const round of [1, 2]) {
  for (const mv of [true, false]) {
    if (!mv) await store.client.command({ query: 'DETACH TABLE operation_days_mv' });
    const c0 = process.cpuUsage(); const t0 = Date.now();
    await store.client.command({ query: sql, query_params: { seed: round * 10 + Number(mv), start: 0, rows } });
    const cpu = process.cpuUsage(c0);
    console.log(`round ${round} view ${mv}: ${((Date.now() - t0) / 1000).toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU for ${rows} spans`);
    if (!mv) await store.client.command({ query: 'ATTACH TABLE operation_days_mv' });
  }
}
await store.close();
