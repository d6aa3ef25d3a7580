import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { InputError } from '../errors.ts';
import type { TestResultRecord, TestStatus } from '../records.ts';
import { junitTestId } from '../test-identity.ts';
import { BoundedText } from './bounded-text.ts';
import { OwnStrings } from './own-strings.ts';
import { XmlSanitizer } from './sanitize.ts';

// Streaming JUnit XML decoder. There is no single JUnit schema; this follows what runners emit:
// - Ant's junit task / Maven Surefire XSD (testsuites > testsuite > testcase, failure|error|skipped,
//   system-out, system-err, properties): https://maven.apache.org/surefire/maven-surefire-plugin/xsd/
// - Surefire/Gradle reruns: flakyFailure|flakyError (earlier failed runs of a test that then passed)
//   and rerunFailure|rerunError (re-runs of a test that kept failing), each its own attempt.
// - Nested testsuite elements (pytest, mocha, Karma, PHPUnit), a bare testsuite root (Surefire,
//   scalatest), and attribute-less elements.
// - A test case repeated inside one testsuite element (gotestsum --rerun-fails, xcresult/trainer
//   repetitions, mocha's same-named tests): one test, each element an attempt, the last one final.
// - A test case's own status/result attributes mark a skip without a <skipped> child: googletest
//   writes status="notrun" for DISABLED_ tests and result="skipped" | "suppressed"
//   (https://google.github.io/googletest/advanced.html#generating-an-xml-report); CTest and C++ tst
//   write status="disabled"; Ginkgo status="skipped" | "pending".
// - Output a runner writes per suite rather than per test (Bazel's generated test.xml, Gradle,
//   go-junit-report): a failing test case without output of its own gets its suite's.
// - Playwright writes a suite element per spec file and project, the project in `hostname`, and the
//   test case names without it (unless includeProjectInTestName is on). When one report has suite
//   elements of the same name under different hostnames, each hostname is a variant of the same tests
//   (a browser project, a matrix entry): every test case under a hostname is named "[hostname] name",
//   Playwright's own form, so a test failing in one browser only is not one test both passing and
//   failing, and ids match those of reports written with includeProjectInTestName.
// - A <failure> or <error> directly in a testsuite, outside any test case (TAP::Formatter::JUnit writes
//   the test script's exit status or a bad plan there: "Dubious, test returned 2") is a failure of the
//   suite as a whole, which no test case shows: it becomes a test case named SUITE_CASE_NAME, so a
//   script that died after its last passing test does not read as green.
// - CTest writes status="notrun" with a <skipped> child for every test it did not run, whatever the
//   reason; only SKIP_RETURN_CODE and SKIP_REGULAR_EXPRESSION make that a skip (its message says
//   "SKIP_RETURN_CODE=77" or "SKIP_REGULAR_EXPRESSION_MATCHED"). Any other reason ("Unable to find
//   executable", "Fixture dependency failed", "Required Files Missing") is a test that could not
//   start, which CTest itself lists under "tests FAILED" and counts in its exit status: it is read as
//   an error, so a test binary the build failed to produce does not read as a skip. (googletest, the
//   other writer of status="notrun", writes no <skipped> child with it.)
// - pytest-rerunfailures (16.7, test/fixtures/junit-real/pytest/; some releases write the last attempt
//   only) has pytest write each attempt it re-runs as a test case element of its own, without a
//   result: a flaky test is an empty element then its passing one, a test that kept failing is N
//   empty elements then its failure. pytest leaves those elements out of the suite's tests="N". So in
//   a pytest report (root name "pytest tests", pytest 8.4+, or a suite named "pytest", its default
//   name) whose suite holds more test case elements than its tests="N", an empty element followed by
//   another of the same test is a re-run attempt, and a test is re-run only after it failed: it is
//   read as failed (errored when the test's last element is an error). The count is what tells them
//   apart from pytest-flakefinder's copies, which pytest does count and which are real passes; the
//   repeats other runners write (Xcode repetitions, gotestsum) are not touched.
// - mocha-junit-reporter (Cypress) names the spec file once, on an empty top-level "Root Suite"
//   written before the describe blocks' suites, which carry none: a top-level suite without a file
//   takes the one announced by such an empty suite before it.
// test/fixtures/junit-real/README.md lists the real reports, per runner, this is checked against.
// Text is fed in chunks, so a large report never exists as one string or DOM.

