import type { CiRunRecord, SpanRecord, TestResultRecord, TestStatus } from '../records.ts';
import { testIdOf } from '../test-identity.ts';

// Spans that follow the OpenTelemetry semantic conventions for tests, CI/CD and VCS are also test
// results, with the same test identity as JUnit reports:
//   https://opentelemetry.io/docs/specs/semconv/registry/attributes/test/
//   https://opentelemetry.io/docs/specs/semconv/registry/attributes/cicd/
//   https://opentelemetry.io/docs/specs/semconv/registry/attributes/vcs/
// Attributes are looked up on the span first, then on its resource (a CI exporter typically puts
// the pipeline and the commit on the resource, the test case on the span).

export interface SpanTestResult {
  result: TestResultRecord;
  /** What the span says about its CI run; absent fields are unknown, not empty. */
  run: Partial<CiRunRecord>;
}

/** A test case span: it has a non-blank `test.case.name` (testResultFromSpan gives its result). */
export function isTestCaseSpan(span: SpanRecord): boolean {
  const qualifiedName = attribute(span, 'test.case.name');
  return qualifiedName !== undefined && qualifiedName.trim() !== '';
}

/** The test result a span reports, or null when it is not a test case span (no `test.case.name`). */
export function testResultFromSpan(repo: string, span: SpanRecord): SpanTestResult | null {
  if (!isTestCaseSpan(span)) return null;
  const qualifiedName = attribute(span, 'test.case.name')!;
  const { className, name } = splitQualifiedName(qualifiedName.trim());
  const failure = failureOf(span);
  return {
    result: {
      // test.case.name is already the fully qualified name, as JUnit's className + '.' + name is.
      testId: testIdOf(repo, qualifiedName),
      suite: attribute(span, 'test.suite.name') ?? '',
      className,
      name,
      file: attribute(span, 'code.file.path') ?? attribute(span, 'code.filepath') ?? '',
      status: statusOf(span),
      durationMs: Number(span.durationNs / 1000n) / 1000,
      // A span is one execution; the conventions have no in-run retry counter yet.
      retry: 0,
      final: true,
      startedAt: new Date(Number(span.startTimeUnixNano / 1_000_000n)),
      ...failure,
      systemOut: '',
      systemErr: '',
      properties: {},
    },
    run: runOf(repo, span),
  };
}

/**
 * `test.case.result.status` (pass | fail) when present; else the suite's run status when it says
 * the test did not run to a verdict (skipped → skipped, aborted | timed_out → errored); else the
 * span status (error → failed, otherwise passed).
 */
function statusOf(span: SpanRecord): TestStatus {
  const caseStatus = attribute(span, 'test.case.result.status');
  if (caseStatus === 'pass') return 'passed';
  if (caseStatus === 'fail') return 'failed';
  const suiteStatus = attribute(span, 'test.suite.run.status');
  if (suiteStatus === 'skipped') return 'skipped';
  if (suiteStatus === 'aborted' || suiteStatus === 'timed_out') return 'errored';
  return span.statusCode === 'error' ? 'failed' : 'passed';
}

/**
 * Splits a fully qualified test name into `className` + `name` at its last '.' (or at the last
 * '::' of a pytest node id). Dots inside a parameter list ("test(1.5)", "test[1.5]") do not count,
 * and neither does a dot in free text ("Cart > adds 1.5 items": a class name has no spaces).
 * A name that cannot be split has no class name.
 */
export function splitQualifiedName(qualifiedName: string): { className: string; name: string } {
  const parameters = qualifiedName.search(/[([]/);
  const head = parameters === -1 ? qualifiedName : qualifiedName.slice(0, parameters);
  const pytestSeparator = head.lastIndexOf('::');
  const [at, width] = pytestSeparator > 0 ? [pytestSeparator, 2] : [head.lastIndexOf('.'), 1];
  const className = qualifiedName.slice(0, Math.max(at, 0));
  const name = qualifiedName.slice(at + width);
  if (at <= 0 || name === '' || /\s/.test(className)) return { className: '', name: qualifiedName };
  return { className, name };
}

/** From the span's `exception` event (https://opentelemetry.io/docs/specs/semconv/exceptions/exceptions-spans/), else its status message. */
function failureOf(span: SpanRecord): Pick<TestResultRecord, 'failureType' | 'message' | 'stack'> {
  const exception = span.events.find((event) => event.name === 'exception');
  if (exception !== undefined) {
    return {
      failureType: exception.attributes['exception.type'] ?? '',
      message: exception.attributes['exception.message'] ?? span.statusMessage,
      stack: exception.attributes['exception.stacktrace'] ?? '',
    };
  }
  return { failureType: '', message: span.statusMessage, stack: '' };
}

// CiRunRecord field ← attribute. `cicd.pipeline.result` is kept as sent: `error` (the CI system
// failed) stays distinct from `failure` (a test or build failed).
const RUN_ATTRIBUTES = [
  ['pipeline', 'cicd.pipeline.name'],
  ['runId', 'cicd.pipeline.run.id'],
  ['result', 'cicd.pipeline.result'],
  ['job', 'cicd.pipeline.task.name'],
  ['url', 'cicd.pipeline.run.url.full'],
  ['commit', 'vcs.ref.head.revision'],
  ['branch', 'vcs.ref.head.name'],
  ['changeId', 'vcs.change.id'],
  ['provider', 'vcs.provider.name'],
] as const satisfies readonly (readonly [keyof CiRunRecord, string])[];

function runOf(repo: string, span: SpanRecord): Partial<CiRunRecord> {
  const run: Partial<CiRunRecord> = { repo, source: 'otlp' };
  for (const [field, key] of RUN_ATTRIBUTES) {
    const value = attribute(span, key);
    if (value !== undefined && value !== '') run[field] = value;
  }
  return run;
}

/**
 * The repository a span belongs to, as `owner/name`: `vcs.owner.name` + '/' + `vcs.repository.name`
 * when both exist, else `vcs.repository.name`, else the path of `vcs.repository.url.full`, else ''.
 */
export function repoFromAttributes(span: SpanRecord): string {
  const owner = attribute(span, 'vcs.owner.name');
  const name = attribute(span, 'vcs.repository.name');
  if (owner && name) return `${owner}/${name}`;
  if (name) return name;
  const url = attribute(span, 'vcs.repository.url.full');
  return url ? repoPathOfUrl(url) : '';
}

/** "https://github.com/o/r.git" and "git@github.com:o/r.git" both give "o/r". */
function repoPathOfUrl(url: string): string {
  let path: string;
  const scpLike = /^[\w.-]+@[\w.-]+:(?!\/\/)(.*)$/.exec(url);
  if (scpLike !== null) {
    path = scpLike[1] ?? '';
  } else {
    try {
      path = new URL(url).pathname;
    } catch {
      path = url;
    }
  }
  return path.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
}

/** A span attribute, else the resource attribute of that name. */
function attribute(span: SpanRecord, key: string): string | undefined {
  if (Object.hasOwn(span.spanAttributes, key)) return span.spanAttributes[key];
  if (Object.hasOwn(span.resourceAttributes, key)) return span.resourceAttributes[key];
  return undefined;
}
