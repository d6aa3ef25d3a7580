// Renders one runner's outcomes as that runner's JUnit XML.
//
// Formats followed:
// - Maven Surefire 3 (surefire-test-report-3.0.xsd): one <testsuite> per test class with
//   <properties>; in-run reruns as <flakyFailure>/<flakyError> (earlier failed executions of a test
//   that finally passed: the testcase has no <failure>) and <rerunFailure>/<rerunError> (executions
//   after the first when all failed: the testcase has <failure>/<error> plus those), each with its own
//   <stackTrace> and <system-out>. Several classes are wrapped in <testsuites>, as aggregated reports are.
// - pytest --junitxml with junit_family=xunit2: one <testsuite name="pytest">, classname is the
//   dotted module path, setup failures are <error message="failed on setup with ...">, captured
//   logging in <system-out>.
// - jest-junit: one <testsuite> per test file named after the path, empty classname, a `file`
//   attribute, <failure> without attributes, console output at suite level.
// - go-junit-report v2 (go test -v output): one <testsuite> per package named after its import path,
//   classname = the import path, <failure message="Failed"> holding the test's output,
//   <error message="Runtime error"> when the test binary died, a go.version property.
// XML is written by hand: we only write, and every attribute and text goes through escape*().

import { RUNNERS, type RunnerId } from './runners.ts';
import type { Execution, RunnerOutcome, SuiteOutcome, TestOutcome } from './simulate-run.ts';

export interface ReportMeta {
  startedAt: number;
  host: string;
  workdir: string;
}