export const TEXT_LIMITS = { message: 4096, stack: 16384, output: 8192 } as const;

/** The name of the test case a suite-level failure or error becomes (see the header). */
export const SUITE_CASE_NAME = '(suite)';

export interface StatusCounts {
  total: number;
  passed: number;
  failed: number;
  errored: number;
  skipped: number;
}

export interface JunitCounts {
  suites: number;
  /** One per <testcase> element, counted by its final result. */
  testCases: StatusCounts;
  /**
   * One per test: test case elements repeated in one suite element are merged, counted by the last
   * one. Equals the stored rows with final = true.
   */
  tests: StatusCounts;
  /** Stored rows: one per executed attempt (a rerun element or a repeated test case is an attempt). */
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
/** testcase status / result attribute values that say the test did not run (see the header). */
const NOT_RUN_STATUS = new Set<string>(['notrun', 'disabled', 'skipped', 'pending']);
const NOT_RUN_RESULT = new Set<string>(['skipped', 'suppressed']);
/** CTest's own skip reasons on a status="notrun" test case's <skipped> (see the header). */
const CTEST_SKIP_MESSAGE = /^SKIP_(?:RETURN_CODE=|REGULAR_EXPRESSION_MATCHED)/;
/** pytest's fixed name for the root (8.4+) and its default suite name (see the header). */
const PYTEST_ROOT_NAME = 'pytest tests';
const PYTEST_SUITE_NAME = 'pytest';

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
  /** Its hostname attribute, else its parent's: Playwright's project (see the header). */
  hostname: string;
  /** Its own file attribute; `file` below is the one its test cases get. */
  ownFile: string;
  file: string;
  /** Test cases (nested ones too) read before it opened: none more at its end means it was empty. */
  casesBefore: number;
  startedAt: Date | null;
  out: BoundedText | null;
  err: BoundedText | null;
  /** Rows of this suite's failed or errored attempts that carry no output of their own. */
  quiet: TestResultRecord[];
  /**
   * Its test cases so far, by class name and name: a repeat is a rerun (see the header). Per suite
   * element, not per name: Playwright writes a suite per file and browser project, with the same names.
   */
  seen: SeenCases | null;
  /** Written by pytest (see the header): empty repeated test cases may be re-run attempts. */
  pytest: boolean;
  /** Its tests="N", when it is a number. */
  declaredTests: number | null;
  /** Its own test case elements so far. */
  elements: number;
  /** Rows of empty test case elements that another element of the same test followed. */
  emptyRepeats: { row: TestResultRecord; className: string; name: string }[];
}

/** A test case already read in a suite element: its final row and how many attempts it had. */
interface Earlier {
  final: TestResultRecord;
  attempts: number;
  /** Its element had no result of any kind (no failure, error, skipped, rerun or not-run status). */
  empty: boolean;
}

/** The properties of every test case that has none: one frozen object, not one each. */
const NO_PROPERTIES: Readonly<Record<string, string>> = Object.freeze({});

/**
 * The test cases of one suite element so far, by class name and name. Keyed by the strings the rows
 * keep (own-strings.ts), it costs no strings of its own: one joined "class\nname" key per test case
 * cost ~100 bytes each, 68 MiB over a 340k-case suite.
 */
class SeenCases {
  private readonly byClass = new Map<string, Map<string, Earlier>>();

  get(className: string, name: string): Earlier | undefined {
    return this.byClass.get(className)?.get(name);
  }

  set(className: string, name: string, earlier: Earlier): void {
    let byName = this.byClass.get(className);
    if (!byName) this.byClass.set(className, (byName = new Map()));
    byName.set(name, earlier);
  }
}

interface CaseFrame {
  name: string;
  className: string;
  file: string;
  time: number;
  startedAt: Date | null;
  /** Not run (disabled, skipped), said by attributes instead of a child element (see the header). */
  skippedByAttribute: boolean;
  /** status="notrun" (CTest, googletest). */
  notRun: boolean;
  primaries: ResultNode[];
  reruns: ResultNode[];
  out: BoundedText | null;
  err: BoundedText | null;
  /** Made at its first <property>: most test cases have none, and share NO_PROPERTIES. */
  properties: Record<string, string> | null;
  /** Made for a suite-level failure or error; emitted when that element closes. */
  ofSuite: boolean;
}

