import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../ingestion/errors.ts';
import { JunitParser, parseJunit, parseSeconds, parseTimestamp, SUITE_CASE_NAME, TEXT_LIMITS } from '../ingestion/junit/parse.ts';
import { junitTestId } from '../ingestion/test-identity.ts';
import { countsOf, junitFixturesWithExpectations, LOCAL_FIXTURES, SHARED_JUNIT } from './support/fixtures.ts';

const parse = (xml: string | Uint8Array, fileName = 'report.xml') => parseJunit(xml, { repo: 'acme/shop', fileName });

describe('JUnit parser on real reports', () => {
  const fixtures = junitFixturesWithExpectations();
  it('finds the shared fixtures', () => expect(fixtures.length).toBeGreaterThanOrEqual(10));

  // The shared files also carry the reference parser's counts after merging repeated test cases.
  for (const { file, path, expected } of fixtures) {
    it(`counts ${file} like the reference parser`, () => {
      const r = parse(readFileSync(path), file);
      // A test case repeated in one suite is one test (mocha's same-named tests): the reference's `tests`.
      expect(countsOf(r)).toEqual(expected);
      expect(r.results.filter((x) => x.final)).toHaveLength(expected.tests);
      expect(r.results).toHaveLength(expected.runs);
    });
  }

  it('also gives the same result when fed in small chunks', () => {
    const bytes = readFileSync(`${SHARED_JUNIT}scalatest/TEST-uk.co.gresearch.spark.diff.DiffOptionsSuite.xml`);
    const whole = parse(bytes);
    const chunked = (() => {
      // 7-byte chunks cut UTF-8 sequences, tags and entities in half.
      const p = new JunitParser({ repo: 'acme/shop', fileName: 'x' });
      for (let i = 0; i < bytes.length; i += 7) p.write(bytes.subarray(i, i + 7));
      return p.end();
    })();
    expect(chunked).toEqual(whole);
  });

  it('rejects a corrupt report, naming the file and the place', () => {
    const f = `${SHARED_JUNIT}pytest/corrupt-xml.xml`;
    expect(() => parse(readFileSync(f), 'pytest/corrupt-xml.xml')).toThrowError(
      /pytest\/corrupt-xml\.xml: not well-formed XML: \d+:\d+/,
    );
  });

  it('rejects XML that is not JUnit', () => {
    try {
      parse(readFileSync(`${SHARED_JUNIT}non-junit.xml`), 'non-junit.xml');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).code).toBe('NOT_JUNIT');
      expect((e as InputError).message).toMatch(/non-junit\.xml: root element <suites> is not JUnit/);
    }
  });

  it('rejects an empty body and a body with no element', () => {
    expect(() => parse('')).toThrowError(/empty/);
    expect(() => parse('<?xml version="1.0"?>\n')).toThrowError(/report\.xml/);
    expect(() => parse('<testsuites>')).toThrowError(/not well-formed/);
  });
});

