import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { glob } from 'tinyglobby';
import { InputError } from '../../ingestion/errors.ts';
import type { StatusCounts } from '../../ingestion/junit/parse.ts';
import { readJunitReport } from '../../ingestion/junit/read-report.ts';
import type { JunitRunQuery } from '../api/routes/junit.ts';
import { detectCi, resolveFields, type CiEnv } from './ci-env/index.ts';
import { formatBytes, type Progress } from './progress.ts';
import { callServer, CliError } from './server-client.ts';

// `signalhouse upload junit 'reports/**/*.xml' --repo R --branch B --commit C`: several files and globs
// make one CI run. Every file is parsed here first, so a corrupt file stops the upload before anything
// is sent (nothing of the run is stored); then each file is posted with the same run id.

export interface UploadJunitOptions extends JunitRunQuery {
  server: string;
  /** Told how far the upload is (a terminal line: progress.ts); quiet by default. */
  progress?: Progress;
}

export interface UploadJunitResult {
  runId: string;
  attempt: number;
  files: { file: string; uploadId: string; duplicate: boolean }[];
  suites: number;
  /** One per <testcase> element. */
  testCases: StatusCounts;
  /** One per test: a test case repeated in one suite element (a rerun) counts once, by its last result. */
  tests: StatusCounts;
  attempts: number;
}

type UploadAnswer = Pick<UploadJunitResult, 'suites' | 'testCases' | 'tests' | 'attempts'> & { uploadId: string; duplicate: boolean };

/** The flags of `upload junit` that name the run; each falls back to what the CI provider says. */
export interface UploadRunFlags {
  repo?: string;
  branch?: string;
  commit?: string;
  runId?: string;
  attempt?: number;
  startedAt?: string;
  url?: string;
  pipeline?: string;
  job?: string;
  provider?: string;
  server: string;
}

export function uploadOptionsFrom(flags: UploadRunFlags, env: CiEnv): UploadJunitOptions {
  const ci = detectCi(env);
  const run = resolveFields(
    { repo: flags.repo, branch: flags.branch, commit: flags.commit, runId: flags.runId, url: flags.url, pipeline: flags.pipeline, job: flags.job },
    ci,
    ['repo', 'branch', 'commit'],
  );
  let attempt = flags.attempt;
  if (attempt === undefined && ci?.values.attempt) {
    attempt = Number(ci.values.attempt.value);
    if (!Number.isInteger(attempt) || attempt < 1) throw new CliError(`${ci.values.attempt.from}=${ci.values.attempt.value} is not an attempt number: pass --attempt`);
  }
  return {
    repo: run.repo,
    branch: run.branch,
    commit: run.commit,
    runId: run.runId,
    attempt: attempt ?? 1,
    startedAt: flags.startedAt,
    url: run.url,
    pipeline: run.pipeline,
    job: run.job,
    provider: flags.provider ?? ci?.provider,
    server: flags.server,
  };
}

export async function expandReportPaths(patterns: string[]): Promise<string[]> {
  const files = new Set<string>();
  for (const pattern of patterns) {
    const isPlainFile = (() => {
      try {
        return statSync(pattern).isFile();
      } catch {
        return false;
      }
    })();
    const matched = isPlainFile ? [pattern] : await glob(pattern, { onlyFiles: true, expandDirectories: false });
    if (matched.length === 0) throw new CliError(`${pattern}: no file matches`);
    for (const f of matched.sort()) files.add(f);
  }
  return [...files];
}

export async function uploadJunit(patterns: string[], opts: UploadJunitOptions): Promise<UploadJunitResult> {
  const progress = opts.progress ?? { update() {}, done() {} };
  try {
    return await upload(patterns, opts, progress);
  } finally {
    progress.done(); // before anything else is printed, error messages included
  }
}

async function upload(patterns: string[], opts: UploadJunitOptions, progress: Progress): Promise<UploadJunitResult> {
  const files = await expandReportPaths(patterns);
  const sizes = files.map((f) => statSync(f).size);
  const totalBytes = formatBytes(sizes.reduce((a, b) => a + b, 0));
  const hashes: string[] = [];
  let cases = 0;
  for (const [i, file] of files.entries()) {
    progress.update(`checking ${i + 1}/${files.length} files, ${cases} test cases: ${file}`, i === 0);
    try {
      const { sha256, report } = await readJunitReport(createReadStream(file), { repo: opts.repo, fileName: file });
      hashes.push(sha256);
      cases += report.results.length;
    } catch (e) {
      if (e instanceof InputError) throw new CliError(`${e.message} — nothing was uploaded`);
      throw new CliError(`${file}: cannot read: ${(e as Error).message} — nothing was uploaded`);
    }
  }
  // Without --run-id, the run is named by its content: running the same command again is a no-op.
  const runId =
    opts.runId ??
    `cli-${createHash('sha256').update([opts.repo, opts.commit, ...hashes.sort()].join('\n')).digest('hex').slice(0, 16)}`;

  const result: UploadJunitResult = {
    runId,
    attempt: opts.attempt,
    files: [],
    suites: 0,
    testCases: noCounts(),
    tests: noCounts(),
    attempts: 0,
  };
  let sent = 0;
  for (const [i, file] of files.entries()) {
    progress.update(`uploading ${i + 1}/${files.length} files (${formatBytes(sent)} of ${totalBytes}), ${result.testCases.total} of ${cases} test cases stored`, i === 0);
    sent += sizes[i]!;
    const params = new URLSearchParams({
      repo: opts.repo,
      branch: opts.branch,
      commit: opts.commit,
      runId,
      attempt: String(opts.attempt),
      fileName: file,
    });
    for (const key of ['startedAt', 'url', 'pipeline', 'job', 'provider'] as const) {
      const v = opts[key];
      if (v) params.set(key, v);
    }
    const { body } = await callServer<UploadAnswer>(opts.server, `v1/junit?${params}`, {
      method: 'POST',
      body: await readFile(file),
      headers: { 'content-type': 'application/xml' },
      what: file,
      // An upload is safe to repeat (the service stores a report once), so a busy service is waited for.
      retryBusy: {
        times: BUSY_RETRIES,
        onRetry: (seconds, status) => process.stderr.write(`${file}: the service is busy (${status}); sending again in ${seconds} s\n`),
      },
    });
    result.files.push({ file, uploadId: body.uploadId, duplicate: body.duplicate });
    result.suites += body.suites;
    result.attempts += body.attempts;
    for (const k of Object.keys(result.testCases) as (keyof StatusCounts)[]) {
      result.testCases[k] += body.testCases[k];
      result.tests[k] += body.tests[k];
    }
  }
  return result;
}

/** Busy answers (503/429 with retry-after) waited out per file before the upload fails. */
const BUSY_RETRIES = 10;

function noCounts(): StatusCounts {
  return { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0 };
}

export function describeUpload(r: UploadJunitResult): string {
  const dup = r.files.filter((f) => f.duplicate).length;
  return (
    `run ${r.runId} attempt ${r.attempt}: ${r.files.length} file(s), ${r.suites} suite(s), ` +
    `${r.testCases.total} test case(s): ${r.testCases.passed} passed, ${r.testCases.failed} failed, ` +
    `${r.testCases.errored} errored, ${r.testCases.skipped} skipped` +
    (r.tests.total !== r.testCases.total ? ` (${r.tests.total} tests: repeated test cases are reruns; ${r.tests.failed} failed in the end)` : '') +
    (dup > 0 ? ` (${dup} file(s) were already stored and not counted again)` : '')
  );
}
