import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { junitTestId } from '../ingestion/test-identity.ts';
import { runCli } from '../tools/history/cli.ts';
import { DEFAULT_OPTIONS, generateHistory, type GenerationSummary, type HistoryOptions } from '../tools/history/generate.ts';
import type { FailureCauseRow, GroundTruth } from '../tools/history/ground-truth.ts';
import { parseManifestLine, type ManifestEntry } from '../tools/history/manifest.ts';

// A three-week history, small enough to parse every report. Regression and outage rates are raised
// so that each phenomenon occurs several times; flakiness keeps its defaults, because the realism
// check below is about the default rates.
const SMALL: Omit<HistoryOptions, 'out' | 'seed'> = {
  ...DEFAULT_OPTIONS,
  days: 21,
  tests: 400,
  files: 100,
  commitsPerDay: 16,
  regressionRate: 0.06,
  outageRate: 0.02,
};

type Status = 'passed' | 'failed' | 'errored' | 'skipped';

interface ParsedCase {
  suite: string;
  className: string;
  name: string;
  final: Status;
  /** Executions in retry order: Surefire flaky* before the final one, rerun* after the first. */
  executions: Exclude<Status, 'skipped'>[];
  tags: string[];
}

interface ParsedReport {
  file: string;
  runId: string;
  attempt: number;
  runner: string;
  cases: ParsedCase[];
}

/** Strict XML parse (saxes throws on anything malformed) into test cases and their executions. */
function parseReport(file: string, xml: string): ParsedReport {
  const m = /(\d+)-(\d+)-(\w+)\.xml$/.exec(file);
  if (!m) throw new Error(`unexpected report name ${file}`);
  const cases: ParsedCase[] = [];
  const suites: string[] = [];
  let current: { suite: string; className: string; name: string; tags: string[] } | null = null;
  let depth = 0;
  let caseDepth = -1;
  const parser = new SaxesParser({ xmlns: false });
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    depth++;
    const a = tag.attributes as Record<string, string>;
    if (tag.name === 'testsuite') suites.push(a.name ?? '');
    else if (tag.name === 'testcase') {
      current = { suite: suites[suites.length - 1] ?? '', className: a.classname ?? '', name: a.name ?? '', tags: [] };
      caseDepth = depth;
    } else if (current && depth === caseDepth + 1) current.tags.push(tag.name);
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'testsuite') suites.pop();
    if (tag.name === 'testcase' && current) {
      const tags = current.tags;
      const primary: Status = tags.includes('failure') ? 'failed' : tags.includes('error') ? 'errored' : tags.includes('skipped') ? 'skipped' : 'passed';
      const status = (t: string): 'failed' | 'errored' => (t.endsWith('Error') ? 'errored' : 'failed');
      const before = tags.filter((t) => t.startsWith('flaky')).map(status);
      const after = tags.filter((t) => t.startsWith('rerun')).map(status);
      const executions = primary === 'skipped' ? [] : [...before, primary, ...after];
      cases.push({ suite: current.suite, className: current.className, name: current.name, final: primary, executions, tags });
      current = null;
    }
    depth--;
  });
  parser.write(xml).close();
  return { file, runId: m[1]!, attempt: Number(m[2]), runner: m[3]!, cases };
}

interface History {
  dir: string;
  summary: GenerationSummary;
  manifest: ManifestEntry[];
  truth: GroundTruth;
  causes: FailureCauseRow[];
}

function readHistory(dir: string, summary: GenerationSummary): History {
  const manifest = readFileSync(join(dir, 'manifest.jsonl'), 'utf8')
    .trimEnd()
    .split('\n')
    .map((l, i) => parseManifestLine(l, i + 1));
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as GroundTruth;
  const causes = readFileSync(join(dir, 'failure-causes.jsonl'), 'utf8')
    .trimEnd()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as FailureCauseRow);
  return { dir, summary, manifest, truth, causes };
}

const root = mkdtempSync(join(tmpdir(), 'signalhouse-history-'));
let a: History;
let again: History;
let other: History;
let reports: ParsedReport[];
let repo: string;

