import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { InputError } from '../errors.ts';
import type { TestResultRecord, TestStatus } from '../records.ts';
import { junitTestId } from '../test-identity.ts';
import { BoundedText } from './bounded-text.ts';
import { XmlSanitizer } from './sanitize.ts';

// Streaming JUnit XML decoder. There is no single JUnit schema; this follows what runners emit:
// - Ant's junit task / Maven Surefire XSD (testsuites > testsuite > testcase, failure|error|skipped,
//   system-out, system-err, properties): https://maven.apache.org/surefire/maven-surefire-plugin/xsd/
// - Surefire/Gradle reruns: flakyFailure|flakyError (earlier failed runs of a test that then passed)
//   and rerunFailure|rerunError (re-runs of a test that kept failing), each its own attempt.
// - Nested testsuite elements (pytest, mocha, Karma), a bare testsuite root (Surefire, scalatest),
//   and attribute-less elements.
// Text is fed in chunks, so a large report never exists as one string or DOM.

export const TEXT_LIMITS = { message: 4096, stack: 16384, output: 8192 } as const;

export interface JunitCounts {
  suites: number;
  /** One per <testcase> element, counted by its final result. */
  runs: { total: number; passed: number; failed: number; errored: number; skipped: number };
  /** Stored rows: one per executed attempt (a rerun element is an attempt). */
  attempts: number;
}

export interface JunitReport extends JunitCounts {
  results: TestResultRecord[];
}

export interface JunitParseOptions {
  repo: string;
  /** Named in error messages. */
  fileName: string;
  /** Used for test cases whose suite has no (valid) timestamp. */
  defaultStartedAt?: Date;
}

type Primary = 'failure' | 'error' | 'skipped';
type Rerun = 'flakyFailure' | 'flakyError' | 'rerunFailure' | 'rerunError';
const RERUN_TAGS = new Set<string>(['flakyFailure', 'flakyError', 'rerunFailure', 'rerunError']);
const PRIMARY_TAGS = new Set<string>(['failure', 'error', 'skipped']);

interface ResultNode {
  tag: Primary | Rerun;
  type: string;
  message: string;
  text: BoundedText;
  /** Reruns carry their own stackTrace / system-out / system-err children. */
  stackTrace: BoundedText | null;
  out: BoundedText | null;
  err: BoundedText | null;
  time: number;
}

interface SuiteFrame {
  name: string;
  file: string;
  startedAt: Date | null;
}

interface CaseFrame {
  name: string;
  className: string;
  file: string;
  time: number;
  primaries: ResultNode[];
  reruns: ResultNode[];
  out: BoundedText | null;
  err: BoundedText | null;
  properties: Record<string, string>;
}

export class JunitParser {
  private readonly sax = new SaxesParser<{ xmlns: false }>({ xmlns: false });
  private readonly decoder = new TextDecoder('utf-8'); // strips a BOM, replaces bad UTF-8 with U+FFFD
  private readonly sanitizer = new XmlSanitizer();
  private readonly suites: SuiteFrame[] = [];
  private readonly results: TestResultRecord[] = [];
  private readonly counts: JunitCounts = {
    suites: 0,
    runs: { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0 },
    attempts: 0,
  };
  private rootSeen = false;
  private testCase: CaseFrame | null = null;
  private result: ResultNode | null = null;
  private resultDepth = 0;
  /** Open elements whose text is kept; text goes to the innermost. Empty: text is dropped. */
  private readonly sinks: { text: BoundedText; depth: number }[] = [];
  private depth = 0;
  private bytes = 0;
  private failure: Error | null = null;

  constructor(private readonly opts: JunitParseOptions) {
    this.sax.on('opentag', (t) => this.open(t));
    this.sax.on('closetag', (t) => this.close(t));
    this.sax.on('text', (t) => this.sinks[this.sinks.length - 1]?.text.append(t));
    this.sax.on('cdata', (t) => this.sinks[this.sinks.length - 1]?.text.append(t));
    this.sax.on('error', (e) => {
      this.failure ??= e;
    });
  }