export class JunitParser {
  private readonly sax = new SaxesParser<{ xmlns: false }>({ xmlns: false });
  private readonly decoder = new TextDecoder('utf-8'); // strips a BOM, replaces bad UTF-8 with U+FFFD
  private readonly sanitizer = new XmlSanitizer();
  private readonly suites: SuiteFrame[] = [];
  private readonly results: TestResultRecord[] = [];
  /** Copies of the strings records keep, so they do not keep the report's text (own-strings.ts). */
  private readonly own = new OwnStrings();
  private readonly counts: JunitCounts = {
    suites: 0,
    testCases: { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0 },
    tests: { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0 },
    attempts: 0,
  };
  /** Test cases directly under <testsuites>, outside any suite. */
  private readonly seenAtRoot = new SeenCases();
  private rootSeen = false;
  /** <testsuites timestamp> (nextest): for suites that carry none. */
  private rootStartedAt: Date | null = null;
  /** The root says pytest wrote the report (see the header). */
  private pytestRoot = false;
  /** Per suite name, the hostname of the first suite element of that name that had one. */
  private readonly hostOfSuite = new Map<string, string>();
  /** Suite elements of one name were seen under different hostnames: hostnames are variants. */
  private hostsAreVariants = false;
  /** The hostname of each row of `results`, at the same index. */
  private readonly rowHosts: string[] = [];
  /** The file named by an empty top-level suite, for the top-level suites after it (see the header). */
  private announcedFile = '';
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
    if (this.hostsAreVariants) this.nameVariants();
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
      if (name === 'testsuites') {
        this.rootStartedAt = parseTimestamp(attr(a, 'timestamp'));
        this.pytestRoot = attr(a, 'name') === PYTEST_ROOT_NAME;
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
      const ownFile = attr(a, 'file') || attr(a, 'filepath');
      const suiteName = attr(a, 'name');
      const hostname = attr(a, 'hostname') || (parent?.hostname ?? '');
      if (hostname !== '') {
        const first = this.hostOfSuite.get(suiteName);
        if (first === undefined) this.hostOfSuite.set(suiteName, hostname);
        else if (first !== hostname) this.hostsAreVariants = true;
      }
      this.suites.push({
        name: suiteName,
        hostname,
        ownFile,
        file: ownFile || (parent ? parent.file : this.announcedFile),
        casesBefore: this.counts.testCases.total,
        startedAt: parseTimestamp(attr(a, 'timestamp')) ?? parent?.startedAt ?? this.rootStartedAt,
        out: null,
        err: null,
        quiet: [],
        seen: null,
        pytest: this.pytestRoot || suiteName === PYTEST_SUITE_NAME,
        declaredTests: /^\d+$/.test(attr(a, 'tests')) ? Number(attr(a, 'tests')) : null,
        elements: 0,
        emptyRepeats: [],
      });
    } else if (name === 'testcase' && !this.testCase) {
      const status = attr(a, 'status').toLowerCase();
      this.testCase = {
        name: attr(a, 'name'),
        className: attr(a, 'classname') || attr(a, 'class'),
        file: attr(a, 'file') || attr(a, 'filepath'),
        time: parseSeconds(attr(a, 'time')),
        startedAt: parseTimestamp(attr(a, 'timestamp')),
        skippedByAttribute: NOT_RUN_STATUS.has(status) || NOT_RUN_RESULT.has(attr(a, 'result').toLowerCase()),
        notRun: status === 'notrun',
        primaries: [],
        reruns: [],
        out: null,
        err: null,
        properties: null,
        ofSuite: false,
      };
    } else if (!this.testCase && (name === 'failure' || name === 'error') && this.suites.length > 0) {
      // A failure of the suite itself (see the header): a test case of its own, read as one.
      this.testCase = {
        name: SUITE_CASE_NAME,
        className: '',
        file: '',
        time: 0,
        startedAt: null,
        skippedByAttribute: false,
        notRun: false,
        primaries: [],
        reruns: [],
        out: null,
        err: null,
        properties: null,
        ofSuite: true,
      };
      this.openResult(this.testCase, name, a);
    } else if (this.testCase && (PRIMARY_TAGS.has(name) || RERUN_TAGS.has(name))) {
      this.openResult(this.testCase, name, a);
    } else if (this.testCase && (name === 'system-out' || name === 'system-err')) {
      const text = new BoundedText(TEXT_LIMITS.output);
      if (name === 'system-out') this.testCase.out = text;
      else this.testCase.err = text;
      this.pushSink(text);
    } else if (name === 'property' && this.testCase) {
      const key = attr(a, 'name');
      if (key !== '') (this.testCase.properties ??= {})[key] = this.own.single(clip(attr(a, 'value'), TEXT_LIMITS.message));
    } else if (!this.testCase && (name === 'system-out' || name === 'system-err')) {
      const suite = this.suites[this.suites.length - 1];
      if (suite) {
        const text = new BoundedText(TEXT_LIMITS.output);
        if (name === 'system-out') suite.out = text;
        else suite.err = text;
        this.pushSink(text);
      }
    }
    // Suite-level properties are not attached to any one test.
  }

  /** A failure, error, skipped or rerun element of a test case. */
  private openResult(tc: CaseFrame, name: string, a: Record<string, string>): void {
    // Catch2 names the failing assertion's source file on the result element.
    if (tc.file === '') tc.file = attr(a, 'file');
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
    (RERUN_TAGS.has(name) ? tc.reruns : tc.primaries).push(node);
    this.result = node;
    this.resultDepth = this.depth;
    this.pushSink(node.text);
  }

  private close(tag: SaxesTagPlain): void {
    const depth = this.depth--;
    const top = this.sinks[this.sinks.length - 1];
    if (top && top.depth === depth) this.sinks.pop();
    if (this.result) {
      if (depth === this.resultDepth) {
        this.result = null;
        if (this.testCase?.ofSuite) {
          this.emit(this.testCase);
          this.testCase = null;
        }
      }
      return;
    }
    if (this.sinks.length > 0) return;
    if (tag.name === 'testsuite') {
      const suite = this.suites.pop();
      if (suite) {
        lendSuiteOutput(suite);
        this.settleReruns(suite);
        if (this.suites.length === 0 && suite.ownFile !== '') {
          this.announcedFile = this.counts.testCases.total === suite.casesBefore ? suite.ownFile : '';
        }
      }
    } else if (tag.name === 'testcase' && this.testCase) {
      this.emit(this.testCase);
      this.testCase = null;
    }
  }

  /**
   * pytest-rerunfailures' re-run attempts (see the header): only when the suite's own tests="N" leaves
   * some of its elements out, so real repeats that pytest counted are left as they are.
   */
  private settleReruns(suite: SuiteFrame): void {
    const counted = suite.declaredTests;
    if (suite.emptyRepeats.length === 0 || counted === null || counted >= suite.elements) return;
    for (const { row, className, name } of suite.emptyRepeats) {
      const last = suite.seen?.get(className, name)?.final;
      const status: TestStatus = last?.status === 'errored' ? 'errored' : 'failed';
      this.counts.testCases[row.status]--;
      this.counts.testCases[status]++;
      row.status = status;
    }
  }

  /** Hostnames are variants (see the header): "[hostname] name", and the id of that name. */
  private nameVariants(): void {
    for (let i = 0; i < this.results.length; i++) {
      const host = this.rowHosts[i]!;
      const row = this.results[i]!;
      // Written with includeProjectInTestName, the name already says it.
      if (host === '' || row.name.startsWith(`[${host}] `)) continue;
      row.name = `[${host}] ${row.name}`;
      row.testId = junitTestId(this.opts.repo, row.suite, row.className, row.name);
    }
  }

  private pushSink(text: BoundedText): void {
    this.sinks.push({ text, depth: this.depth });
  }

  private emit(tc: CaseFrame): void {
    const suite = this.suites[this.suites.length - 1];
    const suiteName = suite?.name ?? '';
    const startedAt = tc.startedAt ?? suite?.startedAt ?? this.rootStartedAt ?? this.opts.defaultStartedAt ?? null;
    const testId = junitTestId(this.opts.repo, suiteName, tc.className, tc.name);
    const file = tc.file || suite?.file || '';
    const notStarted = couldNotStart(tc);
    const finalStatus = notStarted ? 'errored' : primaryStatus(tc.primaries, tc.skippedByAttribute);
    let primary: ResultNode | null = notStarted;
    let primaryStack: string | null = null;
    if (!notStarted && tc.primaries.length > 0) {
      const same = tc.primaries.filter((p) => statusOf(p.tag) === finalStatus);
      primary = same[0] ?? null;
      // googletest writes one <failure> per failed assertion: the first one's message, all their texts.
      if (same.length > 1) primaryStack = joinTexts(same);
    }

    // The same test case again in the same suite element, names exactly equal: a rerun of the earlier
    // one (see the header). Test cases without a name have nothing to match on, so each stands alone.
    // Kept per suite element, so the map lives no longer than the suite.
    const own = this.own;
    const className = own.repeated(tc.className);
    const name = own.single(tc.name);
    const seen = suite ? (suite.seen ??= new SeenCases()) : this.seenAtRoot;
    const keyed = tc.name !== '';
    const earlier = keyed ? seen.get(className, name) : undefined;
    const firstRetry = earlier?.attempts ?? 0;
    if (earlier) {
      earlier.final.final = false;
      this.counts.tests[earlier.final.status]--;
      if (earlier.empty && suite?.pytest) suite.emptyRepeats.push({ row: earlier.final, className, name });
    } else {
      this.counts.tests.total++;
    }

    // Surefire order: flaky* elements are runs before the final (passing) one; the primary failure is
    // the first run and rerun* elements are the runs after it.
    const before = tc.reruns.filter((r) => r.tag.startsWith('flaky'));
    const after = tc.reruns.filter((r) => r.tag.startsWith('rerun'));
    const attempts: { node: ResultNode | null; status: TestStatus; time: number; primary: boolean }[] = [
      ...before.map((r) => ({ node: r, status: statusOf(r.tag), time: r.time, primary: false })),
      { node: primary, status: finalStatus, time: tc.time, primary: true },
      ...after.map((r) => ({ node: r, status: statusOf(r.tag), time: r.time, primary: false })),
    ];
    let finalRow: TestResultRecord | null = null;
    attempts.forEach((at, i) => {
      const n = at.node;
      // Written out in full, not spread from a shared base: V8 builds these 80k-per-second objects far
      // faster (and leaves far less garbage) when every literal has the same fixed shape.
      const row: TestResultRecord = {
        testId,
        suite: own.repeated(suiteName),
        className,
        name,
        file: own.repeated(file),
        status: at.status,
        durationMs: at.time * 1000,
        retry: firstRetry + i,
        final: at.primary,
        failureType: own.repeated(clip(n?.type ?? '', 256)),
        message: own.single(clip(n?.message ?? '', TEXT_LIMITS.message)),
        stack: own.single((at.primary && primaryStack !== null ? primaryStack : (n?.stackTrace ?? n?.text)?.toString()) ?? ''),
        systemOut: own.single((n?.out ?? (at.primary ? tc.out : null))?.toString() ?? ''),
        systemErr: own.single((n?.err ?? (at.primary ? tc.err : null))?.toString() ?? ''),
        startedAt,
        properties: tc.properties ?? NO_PROPERTIES,
      };
      this.results.push(row);
      this.rowHosts.push(suite?.hostname ?? '');
      if (at.primary) finalRow = row;
      if (suite && (row.status === 'failed' || row.status === 'errored') && (row.systemOut === '' || row.systemErr === '')) {
        suite.quiet.push(row);
      }
    });
    const empty = tc.primaries.length === 0 && tc.reruns.length === 0 && !tc.skippedByAttribute;
    if (keyed) seen.set(className, name, { final: finalRow!, attempts: firstRetry + attempts.length, empty });
    if (suite && !tc.ofSuite) suite.elements++;
    this.counts.attempts += attempts.length;
    this.counts.testCases.total++;
    this.counts.testCases[finalStatus]++;
    this.counts.tests[finalStatus]++;
  }
}