describe('JUnit parser on shapes real runners emit', () => {
  it('turns Surefire reruns into separate attempts', () => {
    const r = parse(readFileSync(`${LOCAL_FIXTURES}surefire-reruns.xml`));
    expect(r.testCases).toEqual({ total: 4, passed: 2, failed: 1, errored: 1, skipped: 0 });
    expect(r.attempts).toBe(9);
    const flaky = r.results.filter((x) => x.name === 'retriesGatewayTimeout');
    expect(flaky.map((x) => [x.retry, x.status, x.final])).toEqual([
      [0, 'failed', false],
      [1, 'errored', false],
      [2, 'passed', true],
    ]);
    expect(flaky[0]!.message).toBe('expected: <200> but was: <504>');
    expect(flaky[0]!.stack).toMatch(/^org\.opentest4j\.AssertionFailedError/);
    expect(flaky[0]!.systemOut).toBe('attempt 1: gateway answered 504 after 5003 ms');
    expect(flaky[2]!.systemOut).toBe('attempt 3: gateway answered 200 after 212 ms');
    const failing = r.results.filter((x) => x.name === 'refundsTwice');
    expect(failing.map((x) => [x.retry, x.status, x.final, x.message])).toEqual([
      [0, 'failed', true, 'refund id 9f1c reused'],
      [1, 'failed', false, 'refund id 77ab reused'],
      [2, 'failed', false, 'refund id 03de reused'],
    ]);
    expect(new Set(r.results.map((x) => x.testId)).size).toBe(4);
  });

  it('keeps nested suites, entities, Unicode, control characters, properties and odd times', () => {
    const r = parse(readFileSync(`${LOCAL_FIXTURES}odd-content.xml`));
    expect(r.suites).toBe(4); // gw0, its file suite, gw1, and the empty one; <testsuites> is not a suite
    expect(r.testCases).toEqual({ total: 4, passed: 3, failed: 1, errored: 0, skipped: 0 });
    const [names, rtl, output, direct] = r.results;
    expect(names!.name).toBe('test_names[Ünïcödé-日本語-🚀]');
    expect(names!.suite).toBe('tests/test_unicode.py');
    expect(names!.file).toBe('tests/test_unicode.py');
    expect(names!.properties).toEqual({ issue: 'SH-12 & SH-13' });
    expect(names!.startedAt?.toISOString()).toBe('2024-03-01T09:00:00.000Z');
    expect(rtl!.status).toBe('failed'); // a failure outranks the skip beside it
    expect(rtl!.message).toBe(`assert "a" < 'b' © 😀`);
    expect(rtl!.stack).toBe('E   AssertionError: colours \uFFFD[31mred\uFFFD[0m and \uFFFD[32mgreen\uFFFD[0m');
    expect(output!.systemOut).toBe('line with <markup> & ampersands plain tail');
    expect(output!.systemErr).toBe('warning: \uFFFD[1mbold\uFFFD[0m');
    expect(direct!.suite).toBe('gw1');
    expect(direct!.durationMs).toBe(1_234_500);
  });

  it('bounds huge text, keeping its head and tail', () => {
    const big = `START${'x'.repeat(5_000_000)}END`;
    const r = parse(`<testsuite><testcase name="t"><failure message="m">${big}</failure><system-out>${big}</system-out></testcase></testsuite>`);
    const t = r.results[0]!;
    expect(t.stack.length).toBeLessThan(TEXT_LIMITS.stack + 100);
    expect(t.stack.startsWith('START')).toBe(true);
    expect(t.stack.endsWith('END')).toBe(true);
    expect(t.stack).toMatch(/characters truncated/);
    expect(t.systemOut.length).toBeLessThan(TEXT_LIMITS.output + 100);
  });

  it('gives one test id per test across runners and runs', () => {
    const a = parse('<testsuite name="pytest"><testcase classname="tests.test_a" name="test_x"/></testsuite>');
    const b = parse('<testsuites><testsuite name="other-host"><testcase classname="tests.test_a" name="test_x" time="2"/></testsuite></testsuites>');
    expect(a.results[0]!.testId).toBe(b.results[0]!.testId);
    expect(a.results[0]!.testId).toBe(junitTestId('acme/shop', '', 'tests.test_a', 'test_x'));
    const jest = parse('<testsuites><testsuite name="widget.test.js"><testcase classname="" name="mounts"/></testsuite><testsuite name="other.test.js"><testcase classname="" name="mounts"/></testsuite></testsuites>');
    expect(jest.results[0]!.testId).not.toBe(jest.results[1]!.testId);
  });
});

