import { loadConfig } from '../src/config/config.ts';
import { openStore } from '../src/store/clickhouse.ts';
import { loadRiskModel } from '../models/risk/model.ts';
import { pathEvidence, resolvePaths } from '../models/risk/evidence.ts';
import { scoreIndexOf, takeWorkspace, returnWorkspace } from '../models/risk/score-index.ts';
import { monorepoPaths } from './monorepo-history.ts';
const tests = Number(process.argv[2]);
const store = await openStore(loadConfig({ SIGNALHOUSE_DATA_DIR: `/work/wt-sparse/.cache/bench/risk-scale/t${tests}-c120-d21`, LOG_LEVEL: 'silent' }));
const model = (await loadRiskModel(store.client, 'bench/monorepo'))!;
await store.close();
function change(seed: number) {
  let s = seed * 2654435761;
  const rand = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const modules = monorepoPaths.modules(tests);
  const home = Math.floor(rand() * modules);
  return Array.from({ length: 50 }, () => {
    const m = rand() < 0.85 ? home : Math.floor(rand() * modules);
    const path = rand() < 0.1 ? monorepoPaths.test(m, Math.floor(rand() * 20)) : monorepoPaths.source(m, Math.floor(rand() * 30));
    return { path, added: Math.floor(rand() * 80), removed: Math.floor(rand() * 30) };
  });
}
const ix = scoreIndexOf(model);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const t = { ev: 0, res: 0, ret: 0 };
for (let r = 0; r < 60; r++) {
  const ws = takeWorkspace(model);
  const files = change(r + 2);
  const a = cpu();
  const e = pathEvidence(model, ix, ws, files, () => 0.001);
  const b = cpu();
  for (const i of ws.touched) resolvePaths(model, ix, ws, files, e, i);
  const c = cpu();
  const n = ws.touched.length;
  returnWorkspace(model, ws);
  const d = cpu();
  if (r >= 10) { t.ev += b - a; t.res += c - b; t.ret += d - c; }
  if (r === 0) console.log('touched', n, 'byDir', e.dirs.length, 'deep', !!e.deepTree);
}
console.log(`evidence ${(t.ev / 50).toFixed(2)} ms, resolve ${(t.res / 50).toFixed(2)} ms, return ${(t.ret / 50).toFixed(2)} ms`);