/** A suite's own output goes to its failed attempts that have none (Bazel puts the whole log there). */
function lendSuiteOutput(suite: SuiteFrame): void {
  const out = suite.out?.toString() ?? '';
  const err = suite.err?.toString() ?? '';
  if (out === '' && err === '') return;
  for (const row of suite.quiet) {
    if (row.systemOut === '') row.systemOut = out;
    if (row.systemErr === '') row.systemErr = err;
  }
}

/**
 * Several results in one test case: a failure outranks an error, which outranks a skip. A test case
 * with none is skipped when its attributes say so (googletest), else passed.
 */
function primaryStatus(primaries: ResultNode[], skippedByAttribute: boolean): TestStatus {
  const tags = new Set(primaries.map((p) => p.tag));
  if (tags.has('failure')) return 'failed';
  if (tags.has('error')) return 'errored';
  if (tags.has('skipped') || skippedByAttribute) return 'skipped';
  return 'passed';
}

/** A CTest test that did not start for a reason other than a skip (see the header): its <skipped>. */
function couldNotStart(tc: CaseFrame): ResultNode | null {
  if (!tc.notRun || tc.primaries.length !== 1) return null;
  const only = tc.primaries[0]!;
  return only.tag === 'skipped' && !CTEST_SKIP_MESSAGE.test(only.message) ? only : null;
}