  write(chunk: Uint8Array | string): void {
    this.bytes += chunk.length;
    const text = typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true });
    this.feed(this.sanitizer.push(text));
  }

  end(): JunitReport {
    this.feed(this.sanitizer.push(this.decoder.decode()) + this.sanitizer.flush());
    if (this.bytes === 0) throw this.invalid('EMPTY_REPORT', 'the report is empty');
    this.guard(() => this.sax.close());
    if (!this.rootSeen) throw this.invalid('EMPTY_REPORT', 'the report has no XML element');
    return { ...this.counts, results: this.results };
  }

  private feed(text: string): void {
    if (text !== '') this.guard(() => this.sax.write(text));
  }

  private guard(step: () => void): void {
    try {
      step();
    } catch (e) {
      this.failure ??= e instanceof Error ? e : new Error(String(e));
    }
    if (this.failure) {
      const f = this.failure;
      throw f instanceof InputError ? f : this.invalid('INVALID_XML', `not well-formed XML: ${f.message}`);
    }
  }

  private invalid(code: string, message: string): InputError {
    return new InputError(code, `${this.opts.fileName}: ${message}`);
  }

  private open(tag: SaxesTagPlain): void {
    this.depth++;
    const name = tag.name;
    const a = tag.attributes;
    if (!this.rootSeen) {
      this.rootSeen = true;
      if (name !== 'testsuites' && name !== 'testsuite') {
        throw this.invalid(
          'NOT_JUNIT',
          `root element <${name}> is not JUnit XML (expected <testsuites> or <testsuite>)`,
        );
      }
    }
    if (this.result) {
      // Rerun elements carry their own stackTrace / system-out / system-err children.
      if (this.depth === this.resultDepth + 1) {
        const text = new BoundedText(name === 'stackTrace' ? TEXT_LIMITS.stack : TEXT_LIMITS.output);
        if (name === 'stackTrace') this.result.stackTrace = text;
        else if (name === 'system-out') this.result.out = text;
        else if (name === 'system-err') this.result.err = text;
        else return;
        this.pushSink(text);
      }
      return; // any other markup inside a result: its text still goes to the current sink
    }
    if (this.sinks.length > 0) return; // markup inside system-out: ignored, text kept

    if (name === 'testsuite') {
      this.counts.suites++;
      const parent = this.suites[this.suites.length - 1];
      this.suites.push({
        name: attr(a, 'name'),
        file: attr(a, 'file') || parent?.file || '',
        startedAt: parseTimestamp(attr(a, 'timestamp')) ?? parent?.startedAt ?? null,
      });
    } else if (name === 'testcase' && !this.testCase) {
      this.testCase = {
        name: attr(a, 'name'),
        className: attr(a, 'classname') || attr(a, 'class'),
        file: attr(a, 'file') || attr(a, 'filepath'),
        time: parseSeconds(attr(a, 'time')),
        primaries: [],
        reruns: [],
        out: null,
        err: null,
        properties: {},
      };
    } else if (this.testCase && (PRIMARY_TAGS.has(name) || RERUN_TAGS.has(name))) {
      const node: ResultNode = {
        tag: name as Primary | Rerun,
        type: attr(a, 'type'),
        message: attr(a, 'message'),
        text: new BoundedText(TEXT_LIMITS.stack),
        stackTrace: null,
        out: null,
        err: null,
        time: parseSeconds(attr(a, 'time')),
      };
      (RERUN_TAGS.has(name) ? this.testCase.reruns : this.testCase.primaries).push(node);
      this.result = node;
      this.resultDepth = this.depth;
      this.pushSink(node.text);
    } else if (this.testCase && (name === 'system-out' || name === 'system-err')) {
      const text = new BoundedText(TEXT_LIMITS.output);
      if (name === 'system-out') this.testCase.out = text;
      else this.testCase.err = text;
      this.pushSink(text);
    } else if (name === 'property' && this.testCase) {
      const key = attr(a, 'name');
      if (key !== '') this.testCase.properties[key] = clip(attr(a, 'value'), TEXT_LIMITS.message);
    }
    // Suite-level system-out/err and properties are not attached to any one test.
  }

  private close(tag: SaxesTagPlain): void {
    const depth = this.depth--;
    const top = this.sinks[this.sinks.length - 1];
    if (top && top.depth === depth) this.sinks.pop();
    if (this.result) {
      if (depth === this.resultDepth) this.result = null;
      return;
    }
    if (this.sinks.length > 0) return;
    if (tag.name === 'testsuite') {
      this.suites.pop();
    } else if (tag.name === 'testcase' && this.testCase) {
      this.emit(this.testCase);
      this.testCase = null;
    }
  }

  private pushSink(text: BoundedText): void {
    this.sinks.push({ text, depth: this.depth });
  }

  private emit(tc: CaseFrame): void {
    const suite = this.suites[this.suites.length - 1];
    const suiteName = suite?.name ?? '';
    const startedAt = suite?.startedAt ?? this.opts.defaultStartedAt ?? null;
    const testId = junitTestId(this.opts.repo, suiteName, tc.className, tc.name);
    const file = tc.file || suite?.file || '';
    const finalStatus = primaryStatus(tc.primaries);
    const primary = tc.primaries.find((p) => statusOf(p.tag) === finalStatus) ?? null;

    // Surefire order: flaky* elements are runs before the final (passing) one; the primary failure is
    // the first run and rerun* elements are the runs after it.
    const before = tc.reruns.filter((r) => r.tag.startsWith('flaky'));
    const after = tc.reruns.filter((r) => r.tag.startsWith('rerun'));
    const attempts: { node: ResultNode | null; status: TestStatus; time: number; primary: boolean }[] = [
      ...before.map((r) => ({ node: r, status: statusOf(r.tag), time: r.time, primary: false })),
      { node: primary, status: finalStatus, time: tc.time, primary: true },
      ...after.map((r) => ({ node: r, status: statusOf(r.tag), time: r.time, primary: false })),
    ];
    attempts.forEach((at, retry) => {
      const n = at.node;
      // Written out in full, not spread from a shared base: V8 builds these 80k-per-second objects far
      // faster (and leaves far less garbage) when every literal has the same fixed shape.
      this.results.push({
        testId,
        suite: suiteName,
        className: tc.className,
        name: tc.name,
        file,
        status: at.status,
        durationMs: at.time * 1000,
        retry,
        final: at.primary,
        failureType: clip(n?.type ?? '', 256),
        message: clip(n?.message ?? '', TEXT_LIMITS.message),
        stack: (n?.stackTrace ?? n?.text)?.toString() ?? '',
        systemOut: (n?.out ?? (at.primary ? tc.out : null))?.toString() ?? '',
        systemErr: (n?.err ?? (at.primary ? tc.err : null))?.toString() ?? '',
        startedAt,
        properties: tc.properties,
      });
    });
    this.counts.attempts += attempts.length;
    this.counts.runs.total++;
    this.counts.runs[finalStatus]++;
  }
}

