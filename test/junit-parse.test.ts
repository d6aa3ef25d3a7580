import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../ingestion/errors.ts';
import { JunitParser, parseJunit, TEXT_LIMITS } from '../ingestion/junit/parse.ts';
import { junitTestId } from '../ingestion/test-identity.ts';
import { junitFixturesWithExpectations, LOCAL_FIXTURES, SHARED_JUNIT } from './support/fixtures.ts';

const parse = (xml: string | Uint8Array, fileName = 'report.xml') => parseJunit(xml, { repo: 'acme/shop', fileName });

describe('JUnit parser on real reports', () => {
  const fixtures = junitFixturesWithExpectations();
  it('finds the shared fixtures', () => expect(fixtures.length).toBeGreaterThanOrEqual(10));

  for (const { file, path, expected } of fixtures) {
    it(`counts ${file} like the reference parser`, () => {
      const r = parse(readFileSync(path), file);
      expect({
        suites: r.suites,
        runs: r.runs.total,
        runs_succ: r.runs.passed,
        runs_fail: r.runs.failed,
        runs_error: r.runs.errored,
        runs_skip: r.runs.skipped,
      }).toEqual({
        suites: expected.suites,
        runs: expected.runs,
        runs_succ: expected.runs_succ,
        runs_fail: expected.runs_fail,
        runs_error: expected.runs_error,
        runs_skip: expected.runs_skip,
      });
      expect(r.results.filter((x) => x.final)).toHaveLength(expected.runs);
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
    expect(r.runs).toEqual({ total: 4, passed: 2, failed: 1, errored: 1, skipped: 0 });
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
    expect(r.runs).toEqual({ total: 4, passed: 3, failed: 1, errored: 0, skipped: 0 });
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