function joinTexts(nodes: ResultNode[]): string {
  const text = nodes
    .map((p) => (p.stackTrace ?? p.text).toString() || p.message)
    .filter((t) => t !== '')
    .join('\n\n');
  return clip(text, TEXT_LIMITS.stack);
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

/**
 * No test case runs for a day. A larger time is a unit error (container-structure-test writes Go
 * durations, nanoseconds, as seconds) and would swamp every sum and percentile of durations.
 */
const MAX_SECONDS = 86_400;

/**
 * JUnit time is seconds. Some tools group thousands ("1,234.5"); runners on a machine with a
 * decimal-comma locale write "0,123" (.NET, older Ant). A lone comma is a decimal comma unless it is
 * followed by exactly three digits after a non-zero integer part. Anything unreadable or implausible
 * counts as 0.
 */
export function parseSeconds(s: string): number {
  if (s === '') return 0;
  let t = s;
  const comma = /^(\d+),(\d+)$/.exec(t);
  if (comma && (comma[1] === '0' || comma[2]!.length !== 3)) t = `${comma[1]}.${comma[2]}`;
  const v = Number(t.replace(/,/g, ''));
  return Number.isFinite(v) && v >= 0 && v <= MAX_SECONDS ? v : 0;
}

// Before this, a timestamp is a "not set" value rather than a time: Go's and .NET's zero time
// (0001-01-01, gotestsum, NUnit), the epoch (googletest's not-run tests); after it, garbage. Both
// would also fall outside what the DateTime64 column stores.
const EARLIEST = Date.UTC(1971, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);

/**
 * ISO 8601; a timestamp without a zone (most runners) is taken as UTC. Also the variants runners
 * write: a space instead of (or after) the "T" (JunitXml.TestLogger: "2019-09-01T 23:56:54Z"), and
 * RFC 1123 with a zone (mocha's xunit reporter: "Sat, 03 Dec 2022 23:10:07 GMT").
 */
export function parseTimestamp(s: string): Date | null {
  if (s === '') return null;
  let d: Date;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ]\s*)(\d.*)$/i.exec(s);
  if (iso) {
    const t = `${iso[1]}T${iso[2]}`;
    d = new Date(/(?:Z|[+-]\d{2}:?\d{2})$/i.test(t) ? t : `${t}Z`);
  } else if (/^\d{4}-\d{2}-\d{2}$/.test(s)) {
    d = new Date(`${s}T00:00:00Z`);
  } else if (/\b(?:GMT|UTC)$|[+-]\d{4}$/i.test(s)) {
    d = new Date(s);
  } else {
    return null;
  }
  const ms = d.getTime();
  return Number.isNaN(ms) || ms < EARLIEST || ms >= LATEST ? null : d;
}

/** Parses a whole report held in memory (tests, the CLI's local check). */
export function parseJunit(xml: Uint8Array | string, opts: JunitParseOptions): JunitReport {
  const p = new JunitParser(opts);
  p.write(xml);
  return p.end();
}
