import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { scanCheckout } from '../../ingestion/imports/scan.ts';
import { detectCi, resolveFields, type CiEnv } from './ci-env/index.ts';
import { gitCheckoutOf } from './git-diff.ts';
import { callServer, CliError, serverOption } from './server-client.ts';

// `signalhouse upload imports [--root DIR]`: scans the checkout's imports (ingestion/imports/) and sends
// the graph to POST /v1/imports, which stores which files each test file reaches (docs/imports.md).
// Paths must be relative to the repository's root, so the scan starts there: --root, else the top of
// the git checkout the command runs in, else the current folder.

export interface UploadImportsOptions {
  repo: string;
  /** '' when neither a flag, the CI nor git says. */
  commit: string;
  root: string;
  server: string;
}

export interface ImportsAnswer {
  repo: string;
  commit: string;
  scanId: string;
  scannedAt: string;
  files: number;
  testFiles: number;
  reachRows: number;
  /** Test functions the test files declare (Go); absent from older services. */
  declaredTests?: number;
}

/** Busy answers (503/429 with retry-after) waited out before the upload fails. */
const BUSY_RETRIES = 10;

export async function uploadImportsOptionsFrom(
  flags: { repo?: string; commit?: string; root?: string; server: string },
  env: CiEnv,
  cwd = process.cwd(),
): Promise<UploadImportsOptions> {
  const run = resolveFields({ repo: flags.repo, commit: flags.commit }, detectCi(env), ['repo']);
  const git = await gitCheckoutOf(flags.root ? resolve(cwd, flags.root) : cwd);
  const root = flags.root ? resolve(cwd, flags.root) : (git?.root ?? cwd);
  let isDir = false;
  try {
    isDir = statSync(root).isDirectory();
  } catch {
    // reported below
  }
  if (!isDir) throw new CliError(`--root ${root}: not a folder`);
  // Without a CI, the checked-out commit is the one scanned.
  return { repo: run.repo, commit: run.commit ?? git?.head ?? '', root, server: flags.server };
}

export async function uploadImports(o: UploadImportsOptions): Promise<ImportsAnswer> {
  const scannedAt = new Date().toISOString();
  const scan = await scanCheckout(o.root);
  if (scan.files.length === 0) {
    throw new CliError(`${o.root}: no TypeScript, JavaScript, Python, Go, Java or Kotlin files found — nothing was uploaded`);
  }
  // scannedAt goes with the graph: sent again after a lost answer, the upload is the same scan, and
  // the service stores its rows once.
  const { body } = await callServer<ImportsAnswer>(o.server, 'v1/imports', {
    method: 'POST',
    body: JSON.stringify({ repo: o.repo, ...(o.commit ? { commit: o.commit } : {}), scannedAt, files: scan.files }),
    headers: { 'content-type': 'application/json' },
    what: `imports of ${o.root}`,
    retryBusy: {
      times: BUSY_RETRIES,
      onRetry: (seconds, status) => process.stderr.write(`the service is busy (${status}); sending the imports again in ${seconds} s\n`),
    },
  });
  return body;
}

export function describeImports(a: ImportsAnswer): string {
  return (
    `imports of ${a.repo}${a.commit ? ` at ${a.commit.slice(0, 12)}` : ''}: ${a.files} file(s), ${a.testFiles} test file(s)` +
    `${a.declaredTests ? ` declaring ${a.declaredTests} test(s)` : ''}, ` +
    `${a.reachRows} (test file, reached file) pair(s) stored`
  );
}

export function registerUploadImportsCommand(upload: Command, env: CiEnv): void {
  upload
    .command('imports')
    .description("scan the checkout's imports (TS/JS, Python, Go, Java/Kotlin) and send which files each test file reaches")
    .option('--root <dir>', 'the repository checkout to scan (default: the top of the git checkout, else the current folder)')
    .option('--repo <repo>', 'repository, e.g. acme/shop (default in CI: detected)')
    .option('--commit <sha>', 'the commit scanned (default: detected in CI, else the checkout\'s HEAD)')
    .addOption(serverOption())
    .option('--json', 'print the answer as JSON')
    .action(async (o: { root?: string; repo?: string; commit?: string; server: string; json?: boolean }) => {
      const answer = await uploadImports(await uploadImportsOptionsFrom(o, env));
      process.stdout.write(o.json ? `${JSON.stringify(answer, null, 2)}\n` : `${describeImports(answer)}\n`);
    });
}
