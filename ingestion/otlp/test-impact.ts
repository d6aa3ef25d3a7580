import type { SpanRecord } from '../records.ts';
import { isTestCaseSpan } from './test-spans.ts';

// Test impact from traces: which code files a test executed. A test run traced with OpenTelemetry
// has a span per test case (test-spans.ts) and, below it, spans of the code it ran; those carry the
// code location attributes of the semantic conventions:
//   https://opentelemetry.io/docs/specs/semconv/registry/attributes/code/
// `code.file.path` (semconv 1.30 and later) or the older `code.filepath`, beside `code.function.name`
// / `code.function`. Every such span below a test span says "this test executed that file".
//
// Resolved within one export request: a span's parent chain is followed through the spans of the same
// request (same trace id) up to the nearest test case span. A span below a nested test span belongs to
// that nearer test (as in src/store/test-operations.ts). A span whose chain leaves the request before
// reaching a test span (its test span was exported in another batch) is stored as a span, but gives
// no test impact: BatchSpanProcessor exports a test's children with the test span when the test is
// shorter than its schedule delay (5 s), which is the common case; see docs/test-impact.md.

/** The code files executed below one test case span of the request, repository-relative where known. */
export interface TestSpanFiles {
  traceId: string;
  spanId: string;
  files: string[];
}

/** At most this many files are kept per test span: a test that runs the whole code base says little per file. */
export const MAX_FILES_PER_TEST = 2000;

/** Per test case span of the request with at least one executed code file below it: those files. */
export function testSpanFiles(spans: readonly SpanRecord[]): TestSpanFiles[] {
  const impact = new TestImpactCollector();
  impact.add(spans);
  return impact.result();
}

/**
 * testSpanFiles for a request whose spans arrive in batches (a large export is decoded a batch at a
 * time, see decode-protobuf.ts): of each span it keeps only its parent, whether it is a test case span,
 * and its code file, so that the batch's records can be dropped. Parents may come in a later batch
 * than their children (exporters write spans as they end: children first).
 */
export class TestImpactCollector {
  /** Span key (`trace/span`) → its parent's span id, for spans that have a parent. */
  private readonly parentOf = new Map<string, string>();
  private readonly tests = new Set<string>();
  /** [span key, executed file] of code spans, in arrival order. */
  private readonly code: [string, string][] = [];

  add(spans: readonly SpanRecord[]): void {
    for (const s of spans) {
      const key = `${s.traceId}/${s.spanId}`;
      if (s.parentSpanId !== '') this.parentOf.set(key, s.parentSpanId);
      if (isTestCaseSpan(s)) {
        this.tests.add(key);
        continue;
      }
      const raw = s.spanAttributes['code.file.path'] ?? s.spanAttributes['code.filepath'];
      if (raw === undefined || raw === '') continue;
      const file = normaliseCodePath(raw);
      if (file !== null) this.code.push([key, file]);
    }
  }

  result(): TestSpanFiles[] {
    const files = new Map<string, Set<string>>();
    for (const [key, file] of this.code) {
      const test = this.ownerOf(key);
      if (test === '') continue;
      let set = files.get(test);
      if (!set) files.set(test, (set = new Set()));
      if (set.size < MAX_FILES_PER_TEST) set.add(file);
    }
    return [...files].map(([key, set]) => {
      const [traceId, spanId] = key.split('/') as [string, string];
      return { traceId, spanId, files: [...set].sort() };
    });
  }

  // span key → key of the test span that owns it ('' when none in this request); memoised, so a deep
  // trace costs one walk per span.
  private readonly owner = new Map<string, string>();

  private ownerOf(start: string): string {
    const traceId = start.slice(0, start.indexOf('/'));
    const path: string[] = [];
    let parent = this.parentOf.get(start);
    let found = '';
    while (parent !== undefined) {
      const key = `${traceId}/${parent}`;
      const known = this.owner.get(key);
      if (known !== undefined) {
        found = known;
        break;
      }
      if (this.tests.has(key)) {
        found = key;
        break;
      }
      // A parent that is not in this request (or is a root) has no parent here: the chain ends, owned by
      // no test of this request (its test span, if any, came in another one).
      path.push(key);
      if (path.length > this.parentOf.size) break; // a malformed trace whose chain loops
      parent = this.parentOf.get(key);
    }
    for (const k of path) this.owner.set(k, found);
    return found;
  }
}

// Work directories of CI systems whose depth is fixed, before the repository's own root. Each pattern
// ends at the checkout. Where the depth varies (GitLab's /builds/<group>/<subgroup…>/<project>/) the
// path stays absolute and its suffix is matched instead: stripping a guessed prefix could leave a
// relative path that starts with the wrong folder, which would never match.
const CI_WORKDIRS: readonly RegExp[] = [
  /^\/home\/runner\/(?:_)?work\/[^/]+\/[^/]+\//, // GitHub Actions hosted runners: /home/runner/work/<repo>/<repo>/
  /^\/(?:actions-runner|runner)\/_work\/[^/]+\/[^/]+\//, // GitHub Actions self-hosted runners
  /^\/github\/workspace\//, // GitHub Actions container actions
  /^\/var\/lib\/jenkins\/workspace\/[^/]+\//, // Jenkins
  /^\/var\/jenkins_home\/workspace\/[^/]+\//,
  /^\/home\/jenkins\/agent\/workspace\/[^/]+\//,
  /^\/home\/circleci\/(?:project|repo)\//, // CircleCI
  /^\/buildkite\/builds\/[^/]+\/[^/]+\/[^/]+\//, // Buildkite: /buildkite/builds/<agent>/<org>/<pipeline>/
  /^\/opt\/atlassian\/pipelines\/agent\/build\//, // Bitbucket Pipelines
  /^\/workspace\/(?:source\/)?/, // Cloud Build, Tekton
  /^\/__w\/[^/]+\/[^/]+\//, // GitHub Actions jobs in a container
];

// Code that is never part of a change: installed dependencies and the runtime's own modules.
const NOT_REPOSITORY_CODE = /(^|\/)(node_modules|site-packages|dist-packages|\.m2|\.gradle|\.cargo|go\/pkg\/mod|vendor\/bundle|\.venv|venv)\/|^node:|^internal\//;

/**
 * A code path as the repository knows it: a file:// URL made a path, backslashes made slashes, a
 * drive letter dropped, a CI work directory prefix stripped, a leading './' removed. Paths that stay
 * absolute (an unknown work directory) are kept absolute: the model matches their repository-relative
 * suffix against changed files (models/risk/paths.ts, impactKeysOf). Null for code outside the
 * repository (dependencies, the runtime).
 */
export function normaliseCodePath(raw: string): string | null {
  let p = raw.trim();
  if (p.startsWith('file://')) {
    try {
      p = decodeURIComponent(new URL(p).pathname);
    } catch {
      return null;
    }
  }
  p = p.replace(/\\/g, '/').replace(/^\/?[A-Za-z]:\//, '/');
  if (p === '' || NOT_REPOSITORY_CODE.test(p)) return null;
  for (const re of CI_WORKDIRS) {
    const m = re.exec(p);
    if (m) {
      p = p.slice(m[0].length);
      break;
    }
  }
  p = p.replace(/^(\.\/)+/, '').replace(/\/{2,}/g, '/');
  if (p === '' || p === '/' || p.endsWith('/')) return null;
  return p;
}