// Characters XML 1.0 cannot carry at all (not even as references) are replaced.
// eslint-disable-next-line no-control-regex
const INVALID_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const TEXT_SPECIAL = /[&<>]/g;
const ATTR_SPECIAL = /[&<>"\t\n\r]/g;
const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

export function escapeText(s: string): string {
  return s.replace(INVALID_XML, '\uFFFD').replace(TEXT_SPECIAL, (c) => ENTITY[c]!);
}

/** Whitespace in attributes is written as character references, or parsers would normalise it away. */
export function escapeAttr(s: string): string {
  return s.replace(INVALID_XML, '\uFFFD').replace(ATTR_SPECIAL, (c) => ENTITY[c]!);
}

export class JunitWriter {
  /** `<testcase name=".." classname=".." time="` per test index: most of a report is passing tests. */
  private readonly openTags = new Map<number, string>();

  renderReport(outcome: RunnerOutcome, meta: ReportMeta): string {
    switch (outcome.runner) {
      case 'surefire':
        return this.surefire(outcome, meta);
      case 'pytest':
        return this.pytest(outcome, meta);
      case 'jest':
        return this.jest(outcome, meta);
      case 'gotest':
        return this.goJunitReport(outcome, meta);
    }
  }

  private surefire(outcome: RunnerOutcome, meta: ReportMeta): string {
    const parts: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n'];
    for (const suite of outcome.suites) {
      const c = counts(suite, true);
      const tf = suite.testFile;
      const moduleDir = tf.naming.path.split('/src/')[0] ?? '';
      parts.push(
        `<testsuite version="3.0" name="${escapeAttr(tf.naming.suite)}" time="${seconds(suite.durationMs)}" ` +
          `tests="${c.tests}" errors="${c.errors}" skipped="${c.skipped}" failures="${c.failures}">\n`,
        '  <properties>\n',
        `    <property name="java.version" value="21.0.5"/>\n`,
        `    <property name="os.name" value="Linux"/>\n`,
        `    <property name="user.dir" value="${escapeAttr(`${meta.workdir}/${moduleDir}`)}"/>\n`,
        `    <property name="surefire.rerunFailingTestsCount" value="${RUNNERS.surefire.inRunRetries}"/>\n`,
        `    <property name="ci.runner" value="${escapeAttr(meta.host)}"/>\n`,
        '  </properties>\n',
      );
      for (const o of suite.outcomes) parts.push(this.surefireCase(o));
      parts.push('</testsuite>\n');
    }
    parts.push('</testsuites>\n');
    return parts.join('');
  }

  private surefireCase(o: TestOutcome): string {
    const open = this.openTag(o, 'surefire');
    if (o.skipped) return `${open}0"><skipped message="${escapeAttr(o.test.skipReason ?? '')}"/></testcase>\n`;
    const ex = o.executions;
    const last = ex[ex.length - 1]!;
    if (last.status === 'passed') {
      if (ex.length === 1) return `${open}${seconds(last.durationMs)}"/>\n`;
      // Passed on a rerun: the earlier executions become flakyFailure/flakyError.
      const flakes = ex.slice(0, -1).map((e) => rerunElement(e, 'flaky')).join('');
      return `${open}${seconds(last.durationMs)}">\n${flakes}  </testcase>\n`;
    }
    const first = ex[0]!;
    const f = first.failure!;
    const reruns = ex.slice(1).map((e) => rerunElement(e, 'rerun')).join('');
    return (
      `${open}${seconds(first.durationMs)}">\n` +
      `    <${f.element} message="${escapeAttr(f.message)}" type="${escapeAttr(f.type)}">${escapeText(f.body)}</${f.element}>\n` +
      reruns +
      systemOut(f.systemOut) +
      '  </testcase>\n'
    );
  }

  private pytest(outcome: RunnerOutcome, meta: ReportMeta): string {
    const body: string[] = [];
    const total = { tests: 0, failures: 0, errors: 0, skipped: 0, ms: 0 };
    for (const suite of outcome.suites) {
      addCounts(total, counts(suite, false));
      total.ms += suite.durationMs;
      for (const o of suite.outcomes) {
        const open = this.openTag(o, 'pytest');
        if (o.skipped) {
          const reason = o.test.skipReason ?? '';
          const where = escapeText(`${o.test.path}:${o.test.line}: ${reason}`);
          body.push(`${open}0.000"><skipped type="pytest.skip" message="${escapeAttr(reason)}">${where}</skipped></testcase>\n`);
          continue;
        }
        const e = o.executions[0]!;
        if (e.status === 'passed') {
          body.push(`${open}${seconds(e.durationMs)}"/>\n`);
          continue;
        }
        const f = e.failure!;
        const header = `${'-'.repeat(32)} Captured log call ${'-'.repeat(32)}`;
        const log = f.systemOut ? `<system-out>${escapeText(`${header}\n${f.systemOut}`)}</system-out>` : '';
        const result = `<${f.element} message="${escapeAttr(f.message)}">${escapeText(f.body)}</${f.element}>`;
        body.push(`${open}${seconds(e.durationMs)}">${result}${log}</testcase>\n`);
      }
    }
    const stamp = new Date(meta.startedAt).toISOString().replace('Z', '000+00:00');
    return (
      '<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="pytest tests">\n' +
      `<testsuite name="pytest" errors="${total.errors}" failures="${total.failures}" skipped="${total.skipped}" ` +
      `tests="${total.tests}" time="${seconds(total.ms)}" timestamp="${stamp}" hostname="${escapeAttr(meta.host)}">\n` +
      body.join('') +
      '</testsuite>\n</testsuites>\n'
    );
  }

  private jest(outcome: RunnerOutcome, meta: ReportMeta): string {
    const suites: string[] = [];
    const total = { tests: 0, failures: 0, ms: 0 };
    let offset = 0;
    for (const suite of outcome.suites) {
      const c = counts(suite, false);
      total.tests += c.tests;
      total.failures += c.failures + c.errors;
      total.ms += suite.durationMs;
      const stamp = new Date(meta.startedAt + offset).toISOString().slice(0, -5);
      offset += Math.round(suite.durationMs / RUNNERS.jest.workers);
      const cases: string[] = [];
      const consoleOut: string[] = [];
      for (const o of suite.outcomes) {
        const open = this.openTag(o, 'jest');
        if (o.skipped) {
          cases.push(`${open}0"><skipped/></testcase>\n`);
          continue;
        }
        const e = o.executions[0]!;
        if (e.status === 'passed') {
          cases.push(`${open}${seconds(e.durationMs)}"/>\n`);
          continue;
        }
        cases.push(`${open}${seconds(e.durationMs)}">\n      <failure>${escapeText(e.failure!.body)}</failure>\n    </testcase>\n`);
        if (e.failure!.systemOut) consoleOut.push(e.failure!.systemOut);
      }
      suites.push(
        `  <testsuite name="${escapeAttr(suite.testFile.naming.suite)}" errors="0" failures="${c.failures + c.errors}" ` +
          `skipped="${c.skipped}" timestamp="${stamp}" time="${seconds(suite.durationMs)}" tests="${c.tests}">\n`,
        ...cases,
        consoleOut.length > 0 ? `    <system-out>${escapeText(consoleOut.join('\n'))}</system-out>\n` : '',
        '  </testsuite>\n',
      );
    }
    return (
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      `<testsuites name="jest tests" tests="${total.tests}" failures="${total.failures}" errors="0" time="${seconds(total.ms)}">\n` +
      suites.join('') +
      '</testsuites>\n'
    );
  }

  private goJunitReport(outcome: RunnerOutcome, meta: ReportMeta): string {
    // Test files come in path order, so the files of one package are adjacent: one suite per run of them.
    const packages: { name: string; suites: SuiteOutcome[] }[] = [];
    for (const suite of outcome.suites) {
      const name = suite.testFile.naming.suite;
      const last = packages[packages.length - 1];
      if (last && last.name === name) last.suites.push(suite);
      else packages.push({ name, suites: [suite] });
    }
    const total = { tests: 0, failures: 0, errors: 0 };
    const parts: string[] = [];
    let offset = 0;
    for (const p of packages) {
      const c = { tests: 0, failures: 0, errors: 0, skipped: 0 };
      let ms = 0;
      const cases: string[] = [];
      for (const suite of p.suites) {
        addCounts(c, counts(suite, false));
        ms += suite.durationMs;
        for (const o of suite.outcomes) {
          const open = this.openTag(o, 'gotest');
          if (o.skipped) {
            const where = `    ${o.test.path.slice(o.test.path.lastIndexOf('/') + 1)}:${o.test.line + 1}: ${o.test.skipReason ?? ''}`;
            cases.push(`${open}0.000">\n      <skipped message="Skipped">${escapeText(where)}</skipped>\n    </testcase>\n`);
            continue;
          }
          const e = o.executions[0]!;
          if (e.status === 'passed') {
            cases.push(`${open}${seconds(e.durationMs)}"></testcase>\n`);
            continue;
          }
          const f = e.failure!;
          const text = f.systemOut ? `${f.systemOut}${f.body}` : f.body;
          cases.push(`${open}${seconds(e.durationMs)}">\n      <${f.element} message="${escapeAttr(f.message)}">${escapeText(text)}</${f.element}>\n    </testcase>\n`);
        }
      }
      total.tests += c.tests;
      total.failures += c.failures;
      total.errors += c.errors;
      const stamp = new Date(meta.startedAt + offset).toISOString().slice(0, -5) + 'Z';
      offset += Math.round(ms / RUNNERS.gotest.workers);
      parts.push(
        `  <testsuite name="${escapeAttr(p.name)}" tests="${c.tests}" failures="${c.failures}" errors="${c.errors}" ` +
          `hostname="${escapeAttr(meta.host)}" skipped="${c.skipped}" time="${seconds(ms)}" timestamp="${stamp}">\n`,
        '    <properties>\n      <property name="go.version" value="go1.22.5 linux/amd64"></property>\n    </properties>\n',
        ...cases,
        '  </testsuite>\n',
      );
    }
    return (
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      `<testsuites tests="${total.tests}" failures="${total.failures}" errors="${total.errors}">\n` +
      parts.join('') +
      '</testsuites>\n'
    );
  }

  private openTag(o: TestOutcome, runner: RunnerId): string {
    const t = o.test;
    let tag = this.openTags.get(t.index);
    if (tag === undefined) {
      tag =
        runner === 'jest'
          ? `    <testcase classname="" name="${escapeAttr(t.name)}" file="${escapeAttr(t.path)}" time="`
          : runner === 'gotest'
            ? `    <testcase name="${escapeAttr(t.name)}" classname="${escapeAttr(t.className)}" time="`
            : `  <testcase name="${escapeAttr(t.name)}" classname="${escapeAttr(t.className)}" time="`;
      this.openTags.set(t.index, tag);
    }
    return tag;
  }
}

function rerunElement(e: Execution, prefix: 'flaky' | 'rerun'): string {
  const f = e.failure!;
  const tag = `${prefix}${f.element === 'error' ? 'Error' : 'Failure'}`;
  return (
    `    <${tag} message="${escapeAttr(f.message)}" type="${escapeAttr(f.type)}">\n` +
    `      <stackTrace>${escapeText(f.body)}</stackTrace>\n` +
    (f.systemOut ? `      <system-out>${escapeText(f.systemOut)}</system-out>\n` : '') +
    `    </${tag}>\n`
  );
}

function systemOut(text: string): string {
  return text ? `    <system-out>${escapeText(text)}</system-out>\n` : '';
}

/** Suite counters by final result; a Surefire test that passed on a rerun counts as passed. */
interface SuiteCounts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

function addCounts(into: SuiteCounts, c: SuiteCounts): void {
  into.tests += c.tests;
  into.failures += c.failures;
  into.errors += c.errors;
  into.skipped += c.skipped;
}

function counts(suite: SuiteOutcome, finalIsLast: boolean): SuiteCounts {
  const c = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  for (const o of suite.outcomes) {
    c.tests++;
    if (o.skipped) {
      c.skipped++;
      continue;
    }
    const last = o.executions[o.executions.length - 1]!;
    const decisive = finalIsLast && last.status === 'passed' ? last : o.executions[0]!;
    if (decisive.status === 'failed') c.failures++;
    else if (decisive.status === 'errored') c.errors++;
  }
  return c;
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}