describe('JUnit attribute values as runners write them', () => {
  it('reads durations with grouping commas, decimal commas, exponents, and nonsense as 0', () => {
    expect(parseSeconds('1,234.5')).toBe(1234.5);
    expect(parseSeconds('0,123')).toBe(0.123); // decimal-comma locale
    expect(parseSeconds('12,5')).toBe(12.5);
    expect(parseSeconds('1,234')).toBe(1234); // three digits after a non-zero integer part: grouping
    expect(parseSeconds('1E-07')).toBe(1e-7);
    expect(parseSeconds('<<computed>>')).toBe(0);
    expect(parseSeconds('-1')).toBe(0);
    expect(parseSeconds('999638317')).toBe(0); // nanoseconds written as seconds
    expect(parseSeconds('86400')).toBe(86_400);
    expect(parseSeconds('')).toBe(0);
  });

  it('reads timestamps in the shapes runners write, and treats zero times as missing', () => {
    const iso = (s: string) => parseTimestamp(s)?.toISOString() ?? null;
    expect(iso('2024-01-26T21:29:30.878Z')).toBe('2024-01-26T21:29:30.878Z');
    expect(iso('2023-01-11T08:51:38')).toBe('2023-01-11T08:51:38.000Z'); // no zone: UTC
    expect(iso('2024-12-02T20:06:10.512+00:00')).toBe('2024-12-02T20:06:10.512Z');
    expect(iso('2019-09-01T 23:56:54Z')).toBe('2019-09-01T23:56:54.000Z'); // JunitXml.TestLogger
    expect(iso('2019-09-01 23:56:54')).toBe('2019-09-01T23:56:54.000Z');
    expect(iso('Sat, 03 Dec 2022 23:10:07 GMT')).toBe('2022-12-03T23:10:07.000Z'); // mocha xunit
    expect(iso('0001-01-01T00:00:00Z')).toBeNull(); // Go / .NET zero time
    expect(iso('1970-01-01T00:00:00.000')).toBeNull(); // googletest, a test that did not run
    expect(iso('03/12/2022 23:10')).toBeNull(); // no zone and not ISO: ambiguous
    expect(iso('')).toBeNull();
  });

  it('treats a test case repeated in one suite as attempts of one test, but not across suites', () => {
    const r = parse(
      '<testsuites><testsuite name="a.spec.ts" hostname="chromium"><testcase classname="a.spec.ts" name="t"><failure/></testcase>' +
        '<testcase classname="a.spec.ts" name="t"/></testsuite>' +
        '<testsuite name="a.spec.ts" hostname="firefox"><testcase classname="a.spec.ts" name="t"/></testsuite></testsuites>',
    );
    expect(r.results.map((x) => [x.retry, x.status, x.final])).toEqual([
      [0, 'failed', false],
      [1, 'passed', true],
      [0, 'passed', true],
    ]);
    expect(r.testCases).toEqual({ total: 3, passed: 2, failed: 1, errored: 0, skipped: 0 });
    expect(r.tests).toEqual({ total: 2, passed: 2, failed: 0, errored: 0, skipped: 0 });
  });

  it('gives the suite output to its failed cases that have none, and to no passing one', () => {
    const r = parse(
      '<testsuite name="s"><testcase name="ok"/><testcase name="bad"><error/></testcase>' +
        '<testcase name="own"><failure/><system-out>mine</system-out></testcase>' +
        '<system-out>suite log</system-out><system-err>suite err</system-err></testsuite>',
    );
    expect(r.results.map((x) => [x.name, x.systemOut, x.systemErr])).toEqual([
      ['ok', '', ''],
      ['bad', 'suite log', 'suite err'],
      ['own', 'mine', 'suite err'],
    ]);
  });

  it('makes a failure of a suite itself, outside its test cases, a test case of that suite', () => {
    // A test script that died after its passing tests (TAP's "Bad plan"): without this, all green.
    const r = parse(
      '<testsuites><testsuite name="t/a.t"><testcase name="1 - ok"/>' +
        '<failure message="Bad plan.  You planned 3 tests but ran 1." type="TestFailed">plan</failure></testsuite>' +
        '<testsuite name="t/b.t"><testsuite name="inner"><error message="died"/></testsuite><testcase name="1 - ok"/></testsuite>' +
        '<error message="outside any suite: nothing to attach it to"/></testsuites>',
    );
    expect(r.results.map((x) => [x.suite, x.name, x.status, x.message, x.stack])).toEqual([
      ['t/a.t', '1 - ok', 'passed', '', ''],
      ['t/a.t', SUITE_CASE_NAME, 'failed', 'Bad plan.  You planned 3 tests but ran 1.', 'plan'],
      ['inner', SUITE_CASE_NAME, 'errored', 'died', ''],
      ['t/b.t', '1 - ok', 'passed', '', ''],
    ]);
    expect(r.testCases).toEqual({ total: 4, passed: 2, failed: 1, errored: 1, skipped: 0 });
    expect(r.results[1]!.testId).toBe(junitTestId('acme/shop', 't/a.t', '', SUITE_CASE_NAME));
  });

  it('gives the spec file named on an empty Root Suite (mocha-junit-reporter, Cypress) to the suites after it', () => {
    // The layout mocha-junit-reporter documents for Cypress: one Root Suite per spec, describes beside it.
    const r = parse(
      '<testsuites name="Mocha Tests">' +
        '<testsuite name="Root Suite" tests="0" file="cypress/e2e/login.cy.js"></testsuite>' +
        '<testsuite name="login" tests="1"><testcase name="login works" classname="works"/></testsuite>' +
        '<testsuite name="Root Suite" tests="0" file="cypress/e2e/cart.cy.js"></testsuite>' +
        '<testsuite name="cart" tests="1"><testsuite name="empty cart"><testcase name="cart empty" classname="empty"/></testsuite></testsuite>' +
        '<testsuite name="other" tests="1" file="src/own.spec.js"><testcase name="own"/></testsuite>' +
        '<testsuite name="after" tests="1"><testcase name="after"/></testsuite>' +
        '</testsuites>',
    );
    expect(r.results.map((x) => [x.name, x.file])).toEqual([
      ['login works', 'cypress/e2e/login.cy.js'],
      ['cart empty', 'cypress/e2e/cart.cy.js'],
      ['own', 'src/own.spec.js'],
      ['after', ''], // a suite with its own file and tests announces nothing
    ]);
  });
});