beforeAll(async () => {
  const make = async (name: string, seed: number): Promise<History> => {
    const dir = join(root, name);
    return readHistory(dir, await generateHistory({ ...SMALL, out: dir, seed }));
  };
  a = await make('a', 11);
  again = await make('a-again', 11);
  other = await make('b', 12);
  repo = a.truth.repo;
  reports = a.manifest.flatMap((e) => e.reports.map((r) => parseReport(r, readFileSync(join(a.dir, r), 'utf8'))));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

type Seen = { report: ParsedReport; entry: ManifestEntry; c: ParsedCase };
let seenCache: Map<string, Seen[]> | null = null;

/** Every appearance of every test in the reports, keyed by testId. */
function byTest(): Map<string, Seen[]> {
  if (seenCache) return seenCache;
  const entries = new Map(a.manifest.map((e) => [`${e.runId}-${e.attempt}`, e]));
  const out = new Map<string, Seen[]>();
  for (const r of reports) {
    const entry = entries.get(`${r.runId}-${r.attempt}`)!;
    for (const c of r.cases) {
      const id = junitTestId(repo, c.suite, c.className, c.name);
      const list = out.get(id) ?? [];
      list.push({ report: r, entry, c });
      out.set(id, list);
    }
  }
  seenCache = out;
  return out;
}

describe('history generator', () => {
  it('is deterministic by seed', () => {
    for (const f of ['manifest.jsonl', 'ground-truth.json', 'failure-causes.jsonl']) {
      expect(readFileSync(join(again.dir, f)).equals(readFileSync(join(a.dir, f))), f).toBe(true);
    }
    const names = readdirSync(join(a.dir, 'junit')).sort();
    expect(readdirSync(join(again.dir, 'junit')).sort()).toEqual(names);
    for (const n of names.filter((_, i) => i % 37 === 0)) {
      expect(readFileSync(join(again.dir, 'junit', n)).equals(readFileSync(join(a.dir, 'junit', n))), n).toBe(true);
    }
    expect(readFileSync(join(other.dir, 'manifest.jsonl'), 'utf8')).not.toEqual(readFileSync(join(a.dir, 'manifest.jsonl'), 'utf8'));
    expect(other.truth.flaky.map((f) => f.testId)).not.toEqual(a.truth.flaky.map((f) => f.testId));
  });

  it('writes one report per runner per run attempt, listed in a time-ordered manifest', () => {
    const files = readdirSync(join(a.dir, 'junit'));
    expect(files.length).toBe(a.manifest.length * 3);
    expect(a.manifest.flatMap((e) => e.reports).sort()).toEqual(files.map((f) => `junit/${f}`).sort());
    const starts = a.manifest.map((e) => e.startedAt);
    expect([...starts].sort()).toEqual(starts);
    // Re-runs share the commit and run id of attempt 1 and start after it finished.
    const firsts = new Map(a.manifest.filter((e) => e.attempt === 1).map((e) => [e.runId, e]));
    const reruns = a.manifest.filter((e) => e.attempt > 1);
    expect(reruns.length).toBeGreaterThan(0);
    for (const e of reruns) {
      const first = firsts.get(e.runId)!;
      expect(e.commit).toBe(first.commit);
      expect(e.startedAt > first.finishedAt).toBe(true);
    }
    expect(new Set(a.manifest.filter((e) => e.attempt === 1).map((e) => e.commit)).size).toBe(a.summary.stats.commits);
    expect(new Set(a.manifest.map((e) => e.branch)).size).toBeGreaterThan(10);
    expect(a.manifest.every((e) => e.files.length > 0)).toBe(true);
  });

  it('writes well-formed XML in each runner’s shape', () => {
    expect(reports.length).toBe(a.manifest.length * 3);
    const sample = (runner: string): ParsedCase => reports.find((r) => r.runner === runner)!.cases[0]!;
    expect(sample('surefire').className).toMatch(/^com\.acme\.\w+\.\w+Test$/);
    expect(sample('surefire').suite).toBe(sample('surefire').className);
    expect(sample('pytest').suite).toBe('pytest');
    expect(sample('pytest').className).toMatch(/^tests\.\w+\.test_\w+/);
    expect(sample('jest').className).toBe('');
    expect(sample('jest').suite).toMatch(/^web\/src\/.+\.test\.tsx?$/);
    const xml = readFileSync(join(a.dir, reports.find((r) => r.runner === 'surefire')!.file), 'utf8');
    expect(xml).toContain('<properties>');
    expect(xml).toContain('name="surefire.rerunFailingTestsCount" value="2"');
  });

  it('emits Surefire rerun elements with Surefire’s semantics', () => {
    const surefire = reports.filter((r) => r.runner === 'surefire').flatMap((r) => r.cases);
    const flaky = surefire.filter((c) => c.tags.some((t) => t.startsWith('flaky')));
    const rerun = surefire.filter((c) => c.tags.some((t) => t.startsWith('rerun')));
    expect(flaky.length).toBeGreaterThan(0);
    expect(rerun.length).toBeGreaterThan(0);
    // flakyFailure: eventually passed, so no <failure>/<error>; rerunFailure: every attempt failed.
    for (const c of flaky) expect(c.final).toBe('passed');
    for (const c of rerun) {
      expect(['failed', 'errored']).toContain(c.final);
      expect(c.executions.length).toBe(3);
    }
    expect(reports.filter((r) => r.runner !== 'surefire').every((r) => r.cases.every((c) => c.tags.every((t) => !/^(flaky|rerun)/.test(t))))).toBe(true);
  });

  it('identifies tests with the ingestion identity rule', () => {
    const known = new Map(a.truth.tests.map((t) => [t.testId, t]));
    for (const [id, seen] of byTest()) {
      const t = known.get(id);
      expect(t, seen[0]!.c.name).toBeDefined();
      expect(junitTestId(repo, t!.suite, t!.className, t!.name)).toBe(id);
    }
  });

  it('explains every failed execution in failure-causes.jsonl, and nothing else', () => {
    const fromReports = new Set<string>();
    for (const r of reports) {
      for (const c of r.cases) {
        const id = junitTestId(repo, c.suite, c.className, c.name);
        c.executions.forEach((s, retry) => {
          if (s !== 'passed') fromReports.add(`${r.runId}|${r.attempt}|${id}|${retry}|${s}`);
        });
      }
    }
    const fromTruth = new Set(a.causes.map((x) => `${x.runId}|${x.attempt}|${x.testId}|${x.retry}|${x.status}`));
    expect(fromTruth.size).toBe(a.causes.length);
    expect([...fromReports].sort()).toEqual([...fromTruth].sort());
    expect(a.truth.failureCauses.rows).toBe(a.causes.length);
    const counts = { flaky: 0, regression: 0, infrastructure: 0 };
    for (const x of a.causes) counts[x.cause]++;
    expect(counts.flaky).toBeGreaterThan(0);
    expect(counts.regression).toBeGreaterThan(0);
    expect(counts.infrastructure).toBeGreaterThan(0);
    const planted = new Set(a.truth.flaky.map((f) => f.testId));
    expect(a.causes.filter((x) => x.cause === 'flaky').every((x) => planted.has(x.testId))).toBe(true);
  });

  it('fails every broken test of a regression on every run of its branch until the fix', () => {
    expect(a.truth.regressions.length).toBeGreaterThan(3);
    const tests = byTest();
    const entriesOf = new Map<string, ManifestEntry[]>();
    for (const e of a.manifest) entriesOf.set(e.commit, [...(entriesOf.get(e.commit) ?? []), e]);
    const parentOf = new Map(a.manifest.map((e) => [e.commit, e.parent]));
    const ancestors = (sha: string): Set<string> => {
      const seen = new Set<string>();
      for (let p = parentOf.get(sha); p && !seen.has(p); p = parentOf.get(p)) seen.add(p);
      return seen;
    };
    let checked = 0;
    for (const reg of a.truth.regressions) {
      expect(reg.commits[0]).toBe(reg.commit);
      expect(reg.commits).not.toContain(reg.fixCommit);
      if (reg.fixedAt !== null) expect(reg.fixedAt > reg.introducedAt).toBe(true);
      const carrying = new Set(reg.commits);
      // On a branch, every commit carrying the regression comes before the fix in the branch's line.
      // (Not by run time: a run can start after the author's next push, as real CI runs do.)
      const beforeFix = reg.fixCommit !== null && reg.branch !== 'main' ? ancestors(reg.fixCommit) : null;
      for (const sha of reg.commits) {
        if (beforeFix) expect(beforeFix.has(sha), `${sha} carries regression ${reg.id}, fixed by ${reg.fixCommit}`).toBe(true);
        for (const e of entriesOf.get(sha) ?? []) {
          expect(e.branch).toBe(reg.branch);
          expect(e.startedAt >= reg.introducedAt).toBe(true);
        }
      }
      expect(entriesOf.get(reg.commit)![0]!.files.map((f) => f.path)).toEqual(expect.arrayContaining(reg.files));
      if (reg.fixCommit) expect(entriesOf.get(reg.fixCommit)![0]!.files.map((f) => f.path)).toEqual(expect.arrayContaining(reg.files));
      for (const b of reg.brokenTests) {
        for (const { entry, c } of tests.get(b.testId) ?? []) {
          if (!carrying.has(entry.commit) || c.final === 'skipped') continue;
          expect(['failed', 'errored'], `${b.qualifiedName} on ${entry.commit}`).toContain(c.final);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
    // After the fix the same tests fail for no regression reason on the fixing commit.
    const fixRows = a.causes.filter((x) => x.cause === 'regression' && a.truth.regressions[x.regressionId!]!.fixCommit !== null);
    const fixCommitOf = new Map(a.truth.regressions.map((r) => [r.id, r.fixCommit]));
    const runCommit = new Map(a.manifest.map((e) => [e.runId, e.commit]));
    expect(fixRows.every((x) => runCommit.get(x.runId) !== fixCommitOf.get(x.regressionId!))).toBe(true);
  });

  it('errors a large share of the affected runners’ tests during an outage', () => {
    expect(a.truth.outages.length).toBeGreaterThan(2);
    const outage = new Map(a.truth.outages.map((o) => [`${o.runId}-${o.attempt}`, o]));
    const share = (r: ParsedReport): number => {
      const run = r.cases.filter((c) => c.final !== 'skipped');
      return run.filter((c) => c.final !== 'passed').length / Math.max(1, run.length);
    };
    const inOutage: number[] = [];
    const normal: number[] = [];
    for (const r of reports) {
      const o = outage.get(`${r.runId}-${r.attempt}`);
      if (o && o.runners.includes(r.runner as 'surefire')) inOutage.push(share(r));
      else if (!o) normal.push(share(r));
    }
    expect(Math.min(...inOutage)).toBeGreaterThanOrEqual(0.25);
    normal.sort((x, y) => x - y);
    expect(normal[Math.floor(normal.length * 0.5)]!).toBeLessThan(0.02);
    expect(normal[Math.floor(normal.length * 0.99)]!).toBeLessThan(0.25);
    for (const o of a.truth.outages) expect(o.failedExecutions).toBeGreaterThan(0);
  });

  it('plants flaky tests that both pass and fail on the same commit', () => {
    const tests = byTest();
    let failing = 0;
    let mixed = 0;
    for (const f of a.truth.flaky) {
      const perCommit = new Map<string, Set<string>>();
      for (const { entry, c } of tests.get(f.testId) ?? []) {
        const set = perCommit.get(entry.commit) ?? new Set<string>();
        for (const s of c.executions) set.add(s === 'passed' ? 'pass' : 'fail');
        perCommit.set(entry.commit, set);
      }
      const sets = [...perCommit.values()];
      if (!sets.some((s) => s.has('fail'))) continue;
      failing++;
      if (sets.some((s) => s.has('pass') && s.has('fail'))) mixed++;
    }
    expect(failing).toBeGreaterThan(5);
    expect(mixed / failing).toBeGreaterThanOrEqual(0.7);
    for (const f of a.truth.flaky) {
      expect(f.rate).toBeGreaterThanOrEqual(DEFAULT_OPTIONS.flakyMinRate);
      expect(f.rate).toBeLessThanOrEqual(DEFAULT_OPTIONS.flakyMaxRate);
    }
  });

  it('has a realistic flaky failure rate', () => {
    // Google reports ~1.5% of test runs with a flaky result, where a "test" is a target: closest here
    // is one test file (Surefire class, pytest module, Jest file) in one run attempt. The default
    // 90-day history lands at ~1.5%; a three-week one with ~13 flaky tests varies more by seed.
    const flakyRows = a.causes.filter((x) => x.cause === 'flaky');
    const executions = reports.reduce((n, r) => n + r.cases.reduce((m, c) => m + c.executions.length, 0), 0);
    const perExecution = flakyRows.length / executions;
    expect(perExecution).toBeGreaterThan(0.0003);
    expect(perExecution).toBeLessThan(0.006);
    const fileRuns = new Set<string>();
    const flakyFileRuns = new Set<string>();
    const fileOf = new Map(a.truth.tests.map((t) => [t.testId, t.file]));
    for (const r of reports) {
      for (const c of r.cases) if (c.executions.length > 0) fileRuns.add(`${r.runId}-${r.attempt}-${fileOf.get(junitTestId(repo, c.suite, c.className, c.name))}`);
    }
    for (const x of flakyRows) flakyFileRuns.add(`${x.runId}-${x.attempt}-${fileOf.get(x.testId)}`);
    const perTestFile = flakyFileRuns.size / fileRuns.size;
    expect(perTestFile).toBeCloseTo(a.summary.stats.flakyTestFileShare, 4);
    expect(perTestFile).toBeGreaterThan(0.003);
    expect(perTestFile).toBeLessThan(0.035);
  });

  it('adds and deletes tests along main', () => {
    const tests = byTest();
    const mainChain: string[] = [];
    const parentOf = new Map(a.manifest.filter((e) => e.branch === 'main').map((e) => [e.commit, e.parent]));
    const childOf = new Map([...parentOf].map(([c, p]) => [p, c]));
    let head = [...parentOf.values()].find((p) => !parentOf.has(p));
    while (head !== undefined && childOf.has(head)) {
      head = childOf.get(head)!;
      mainChain.push(head);
    }
    expect(mainChain.length).toBe(parentOf.size);
    const position = new Map(mainChain.map((c, i) => [c, i]));
    let added = 0;
    let deleted = 0;
    for (const t of a.truth.tests) {
      const onMain = (tests.get(t.testId) ?? []).filter((x) => x.entry.branch === 'main').map((x) => position.get(x.entry.commit)!);
      for (const ev of t.lifecycle.filter((e) => e.branch === 'main')) {
        const at = position.get(ev.commit)!;
        if (ev.event === 'added') {
          added++;
          expect(onMain.every((p) => p >= at)).toBe(true);
          expect(onMain).toContain(at);
        } else {
          deleted++;
          expect(onMain.every((p) => p < at)).toBe(true);
        }
      }
      if (!t.initiallyPresent && t.lifecycle.length === 0) expect(tests.has(t.testId)).toBe(false);
    }
    expect(added).toBeGreaterThan(0);
    expect(deleted).toBeGreaterThan(0);
  });

  it('records the dependency graph and a sound ground truth', () => {
    const paths = new Set(a.truth.files.map((f) => f.path));
    for (const t of a.truth.tests) {
      expect(t.dependsOn).toContain(t.file);
      for (const p of t.dependsOn) expect(paths.has(p)).toBe(true);
    }
    // Shared utilities fan out: the most depended-on source file reaches many tests.
    const fanOut = new Map<string, number>();
    for (const t of a.truth.tests) for (const p of t.dependsOn) fanOut.set(p, (fanOut.get(p) ?? 0) + 1);
    const sources = a.truth.files.filter((f) => f.kind === 'source').map((f) => fanOut.get(f.path) ?? 0).sort((x, y) => y - x);
    expect(sources[0]!).toBeGreaterThan(a.truth.tests.length * 0.1);
    expect(a.truth.outageWindows.length).toBeGreaterThan(0);
    expect(a.truth.pullRequests.some((p) => p.mergedAt !== null)).toBe(true);
  });
});

describe('history CLI', () => {
  const io = (): { out: string[]; err: string[]; io: { out: (t: string) => void; err: (t: string) => void } } => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { out: (t) => out.push(t), err: (t) => err.push(t) } };
  };

  it('rejects bad flags with exit code 2', async () => {
    for (const argv of [[], ['--out', join(root, 'x'), '--days', 'ten'], ['--out', join(root, 'x'), '--bogus'], ['--out', join(root, 'x'), '--flaky-rate', '2'], ['--out', join(root, 'x'), '--start', '2025-02-30']]) {
      const t = io();
      expect(await runCli(argv, t.io), argv.join(' ')).toBe(2);
      expect(t.err.join('')).toMatch(/^error: /);
    }
  });

  it('refuses to overwrite a history without --force', async () => {
    const t = io();
    expect(await runCli(['--out', a.dir, '--days', '1'], t.io)).toBe(2);
    expect(t.err.join('')).toContain('--force');
  });

  it('generates and prints a summary', async () => {
    const t = io();
    const dir = join(root, 'cli');
    expect(await runCli(['--out', dir, '--days', '2', '--tests', '50', '--files', '40', '--seed', '3'], t.io)).toBe(0);
    expect(t.out.join('')).toMatch(/run attempts \d+/);
    expect(readdirSync(dir).sort()).toEqual(['checkout', 'failure-causes.jsonl', 'ground-truth.json', 'junit', 'manifest.jsonl']);
    expect(await runCli(['--out', dir, '--days', '2', '--tests', '50', '--files', '40', '--seed', '3', '--force'], io().io)).toBe(0);
  });
});
