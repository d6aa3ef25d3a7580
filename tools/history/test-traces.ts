// Traced test runs: the OTLP export a CI job with OpenTelemetry test instrumentation sends (a nightly
// coverage or traced job, say), so that the evaluations see test impact from traces. One export per
// runner of a traced run attempt: a session span, below it one span per executed test case (the
// semantic conventions for tests: test.case.name, test.suite.name, test.case.result.status), and below
// each test the code it executed, from the code base's dependency graph (codebase.ts): the test's own
// file, and under it a span per source file it depends on, carrying the file's absolute path in the
// CI work directory, as instrumentations record it. Build files and schemas are in the graph but
// never show up as executed code, so they get no span. Jest and Surefire write `code.file.path` /
// `code.function.name` (semconv 1.30+), pytest the older `code.filepath` / `code.function`.
//
// The test spans carry the run's own identity (cicd.pipeline.run.id, attempt, commit, branch) and
// each test's final status, so the test results they also are duplicate the JUnit report's final
// rows of the same run attempt and change nothing the models count per commit.

import { createHash } from 'node:crypto';
import type { Codebase } from './codebase.ts';
import type { RunnerOutcome } from './simulate-run.ts';

export interface TracedRunContext {
  repo: string;
  runId: string;
  attempt: number;
  branch: string;
  commit: string;
  startedAt: number;
  /** The CI work directory the checkout is in (absolute). */
  workdir: string;
}

/** Picks the traced run attempts: the first `perDay` first attempts on main of each UTC day. */
export class TracedRuns {
  private readonly taken = new Map<number, number>();

  constructor(private readonly perDay: number) {}

  take(branch: string, attempt: number, startedAt: number): boolean {
    if (this.perDay <= 0 || attempt !== 1 || branch !== 'main') return false;
    const day = Math.floor(startedAt / 86_400_000);
    const n = this.taken.get(day) ?? 0;
    if (n >= this.perDay) return false;
    this.taken.set(day, n + 1);
    return true;
  }
}

/** OTLP/JSON ExportTraceServiceRequest of one runner's tests in a traced run attempt. */
export function testTraceExport(codebase: Codebase, result: RunnerOutcome, run: TracedRunContext): object {
  const [owner, name] = run.repo.split('/') as [string, string];
  const legacy = result.runner === 'pytest';
  const id = (bytes: number, ...parts: (string | number)[]) =>
    createHash('sha256').update([run.runId, run.attempt, result.runner, ...parts].join('/')).digest('hex').slice(0, bytes * 2);
  const traceId = id(16, 'trace');
  const sessionId = id(8, 'session');
  const nanos = (ms: number) => `${BigInt(Math.round(ms)) * 1_000_000n}`;
  const attr = (key: string, value: string) => ({ key, value: { stringValue: value } });
  const spans: object[] = [];
  let at = run.startedAt + 1;
  for (const suite of result.suites) {
    for (const o of suite.outcomes) {
      const last = o.executions[o.executions.length - 1];
      if (o.skipped || last === undefined) continue;
      const t = o.test;
      const testId = id(8, 'test', t.index);
      const durationMs = Math.max(1, last.durationMs);
      const failed = last.status !== 'passed';
      spans.push({
        traceId,
        spanId: testId,
        parentSpanId: sessionId,
        name: t.qualifiedName,
        kind: 1,
        startTimeUnixNano: nanos(at),
        endTimeUnixNano: nanos(at + durationMs),
        attributes: [
          attr('test.case.name', t.qualifiedName),
          attr('test.suite.name', t.suite),
          attr('test.case.result.status', failed ? 'fail' : 'pass'),
          // What jest-junit's `file` says, so the result from the span names the test as the report does.
          ...(result.runner === 'jest' ? [attr('code.file.path', t.path)] : []),
        ],
        status: failed ? { code: 2, message: last.failure?.message ?? '' } : { code: 0 },
      });
      // The test's own code first; the sources it calls below it.
      const own = id(8, 'own', t.index);
      const code = (spanId: string, parent: string, file: number) => {
        const f = codebase.files[file]!;
        const path = `${run.workdir}/${f.path}`;
        const location = legacy
          ? [attr('code.filepath', path), attr('code.function', f.symbol)]
          : [attr('code.file.path', path), attr('code.function.name', f.symbol)];
        spans.push({
          traceId,
          spanId,
          parentSpanId: parent,
          name: f.symbol,
          kind: 1,
          startTimeUnixNano: nanos(at),
          endTimeUnixNano: nanos(at + durationMs / 2),
          attributes: location,
        });
      };
      code(own, testId, codebase.testFiles[t.testFile]!.file);
      for (const file of t.dependsOn) {
        const f = codebase.files[file]!;
        if (f.kind !== 'source') continue;
        code(id(8, 'code', t.index, file), own, file);
      }
      at += durationMs;
    }
  }
  spans.push({
    traceId,
    spanId: sessionId,
    name: `${result.runner} test session`,
    kind: 1,
    startTimeUnixNano: nanos(run.startedAt),
    endTimeUnixNano: nanos(at),
    attributes: [],
  });
  const resource = [
    attr('service.name', `${name}-tests`),
    attr('vcs.owner.name', owner),
    attr('vcs.repository.name', name),
    attr('vcs.ref.head.revision', run.commit),
    attr('vcs.ref.head.name', run.branch),
    attr('cicd.pipeline.name', 'ci'),
    attr('cicd.pipeline.run.id', run.runId),
    attr('cicd.pipeline.run.attempt', String(run.attempt)),
  ];
  return { resourceSpans: [{ resource: { attributes: resource }, scopeSpans: [{ scope: { name: `${result.runner}-otel` }, spans }] }] };
}
