import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { reachOf } from '../ingestion/imports/reach.ts';
import { scanCheckout } from '../ingestion/imports/scan.ts';
import { walkCheckout } from '../ingestion/imports/walk.ts';
import { buildApp } from '../src/api/app.ts';
import { collectGarbage, fmt, line, peakRssMiB, rssSampler, timed } from './measure.ts';
import { testConfig, testStore } from '../test/support/store.ts';

// The import scan and POST /v1/imports (`npm run bench -- imports [dir…]`, docs/imports.md).
// 1. Scan: each folder (default: this repository, then its node_modules as a large JS corpus) is
//    scanned, against a baseline that walks and reads the same files without parsing them: the ratio
//    is what parsing and resolving cost over the I/O any scan pays.
// 2. Upload: a synthetic monorepo graph (areas of sources importing deeper files of their area and a
//    shared util; a test file per 4 sources) posted to the real app on the embedded engine, at two
//    sizes: the service's reach walk, the insert of the rows, and the whole request.

async function scanFigures(root: string): Promise<void> {
  collectGarbage();
  const base = await timed(async () => {
    const w = await walkCheckout(root);
    let bytes = 0;
    for (const f of w.files) bytes += (await readFile(join(root, f))).length;
    return { files: w.files.length, bytes };
  });
  collectGarbage();
  const rss = rssSampler();
  const scan = await timed(() => scanCheckout(root));
  const reach = await timed(async () => reachOf(scan.value));
  const peak = rss.stop();
  const files = scan.value.files;
  line(`scan ${root}`, `${fmt(files.length)} source files, ${fmt(files.filter((f) => f.test).length)} test files, ${fmt(files.reduce((n, f) => n + f.imports.length, 0))} imports`);
  line('  walk + read only (baseline)', `${fmt(base.seconds, 2)} s for ${fmt(base.value.files)} files, ${fmt(base.value.bytes / 2 ** 20, 1)} MiB`);
  line('  scan (walk, parse, resolve)', `${fmt(scan.seconds, 2)} s  (${fmt(scan.seconds / base.seconds, 1)}× the baseline), peak RSS ${fmt(peak)} MiB`);
  line('  reach (BFS from every test file)', `${fmt(reach.seconds * 1000)} ms, ${fmt(reach.value.length)} rows`);
}

function syntheticGraph(areas: number, perArea: number) {
  let seed = 1;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const files: { path: string; test?: boolean; imports: string[] }[] = [];
  for (let a = 0; a < areas; a++) {
    for (let k = 0; k < perArea; k++) {
      const imports = new Set<string>();
      for (let j = 0; j < 3 && k + 1 < perArea; j++) imports.add(`src/a${a}/f${k + 1 + Math.floor(rnd() * (perArea - k - 1))}.ts`);
      imports.add(`src/shared/u${Math.floor(rnd() * 50)}.ts`);
      files.push({ path: `src/a${a}/f${k}.ts`, imports: [...imports] });
    }
    for (let t = 0; t < perArea / 4; t++) {
      files.push({ path: `test/a${a}/t${t}.test.ts`, test: true, imports: [`src/a${a}/f${Math.floor(rnd() * perArea)}.ts`, `src/a${a}/f${Math.floor(rnd() * perArea)}.ts`] });
    }
  }
  for (let u = 0; u < 50; u++) files.push({ path: `src/shared/u${u}.ts`, imports: [] });
  return files;
}

export async function run(args: string[]): Promise<void> {
  const roots = args.length > 0 ? args : ['.', 'node_modules'];
  for (const root of roots) await scanFigures(root);

  const store = await testStore();
  const app = await buildApp({ config: testConfig(), store, logger: false });
  try {
    for (const areas of [50, 200]) {
      const files = syntheticGraph(areas, 100);
      const payload = JSON.stringify({ repo: `bench/imports-${areas}`, scannedAt: new Date().toISOString(), files });
      collectGarbage();
      const reach = await timed(async () => reachOf({ files: files.map((f) => ({ ...f, test: f.test ?? false })) }).length);
      const post = await timed(() => app.inject({ method: 'POST', url: '/v1/imports', payload, headers: { 'content-type': 'application/json' } }));
      if (post.value.statusCode !== 201) throw new Error(`POST /v1/imports answered ${post.value.statusCode}: ${post.value.body}`);
      line(`upload ${fmt(files.length)} files (${fmt(payload.length / 2 ** 20, 1)} MiB)`, `${fmt(reach.value)} reach rows`);
      line('  reach alone', `${fmt(reach.seconds * 1000)} ms`);
      line('  POST /v1/imports (parse, reach, store)', `${fmt(post.seconds, 2)} s  (${fmt(reach.value / post.seconds)} rows/s), peak RSS ${fmt(peakRssMiB())} MiB`);
    }
  } finally {
    await app.close();
    await store.close();
  }
}
