// `npm run load-history -- --dir DIR --server URL`: replays a generated history into a running
// Signalhouse through its HTTP API (see load.ts).

import { parseArgs } from 'node:util';
import { loadHistory, type FetchLike } from './load.ts';
import { runIfMain, type CliIo } from './run-main.ts';

const USAGE = `Usage: npm run load-history -- --dir DIR --server URL [--concurrency N]

Posts every commit's changes and every JUnit report of a generated history, in time order.

Options:
  --dir DIR           history directory written by \`npm run generate\` (required)
  --server URL        Signalhouse base URL, e.g. http://127.0.0.1:4318 (required)
  --concurrency N     requests in flight (default 4)
  -h, --help          show this help
`;

export interface LoadCliIo extends CliIo {
  fetch?: FetchLike;
}

/** Returns the process exit code: 0 loaded, 1 failed, 2 bad usage. */
export async function runLoadCli(argv: string[], io: LoadCliIo): Promise<number> {
  let dir: string;
  let server: string;
  let concurrency = 4;
  try {
    const { values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        dir: { type: 'string' },
        server: { type: 'string' },
        concurrency: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    if (values.dir === undefined) throw new Error('--dir DIR is required');
    if (values.server === undefined) throw new Error('--server URL is required');
    if (!/^https?:\/\/\S+$/.test(values.server)) throw new Error(`--server expects an http(s) URL, got "${values.server}"`);
    if (values.concurrency !== undefined) {
      if (!/^\d+$/.test(values.concurrency) || Number(values.concurrency) < 1 || Number(values.concurrency) > 64) {
        throw new Error(`--concurrency expects an integer from 1 to 64, got "${values.concurrency}"`);
      }
      concurrency = Number(values.concurrency);
    }
    dir = values.dir;
    server = values.server;
  } catch (e) {
    io.err(`error: ${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`);
    return 2;
  }
  try {
    let lastShown = 0;
    const summary = await loadHistory(dir, server, {
      concurrency,
      ...(io.fetch ? { fetch: io.fetch } : {}),
      onProgress: (p) => {
        if (p.entriesDone - lastShown >= 100 || p.entriesDone === p.entriesTotal) {
          lastShown = p.entriesDone;
          io.err(`  ${p.entriesDone}/${p.entriesTotal} run attempts, ${p.changes} commits, ${p.reports} reports\n`);
        }
      },
    });
    io.out(
      `Loaded ${summary.entries} run attempts (${summary.commits} commits, ${summary.reports} reports, ` +
        `${(summary.reportBytes / 1024 / 1024).toFixed(1)} MB) into ${server} in ${(summary.elapsedMs / 1000).toFixed(1)} s\n`,
    );
    return 0;
  } catch (e) {
    io.err(`error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

await runIfMain(import.meta.url, runLoadCli);
