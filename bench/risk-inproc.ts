import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config/config.ts';
import { openStore } from '../src/store/clickhouse.ts';
import { ensureFailureClasses } from '../models/failures/classify.ts';
import { answerJson, releaseAnswer } from '../models/risk/answer-json.ts';
import { loadRiskModel } from '../models/risk/model.ts';
import { featureValue, releaseScored, scoreChange, selectTests, type Budget, type Contributor, type Scored } from '../models/risk/score.ts';
import { trainRiskModel } from '../models/risk/train.ts';
import { monorepoPaths } from './monorepo-history.ts';

// Where a POST /v1/risk spends its time inside the process, without HTTP: scoring, selection and the
// answer's bytes per request (CPU), over the history `bench risk` built (trains it once when it has no
// model). Usage: node --import tsx --expose-gc bench/risk-inproc.ts <tests> [requests]

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const tests = Number(process.argv[2] ?? 10000);
const requests = Number(process.argv[3] ?? 200);
const dataDir = resolve(join(ROOT, `.cache/bench/risk-scale/t${tests}-c120-d21`));
if (!existsSync(join(dataDir, 'bench-built.json'))) throw new Error(`no history in ${dataDir}: run npm run bench -- risk --tests ${tests} first`);
const repo = 'bench/monorepo';
// Training 100k tests can pass the default 4 GiB and 300 s per query on this history on a busy machine (docs/scale.md): allowed more here.
const store = await openStore(loadConfig({ SIGNALHOUSE_DATA_DIR: dataDir, LOG_LEVEL: 'silent', SIGNALHOUSE_QUERY_MAX_MEMORY_BYTES: String(12 * 1024 ** 3), SIGNALHOUSE_QUERY_TIMEOUT_S: '3600' }));
let model = await loadRiskModel(store.client, repo);
if (!model) {
  await ensureFailureClasses(store.client, repo);
  await trainRiskModel(store, repo);
  model = (await loadRiskModel(store.client, repo))!;
}
await store.close();

function change(seed: number): { path: string; added: number; removed: number }[] {
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

/** CPU milliseconds of this process (the machine is shared: wall time says more about the others). */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** How many tests each per-test feature reaches on one change (what a sparse path must score one by one). */
function evidenced(s: Scored): void {
  const count = (xs: ArrayLike<number>) => {
    let k = 0;
    for (let i = 0; i < xs.length; i++) if (xs[i] !== 0) k++;
    return k;
  };
  const n = s.probability.length;
  const of = (f: Contributor) => Float64Array.from({ length: n }, (_, i) => featureValue(s, f, i));
  const own = s.sparse.ws.touched.length;
  process.stdout.write(
    `  tests reached: near ${count(of('near'))}, same ${count(of('same'))}, tokens ${count(of('tokens'))}, tree ${count(of('tree'))}, assoc ${count(of('assoc'))}, ` +
      `recent ${count(of('recent'))}, area ${count(of('area'))}; scored one by one ${own} of ${n}, ${s.sparse.ix.groups} groups, ${s.sparse.ix.classes} path classes\n`,
  );
}

const minutes = Math.round((tests * 0.78) / 60 / 4);
const budgets: Budget[] = [{ fraction: 0.1 }, { fraction: 0.25 }, { minutes }, { confidence: 0.95 }];
const gc = (globalThis as { gc?: () => void }).gc;
for (const budget of budgets) {
  const t = { score: 0, select: 0, answer: 0 };
  let bytes = 0;
  gc?.();
  const heap0 = process.memoryUsage();
  for (let r = 0; r < requests; r++) {
    const files = change(r + 2);
    const t0 = cpuMs();
    const s = scoreChange(model, { files, parentFailing: new Set(), at: new Date(), quarantined: new Set() });
    const t1 = cpuMs();
    if (r === 0) evidenced(s);
    const sel = selectTests(s, budget);
    const t2 = cpuMs();
    const listed = new Uint32Array(sel.count + (sel.ranked.length - sel.eligible));
    let nl = 0;
    for (const i of sel.ranked) if (sel.selected[i] || s.quarantined[i]) listed[nl++] = i;
    const buf = answerJson({ repo }, { model, listed, probability: s.probability, selected: sel.selected, always: s.always, quarantined: s.quarantined, reasonsJson: () => '[]' });
    bytes += buf.length;
    releaseAnswer(model, buf);
    releaseScored(s);
    const t3 = cpuMs();
    if (r >= 10) {
      t.score += t1 - t0;
      t.select += t2 - t1;
      t.answer += t3 - t2;
    }
  }
  const n = requests - 10;
  const heap1 = process.memoryUsage();
  process.stdout.write(
    `${JSON.stringify(budget)}: score ${(t.score / n).toFixed(2)} ms, select ${(t.select / n).toFixed(2)} ms, answer ${(t.answer / n).toFixed(2)} ms ` +
      `(${(bytes / requests / 2 ** 20).toFixed(1)} MiB); heap ${((heap1.heapUsed - heap0.heapUsed) / 2 ** 20).toFixed(0)} MiB, external ${((heap1.external - heap0.external) / 2 ** 20).toFixed(0)} MiB\n`,
  );
}
