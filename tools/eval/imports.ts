import type { ClickHouseClient } from '@clickhouse/client';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanCheckout } from '../../ingestion/imports/scan.ts';
import { generateCheckout, type HistoryOptions } from '../history/generate.ts';
import type { ManifestEntry } from '../history/manifest.ts';

// For evaluations: a history's checkout, scanned by the service's own scanner (ingestion/imports) and
// sent to POST /v1/imports like `signalhouse upload imports` does, once per history (marker file
// eval-imports.json). Histories generated before the checkout existed get it written now: it comes from
// its own random stream, so the cached history is the one it belongs to.
//
// The scan is dated when it runs (after the history's end): the model reads rows last seen within
// activeDays of a change, whenever first seen (models/risk/reach.ts). Its own time also makes each
// scan's id new, so a scan sent again after the DELETE below is stored, not taken for a re-delivery.

export interface ImportsLoaded {
  files: number;
  testFiles: number;
  reachRows: number;
  scannedAt: string;
}

export async function loadImports(client: ClickHouseClient, dir: string, url: string, repo: string, options: Omit<HistoryOptions, 'out'>, log: (s: string) => void): Promise<ImportsLoaded> {
  const marker = join(dir, 'eval-imports.json');
  if (existsSync(marker)) return JSON.parse(readFileSync(marker, 'utf8')) as ImportsLoaded;
  // A scan without its marker replaces what an earlier one stored (remove the marker to re-scan with a
  // changed scanner): rows only merge, so an import no longer found would otherwise stay.
  for (const table of ['code_reach', 'code_tests'] as const) {
    await client.command({ query: `DELETE FROM ${table} WHERE repo = {repo:String}`, query_params: { repo }, clickhouse_settings: { log_comment: 'tools.eval.imports.replace' } });
  }
  const checkout = join(dir, 'checkout');
  if (!existsSync(checkout)) generateCheckout(options, checkout);
  const t0 = Date.now();
  const scan = await scanCheckout(checkout);
  const lines = readFileSync(join(dir, 'manifest.jsonl'), 'utf8').trimEnd().split('\n');
  const last = JSON.parse(lines[lines.length - 1]!) as ManifestEntry;
  const scannedAt = new Date(Math.max(Date.now(), Date.parse(last.finishedAt) + 1)).toISOString();
  const res = await fetch(`${url}/v1/imports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ repo, commit: last.commit, scannedAt, files: scan.files }),
  });
  const body = (await res.json()) as ImportsLoaded & { message?: string };
  if (res.status !== 201) throw new Error(`POST /v1/imports answered ${res.status}: ${body.message ?? JSON.stringify(body)}`);
  const loaded: ImportsLoaded = { files: body.files, testFiles: body.testFiles, reachRows: body.reachRows, scannedAt: body.scannedAt };
  log(`scanned ${loaded.files} files (${loaded.testFiles} test files) into ${loaded.reachRows} reach rows in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  writeFileSync(marker, JSON.stringify(loaded));
  return loaded;
}