/** Several results in one test case: a failure outranks an error, which outranks a skip. */
function primaryStatus(primaries: ResultNode[]): TestStatus {
  const tags = new Set(primaries.map((p) => p.tag));
  if (tags.has('failure')) return 'failed';
  if (tags.has('error')) return 'errored';
  if (tags.has('skipped')) return 'skipped';
  return 'passed';
}

function statusOf(tag: Primary | Rerun): TestStatus {
  if (tag === 'skipped') return 'skipped';
  return tag === 'error' || tag.endsWith('Error') ? 'errored' : 'failed';
}

function attr(attributes: Record<string, string>, key: string): string {
  return attributes[key]?.trim() ?? '';
}

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

/** JUnit time is seconds; some tools write "1,234.5". Anything unreadable counts as 0. */
function parseSeconds(s: string): number {
  if (s === '') return 0;
  const v = Number(s.replace(/,/g, ''));
  return Number.isFinite(v) && v >= 0 ? v : 0;
}

/** ISO 8601; a timestamp without a zone (most runners) is taken as UTC. */
export function parseTimestamp(s: string): Date | null {
  if (s === '') return null;
  const hasZone = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(s);
  const d = new Date(hasZone ? s : `${s}Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Parses a whole report held in memory (tests, the CLI's local check). */
export function parseJunit(xml: Uint8Array | string, opts: JunitParseOptions): JunitReport {
  const p = new JunitParser(opts);
  p.write(xml);
  return p.end();
}
