import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JunitParser, parseJunit, SUITE_CASE_NAME, type JunitReport } from '../ingestion/junit/parse.ts';
import type { TestResultRecord } from '../ingestion/records.ts';
import { junitTestId, qualifiedTestName } from '../ingestion/test-identity.ts';
import { countsOf, junitFixturesWithExpectations, REAL_JUNIT } from './support/fixtures.ts';

// Reports written by real runners (test/fixtures/junit-real/README.md says where each comes from). The
// counts in each NAME.expected.json were derived from the report itself, by that runner's semantics,
// not from this parser; the per-runner tests below check what the counts cannot: retries, identity,
// file, start time and where the output goes.

const DIR = REAL_JUNIT;
const REPO = 'acme/shop';
const DEFAULT_START = new Date('2030-01-02T03:04:05.000Z');

const parse = (file: string): JunitReport =>
  parseJunit(readFileSync(`${DIR}${file}`), { repo: REPO, fileName: file, defaultStartedAt: DEFAULT_START });

const byName = (r: JunitReport, name: string): TestResultRecord[] => r.results.filter((x) => x.name === name);

const fixtures = junitFixturesWithExpectations(DIR);

describe('JUnit parser on reports from many runners', () => {
  it('finds the reports', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(15);
    expect(new Set(fixtures.map((f) => f.file.split('/')[0])).size).toBeGreaterThanOrEqual(13);
  });

  for (const { file, expected } of fixtures) {
    it(`counts ${file} as the runner meant it`, () => {
      const r = parse(file);
      expect(countsOf(r)).toEqual(expected);
      expect(r.results.filter((x) => x.final)).toHaveLength(expected.tests);
      expect(r.results.length).toBe(r.attempts);
      // Every stored attempt has a name and a stable id; retries of one test share the id.
      for (const x of r.results) {
        expect(x.testId).toMatch(/^[0-9a-f]{16}$/);
        expect(x.testId).toBe(junitTestId(REPO, x.suite, x.className, x.name));
        expect(Number.isFinite(x.durationMs) && x.durationMs >= 0).toBe(true);
      }
    });

    it(`reads ${file} the same when it arrives in 5-byte chunks`, () => {
      const bytes = readFileSync(`${DIR}${file}`);
      const p = new JunitParser({ repo: REPO, fileName: file, defaultStartedAt: DEFAULT_START });
      for (let i = 0; i < bytes.length; i += 5) p.write(bytes.subarray(i, i + 5));
      expect(p.end()).toEqual(parse(file));
    });
  }
});

describe('Maven Surefire reruns (rerunFailingTestsCount=3)', () => {
  it('turns flakyFailure elements into earlier failed attempts of a test that then passed', () => {
    const r = parse('surefire/TEST-io.olamy.FlakyTest.xml');
    const t = byName(r, 'testApp');
    expect(t.map((x) => [x.retry, x.status, x.final])).toEqual([
      [0, 'failed', false],
      [1, 'failed', false],
      [2, 'passed', true],
    ]);
    expect(t.map((x) => x.message)).toEqual(['obvious fail', 'try one more time maybe', '']);
    expect(t[0]!.failureType).toBe('junit.framework.AssertionFailedError');
    expect(t[1]!.stack).toMatch(/^junit\.framework\.AssertionFailedError: try one more time maybe\n\tat /);
    expect(t[0]!.systemOut).toBe('this will fail maybe');
    expect(t[0]!.systemErr).toBe('this will maybe fail');
    expect(new Set(t.map((x) => x.testId)).size).toBe(1);
    expect(t[0]!.testId).toBe(junitTestId(REPO, '', 'io.olamy.FlakyTest', 'testApp'));
    // The suite's tests="3" failures="2" count attempts, not tests: the counts above come from the cases.
  });

  it('turns rerunFailure elements into later attempts of a test that kept failing', () => {
    const r = parse('surefire/TEST-io.olamy.AlwaysFailTest.xml');
    expect(r.results.map((x) => [x.retry, x.status, x.final])).toEqual([
      [0, 'failed', true],
      [1, 'failed', false],
      [2, 'failed', false],
      [3, 'failed', false],
    ]);
    expect(r.results[0]!.systemOut).toBe('this will fail for real');
    expect(r.results[3]!.systemErr).toBe('this will really fail');
    expect(r.results.every((x) => x.message === 'built to fail')).toBe(true);
  });
});

describe('googletest', () => {
  const r = parse('googletest/gtest_xml_output_unittest.xml');

  it('counts DISABLED_ (status="notrun") and GTEST_SKIP (result="skipped") tests as skipped', () => {
    expect(byName(r, 'DISABLED_test')[0]!.status).toBe('skipped');
    expect(byName(r, 'DISABLED_test_not_run')[0]!.status).toBe('skipped');
    expect(byName(r, 'Skipped')[0]!.status).toBe('skipped');
    expect(r.results.find((x) => x.className === 'SuccessfulTest')!.status).toBe('passed');
  });

  it('keeps every failed assertion of a test case, the first one as the message', () => {
    const fails = r.results.find((x) => x.className === 'MixedResultTest' && x.name === 'Fails')!;
    expect(fails.status).toBe('failed');
    expect(fails.message).toBe('gtest_xml_output_unittest_.cc:*\nExpected equality of these values:\n  1\n  2');
    expect(fails.stack).toContain('  1\n  2%(stack)s');
    expect(fails.stack).toContain('  2\n  3%(stack)s');
  });

  it('joins CDATA sections split around "]]>"', () => {
    const t = byName(r, 'OutputsCData')[0]!;
    expect(t.stack).toContain('XML output: <?xml encoding="utf-8"><top><![CDATA[cdata text]]></top>');
  });

  it('uses the test suite as the class: Suite.Test, parameterised ones apart', () => {
    const ids = new Set(r.results.map((x) => x.testId));
    expect(ids.size).toBe(24);
    const p = r.results.find((x) => x.name === 'HasValueParamAttribute/1')!;
    expect(qualifiedTestName(p.suite, p.className, p.name)).toBe('Single/ValueParamTest.HasValueParamAttribute/1');
    expect(p.properties).toEqual({});
    expect(byName(r, 'ThreeProperties')[0]!.properties).toEqual({ key_1: '1', key_2: '2', key_3: '3' });
  });
});

describe('Go', () => {
  it('gotestsum: the package is the class; a case without one (TestMain) takes the package suite', () => {
    const r = parse('gotestsum/junitxml-report.golden.xml');
    const main = byName(r, 'TestMain')[0]!;
    expect(main.className).toBe('');
    expect(qualifiedTestName(main.suite, main.className, main.name)).toBe(
      'github.com/gotestyourself/gotestyourself/testjson/internal/badmain.TestMain',
    );
    const passed = r.results.filter((x) => x.name === 'TestPassed');
    expect(passed.map((x) => x.className)).toEqual([
      'github.com/gotestyourself/gotestyourself/testjson/internal/good',
      'github.com/gotestyourself/gotestyourself/testjson/internal/stub',
    ]);
    expect(passed[0]!.testId).not.toBe(passed[1]!.testId);
    expect(byName(r, 'TestSkippedWitLog')[0]!.message).toMatch(/good_test\.go:27: the skip message/);
    // Go's zero time (0001-01-01) means "not recorded": the upload's own time is used instead.
    expect(r.results.every((x) => x.startedAt?.getTime() === DEFAULT_START.getTime())).toBe(true);
  });

  it('go-junit-report: subtests are tests of their own; the package output goes to the failures', () => {
    const r = parse('go-junit-report/012-report.xml');
    expect(r.results.every((x) => x.className === 'package/subtests')).toBe(true);
    const parent = byName(r, 'TestSubtests')[0]!;
    expect([parent.status, parent.message, parent.stack]).toEqual(['failed', 'Failed', '']);
    expect(byName(r, 'TestSubtests/Subtest#01')[0]!.stack).toBe('subtests_test.go:10: error message');
    expect(byName(r, 'TestSubtests/Subtest#02')[0]!.status).toBe('skipped');
    expect(r.results.filter((x) => x.systemOut === 'exit status 1').map((x) => x.name)).toEqual([
      'TestSubtests',
      'TestSubtests/Subtest#01',
      'TestFailingSubtestWithNestedSubtest',
      'TestFailingSubtestWithNestedSubtest/Subtest',
    ]);
    expect(r.results[0]!.startedAt?.toISOString()).toBe('2022-01-01T00:00:00.000Z');
  });
});

describe('Go: Ginkgo', () => {
  it('the suite is the class, the spec text the name, the location the failure text', () => {
    const r = parse('ginkgo/ginkgo-junit-report.xml');
    expect(r.results.map((x) => [x.className, x.name, x.status])).toEqual([
      ['Suite1', '[It] Should succeed', 'passed'],
      ['Suite2', '[It] Should succeed', 'passed'],
      ['Suite2', '[It] Should succeed, but errors', 'failed'],
    ]);
    const f = r.results[2]!;
    expect(f.message).toMatch(/^Expected success, but got an error:\n {4}<\*errors\.withStack \| 0x1400000ec30>/);
    expect(f.message).toMatch(/msg: "outlier",/);
    expect([f.stack, f.failureType]).toEqual(['/package2/a_test.go:52', 'failed']);
    expect(r.results[0]!.properties).toEqual({}); // suite properties belong to no test
  });
});

describe('JavaScript runners', () => {
  it('Playwright: the spec file is the class, describe blocks are in the name, skips are skips', () => {
    const r = parse('playwright/playwright-report.xml');
    expect(new Set(r.results.map((x) => x.testId)).size).toBe(60);
    const t = byName(r, 'Grid › Data Entry › confirm auto-fill works correctly')[0]!;
    expect([t.className, t.suite, t.status, t.durationMs]).toEqual(['tests/grid.spec.ts', 'tests/grid.spec.ts', 'passed', 5021]);
    expect(t.startedAt?.toISOString()).toBe('2024-01-26T21:29:30.878Z');
    const failed = r.results.filter((x) => x.status === 'failed');
    expect(failed).toHaveLength(4);
    expect(failed[0]!.message).toBe('grid.spec.ts:202:11 should display correct data when sorting by OFF FORM column');
    expect(failed[0]!.stack).toMatch(/^\[chrome\] › tests\/grid\.spec\.ts:202:11 ›[^]*Test timeout of 10000ms exceeded\./);
    expect(failed[0]!.systemOut).toMatch(/^\[\[ATTACHMENT\|test-results\/.*test-failed-1\.png\]\]/);
    const fixme = byName(r, 'rewind functions normally')[0]!;
    expect([fixme.status, fixme.properties]).toEqual(['skipped', { slow: '', fixme: 'Implement' }]);
  });

  it('Playwright projects: each browser project is a variant, named as includeProjectInTestName names it', () => {
    const r = parse('playwright/projects.xml');
    // The same three test cases under hostname chromium, firefox and webkit: nine tests, not three
    // tests that each ran three times, so failing in firefox only does not make a test look flaky.
    expect(new Set(r.results.map((x) => x.testId)).size).toBe(9);
    expect(r.results.filter((x) => x.status !== 'passed').map((x) => [x.name, x.status])).toEqual([
      ['[firefox] checkout › pays with a saved card', 'failed'],
      ['[webkit] checkout › shows the receipt', 'skipped'],
    ]);
    expect(r.results.every((x) => x.final && x.retry === 0)).toBe(true);
    // The same run written with PLAYWRIGHT_JUNIT_INCLUDE_PROJECT_IN_TEST_NAME=1 gives the same tests.
    const named = parse('playwright/projects-named.xml');
    const ids = (report: JunitReport) => report.results.map((x) => [x.testId, x.name, x.status]).sort();
    expect(ids(named)).toEqual(ids(r));
  });

  it('one hostname per suite name (a single project, a build machine) is no variant', () => {
    // These reports name a hostname on their suites, but never the same suite under two of them.
    for (const file of ['playwright/playwright-report.xml', 'go-junit-report/012-report.xml', 'dotnet/TestResults.xml', 'rspec/rspec.xml', 'gradle/spring-gradle-failure.xml']) {
      expect(readFileSync(`${DIR}${file}`, 'utf8')).toMatch(/<testsuite [^>]*hostname="[^"]/);
      expect(parse(file).results.filter((x) => x.name.startsWith('[')).map((x) => x.name)).toEqual([]);
    }
  });

  it('mocha-junit-reporter (Cypress): the file comes from the suite, the start time too', () => {
    const r = parse('mocha-junit-reporter/mocha.xml');
    expect(r.results).toHaveLength(1);
    const t = r.results[0]!;
    expect([t.suite, t.file, t.startedAt?.toISOString()]).toEqual([
      'default config',
      '/path/test/config.js',
      '2021-10-28T00:15:42.000Z',
    ]);
    // The reporter puts the test title in classname and the full title in name: both stable across runs.
    expect(t.className).toBe('projectUTCOffset should be a callable with current UTC offset');
  });

  it('jest-junit: class name equal to the name is one name; failures without a message keep their text', () => {
    const r = parse('jest-junit/jest-junit.xml');
    const t = byName(r, 'Test 1 Test 1.1 Failing test')[0]!;
    // jest-junit's default templates write "{classname} {title}" into both attributes.
    expect([t.suite, t.className, t.status]).toEqual(['Test 1', 'Test 1 Test 1.1 Failing test', 'failed']);
    expect(qualifiedTestName(t.suite, t.className, t.name)).toBe('Test 1 Test 1.1 Failing test');
    expect(t.message).toBe(''); // jest-junit writes no message attribute: the text is the whole failure
    expect(t.stack).toMatch(/^Error: expect\(received\)\.toBeTruthy\(\)\n\nReceived: false\n {4}at Object\.test \(C:\\Users\\/);
    // A describe-less file is written with the suite name "undefined" and a leading space in the names.
    expect(r.results.filter((x) => x.suite === 'undefined').map((x) => [x.className, x.name, x.status])).toEqual([
      ['Timeout test', 'Timeout test', 'failed'],
      ['Skipped test', 'Skipped test', 'skipped'],
    ]);
    expect(t.startedAt?.toISOString()).toBe('2020-10-18T19:07:47.000Z');
  });

  it('jest-junit: a test file that fails to run is an errored case named by the file; its 1970 time is no time', () => {
    const r = parse('jest-junit/jest-test-results.xml');
    expect(r.results.map((x) => [x.suite, x.className, x.name, x.status])).toEqual([
      ['libs/foo.spec.ts', 'Test suite failed to run', 'libs/foo.spec.ts', 'errored'],
      ['libs/bar.spec.ts', 'Test suite failed to run', 'libs/bar.spec.ts', 'errored'],
    ]);
    expect(r.results[0]!.testId).not.toBe(r.results[1]!.testId);
    expect(r.results[0]!.stack).toMatch(/^● Test suite failed to run\n\n {4}tsconfig\.json:13:3 - error TS6258: 'typeRoots'/);
    expect(r.results.every((x) => x.startedAt?.getTime() === DEFAULT_START.getTime())).toBe(true);
    // The root's tests="0" errors="2" counts Jest's tests, not these cases: the counts come from the cases.
  });

  it('Vitest: the file is the suite and the class; per-suite timestamps; the frame after the diff', () => {
    const r = parse('vitest/report.xml');
    const f = byName(r, 'sub - 2')[0]!;
    expect([f.suite, f.className, f.status, f.failureType, f.message]).toEqual([
      '__test__/sub.test.tsx',
      '__test__/sub.test.tsx',
      'failed',
      'AssertionError',
      'expected 50 to be 5 // Object.is equality',
    ]);
    expect(f.stack).toMatch(/\n- 5\n\+ 50\n\n ❯ __test__\/sub\.test\.tsx:12:24$/);
    expect(f.startedAt?.toISOString()).toBe('2025-06-09T08:30:48.827Z');
    expect(qualifiedTestName(f.suite, f.className, f.name)).toBe('__test__/sub.test.tsx.sub - 2');
    // Vitest writes line breaks raw inside the message attribute: XML reads them as spaces. It also
    // removes the ESC of colour codes itself, so "[36m" stays as text.
    const dom = byName(r, 'error: renders invalid message')[0]!;
    expect(dom.message).toMatch(/more flexible\. {2}Ignored nodes: comments, script, style \[36m<body>\[39m/);
    expect(dom.stack).toMatch(/^TestingLibraryElementError: Unable to find an element[^]*\nIgnored nodes: comments, script, style\n<body>\n {2}<div>\n/);
  });

  it('Karma: no class name, and a name that already starts with the suite keeps only the name', () => {
    const t = parse('karma/karma-react-component-test-results.xml').results[0]!;
    expect([t.suite, t.className, t.name]).toEqual(['<Component />', '', '<Component /> should render properly']);
    expect(qualifiedTestName(t.suite, t.className, t.name)).toBe('<Component /> should render properly');
  });
});

describe('JVM, PHP, .NET, native and build-system runners', () => {
  it('Gradle: the assertion message and trace; suite output is not pinned on passing tests', () => {
    const g = parse('gradle/spring-gradle-failure.xml');
    const f = g.results.find((x) => x.status === 'failed')!;
    expect(f.message).toMatch(/^java\.lang\.AssertionError: Response content\nExpected: a string containing "NOT_GONK"/);
    expect(f.stack).toMatch(/\tat org\.gradle\.api\.internal\.tasks\.testing\.worker\.TestWorker\.execute\(TestWorker\.java:60\)$/);
    expect(g.results[0]!.startedAt?.toISOString()).toBe('2026-05-28T22:31:02.000Z');
    const k = parse('gradle/TEST-com.github.guenhter.junit.TwoExtensionsTest1.xml').results[0]!;
    expect([k.status, k.systemOut]).toEqual(['passed', '']);
  });

  it('PHPUnit: nested suites, file on every case, .phpt cases identified by their suite', () => {
    const r = parse('phpunit/phpunit.xml');
    expect(r.results.every((x) => x.file.startsWith('/home/matteo/OSS/phpunit/tests/'))).toBe(true);
    const phpt = r.results[0]!;
    expect([phpt.suite, phpt.className, phpt.status, phpt.failureType]).toEqual([
      'CLI Arguments',
      '',
      'failed',
      'PHPUnit\\Framework\\PhptAssertionFailedError',
    ]);
    expect(qualifiedTestName(phpt.suite, phpt.className, phpt.name)).toBe(
      'CLI Arguments.targeting-traits-with-coversclass-attribute-is-deprecated.phpt',
    );
    // classname (dotted) wins over class (PHP namespace) so ids match the other JUnit writers.
    const unit = byName(r, 'testFlushesCollectedEvents')[0]!;
    expect([unit.suite, unit.className]).toEqual(['PHPUnit\\Event\\DeferringDispatcherTest', 'PHPUnit.Event.DeferringDispatcherTest']);
  });

  it('JunitXml.TestLogger (dotnet test): "T " timestamps, 1E-07 durations, a repeated data row', () => {
    const r = parse('dotnet/TestResults.xml');
    expect(r.results[0]!.startedAt?.toISOString()).toBe('2019-09-01T23:56:54.000Z');
    expect(r.results[1]!.durationMs).toBeCloseTo(0.0001, 10);
    expect(r.results[0]!.file).toMatch(/UnitTestLibrary1\.dll$/);
    expect(byName(r, 'Multiply_ReturnsEight(1,0)')[0]!.message).toBe('Expected: 8\r\n  But was:  0');
    expect(byName(r, 'Multiply_ReturnsEight(1,2)').map((x) => [x.retry, x.status, x.final])).toEqual([
      [0, 'failed', false],
      [1, 'failed', true],
    ]);
  });

  it('xcresult via trainer: repetitions of a test are its attempts, the last one counts', () => {
    const r = parse('xcode-trainer/trainer-retried-tests.xml');
    expect(byName(r, 'offline filtering keeps the active ticket').map((x) => [x.retry, x.status, x.final, x.properties.repetition])).toEqual([
      [0, 'failed', false, 'Repetition 1 of 3'],
      [1, 'passed', true, 'Repetition 2 of 3'],
    ]);
    expect(byName(r, 'an expired ticket is dropped').map((x) => [x.retry, x.status, x.final])).toEqual([
      [0, 'failed', false],
      [1, 'failed', true],
    ]);
  });

  it('C++ tst: status="disabled" is a test that did not run', () => {
    const r = parse('cpp-tst/disabled.xml');
    expect(r.results.filter((x) => x.status === 'skipped').map((x) => x.name)).toEqual([
      'disabled_test',
      'disabled_param_test[0]',
      'disabled_param_test[1]',
      'disabled_param_test[2]',
      'disabled_param_test[3]',
    ]);
    const e = byName(r, 'test_which_throws_unknown_exception')[0]!;
    expect([e.status, e.message, e.className]).toEqual(['errored', 'uncaught (anonymous namespace)::some_unknown_exception', '']);
    expect(qualifiedTestName(e.suite, e.className, e.name)).toBe('factorial.test_which_throws_unknown_exception');
  });

  it('swift test --xunit-output: XCTest does not mark skips, so a skipped test reads as passed', () => {
    const r = parse('swift-xunit/swift-xunit.xml');
    expect(r.results.map((x) => [x.className, x.name, x.status])).toEqual([
      ['AcmeLibTests.AcmeLibTests', 'test_always_pass', 'passed'],
      ['AcmeLibTests.AcmeLibTests', 'test_always_skip', 'passed'],
      ['AcmeLibTests.AcmeLibTests', 'test_always_fail', 'failed'],
    ]);
  });

  it('Python unittest (xmlrunner): per-test file and timestamp, expected failures as skips, errors apart', () => {
    const r = parse('python-unittest/python-xunit-unittest.xml');
    expect(r.results.every((x) => x.file === 'tests/test_lib.py')).toBe(true);
    expect(r.results[0]!.startedAt?.toISOString()).toBe('2025-11-14T21:49:22.000Z');
    expect(byName(r, 'test_expected_failure')[0]!.failureType).toBe('XFAIL');
    expect(byName(r, 'test_error')[0]!.stack).toMatch(/^Traceback \(most recent call last\):[^]*Exception: error$/);
    expect(new Set(r.results.map((x) => x.testId)).size).toBe(8);
  });

  it('Catch2: the failing assertion names the source file', () => {
    const t = parse('catch2/report.xml').results[0]!;
    expect([t.status, t.file, t.failureType, t.message]).toEqual([
      'failed',
      'test/unit/detail/utility/is_constant_evaluated.cpp',
      'REQUIRE',
      'REQUIRE(v == 1) expands to 0 == 10',
    ]);
    expect(t.stack).toMatch(/^FAILED:\n {2}REQUIRE\( v == 1 \)/);
  });

  it('cargo-nextest: per-test timestamps, the run timestamp otherwise, captured output per test', () => {
    const r = parse('nextest/basic.xml');
    expect(r.results.map((x) => x.startedAt?.toISOString())).toEqual([
      '2024-12-02T20:06:10.513Z',
      '2024-12-02T20:06:10.514Z',
      '2024-12-02T20:06:10.512Z',
    ]);
    const f = byName(r, 'test_failure')[0]!;
    expect(f.stack).toMatch(/^thread 'test_failure' panicked at tests\/parry3d\.rs:154:5:/);
    expect(f.systemOut).toMatch(/test test_failure \.\.\. FAILED/);
    expect(f.className).toBe('oxidized_navigation::parry3d');
  });

  it('Bazel: the log that Bazel writes into the suite belongs to its failed target', () => {
    const t = parse('bazel/suite-logs.xml').results[0]!;
    expect([t.status, t.message]).toEqual(['errored', 'exited with error code 1']);
    expect(t.systemOut).toMatch(/ModuleNotFoundError: No module named 'non_existent_package'$/);
    expect(t.systemErr).toBe('Generated test.err');
    expect(qualifiedTestName(t.suite, t.className, t.name)).toBe('bazel/failing_absl_test');
    const two = parse('bazel/04-bazel-junit.xml').results;
    expect(two.map((x) => [x.status, x.durationMs, /1 failed, 5 warnings/.test(x.systemOut)])).toEqual([
      ['errored', 54_000, true],
      ['passed', 20_000, false],
    ]);
  });

  it('container-structure-test: no suite or class names; its nanosecond "seconds" are not believed', () => {
    const r = parse('container-structure-test/test.xml');
    expect(r.results.map((x) => [x.suite, x.className, x.name, x.durationMs])).toEqual([
      ['', '', 'Command Test: apt-get upgrade', 0],
      ['', '', 'File Existence Test: /home/app/app', 0],
      ['', '', 'Metadata Test', 0],
    ]);
    expect(r.results[0]!.testId).toBe(junitTestId(REPO, '', '', 'Command Test: apt-get upgrade'));
  });

  it('Marathon (Android): a failure with neither message nor text is still a failure', () => {
    const t = parse('marathon/com.mikepenz.DummyTest3#test_01.xml').results[0]!;
    expect([t.status, t.message, t.stack, t.className, t.durationMs]).toEqual(['failed', '', '', 'com.mikepenz.DummyTest3', 4300]);
  });

  it('Perl TAP converted to JUnit: the .t file is the class, exponent times are read', () => {
    const t = parse('perl-tap/result.xml').results[0]!;
    expect([t.className, t.name, t.status]).toEqual(['t.Foo.Bar.Blah.Blah.Blah.FileName_t', 'L123: ...', 'passed']);
    expect(t.durationMs).toBeCloseTo(0.0450611114501953, 12);
  });
});

describe('Ruby, Dart, Perl, BDD runners and a .NET converter', () => {
  it('RSpec (rspec_junit_formatter): the spec path is the class, the file is kept, the zone is honoured', () => {
    const r = parse('rspec/rspec.xml');
    const t = byName(r, 'Articles GET /show has comments show comments')[0]!;
    expect([t.suite, t.className, t.file, t.status]).toEqual([
      'rspec',
      'spec.requests.articles_spec',
      './spec/requests/articles_spec.rb',
      'passed',
    ]);
    expect(t.startedAt?.toISOString()).toBe('2021-03-22T05:06:25.000Z'); // 14:06:25+09:00
    expect(new Set(r.results.map((x) => x.testId)).size).toBe(16);
    expect(r.results[0]!.properties).toEqual({}); // the seed is a suite property
  });

  it('Minitest (minitest-reporters): no class name, so the suite (the test class) qualifies the name', () => {
    const r = parse('minitest/TEST-UserControllerTest.xml');
    const t = r.results[0]!;
    expect([t.suite, t.className, t.name, t.file]).toEqual([
      'UserControllerTest',
      '',
      'test_should_save_user_with_name',
      'test/controllers/user_test.rb',
    ]);
    expect(qualifiedTestName(t.suite, t.className, t.name)).toBe('UserControllerTest.test_should_save_user_with_name');
    expect(t.durationMs).toBeCloseTo(1617.726, 6);
  });

  it('Cucumber (Ruby junit formatter): a scenario is a test; a failure in two CDATA sections is read whole', () => {
    const r = parse('cucumber-ruby/TEST-features-is_it_friday_yet.xml');
    const f = byName(r, 'This is fail')[0]!;
    expect([f.className, f.status, f.failureType, f.message]).toEqual(['Is it Friday yet?', 'failed', 'failed', 'failed This is fail']);
    expect(f.stack).toMatch(/^Scenario: This is fail\n\nThen I should be told "Nope"\n\nMessage:\n[^]*\nexpected: "Nope"\n {5}got: "TGIF"/);
    expect(f.stack).toMatch(/features\/is_it_friday_yet\.feature:28:in `I should be told "Nope"'$/);
    expect(byName(r, 'Today is or is not Friday (outline example : | Sunday | Nope |)')[0]!.status).toBe('passed');
    // Empty CDATA in system-out/err is no output.
    expect(r.results.every((x) => x.systemOut === '' && x.systemErr === '')).toBe(true);
  });

  it('behave: a report without an XML declaration; status="passed" is not a skip; the scenario log is kept', () => {
    const t = parse('behave/report.xml').results[0]!;
    expect([t.suite, t.className, t.name, t.status]).toEqual([
      'tutorial.showing off behave',
      'tutorial.showing off behave',
      'run a simple test',
      'passed',
    ]);
    expect(t.systemOut).toMatch(/^@scenario\.begin\n {2}Scenario: run a simple test\n/);
    expect(t.startedAt?.toISOString()).toBe('2021-03-04T16:03:07.132Z');
  });

  it('Dart (junitreport): a reference to a control character is replaced, not fatal; error apart from failure', () => {
    const r = parse('dart-junitreport/example.xml');
    // tojunit writes the bell a test printed as "&#8;", which XML 1.0 forbids.
    expect(byName(r, 'output with control character')[0]!.systemOut).toBe('a\t tab should be fine but bell not \uFFFD!');
    const e = byName(r, 'error in test')[0]!;
    expect([e.status, e.message, e.stack]).toEqual(['errored', 'Bad state: oops, it failed', 'tool\\example-tests\\allresults_test.dart 34:5  main.<fn>']);
    const f = byName(r, 'failing test with reason')[0]!;
    expect([f.status, f.message]).toEqual(['failed', '1 failure, see stacktrace for details']);
    expect(f.stack).toMatch(/Differ at offset 0\nthe failure reason$/);
    const s = byName(r, 'skipped top level test')[0]!;
    expect([s.status, s.systemOut]).toEqual(['skipped', 'Skip: reason for skipping']);
    // No timestamps anywhere: the upload's own time.
    expect(r.results.every((x) => x.startedAt?.getTime() === DEFAULT_START.getTime())).toBe(true);
  });

  it('prove (TAP::Formatter::JUnit): the .t file is the suite, its TAP log goes to its failed tests', () => {
    const r = parse('perl-prove/report.xml');
    const f = byName(r, '1 - add(1, 2) == 5')[0]!;
    expect([f.suite, f.className, f.status, f.failureType, f.message]).toEqual([
      't/fail/01_fail.t',
      '',
      'failed',
      'TestFailed',
      'not ok 1 - add(1, 2) == 5',
    ]);
    expect(f.systemOut).toMatch(/^not ok 1 - add\(1, 2\) == 5\n# Subtest: add\n[^]*\nnot ok 2 - add$/);
    expect(f.systemErr).toBe('Dubious, test returned 2 (wstat 512, 0x200)');
    expect(qualifiedTestName(f.suite, f.className, f.name)).toBe('t/fail/01_fail.t.1 - add(1, 2) == 5');
    expect(byName(r, '4 - add(3, 2) == 5')[0]!.systemOut).toBe(''); // passing tests are not lent the log
    // The formatter adds a "(teardown)" case per file (not in its tests="N"); it is a case like any other.
    const teardowns = byName(r, '(teardown)');
    expect(teardowns.map((x) => [x.suite, x.status])).toEqual([
      ['t/00_compile.t', 'passed'],
      ['t/fail/01_fail.t', 'passed'],
      ['t/math/01_math.t', 'passed'],
    ]);
    expect(new Set(teardowns.map((x) => x.testId)).size).toBe(3);
  });

  it('prove: the script\'s exit status, an <error> on the suite itself, is a test case of that suite', () => {
    const r = parse('perl-prove/report.xml');
    const suiteErrors = r.results.filter((x) => x.name === SUITE_CASE_NAME);
    expect(suiteErrors.map((x) => [x.suite, x.status, x.message, x.final])).toEqual([
      ['t/fail/01_fail.t', 'errored', 'Dubious, test returned 2 (wstat 512, 0x200)', true],
    ]);
    // It has no output of its own: the suite's log is lent to it, as to the suite's failed tests.
    expect(suiteErrors[0]!.systemErr).toBe('Dubious, test returned 2 (wstat 512, 0x200)');
    expect(qualifiedTestName(suiteErrors[0]!.suite, '', SUITE_CASE_NAME)).toBe('t/fail/01_fail.t.(suite)');
  });

  it('trx2junit (xUnit via TRX): names already qualified keep their id; CRLF in the message is kept', () => {
    const r = parse('trx2junit/xunit-datadriven.xml');
    const f = byName(r, 'XUnitSample.DataDriven.Failing_test')[0]!;
    expect([f.suite, f.className, f.status, f.failureType]).toEqual(['XUnitSample', 'XUnitSample', 'failed', 'not specified']);
    expect(qualifiedTestName(f.suite, f.className, f.name)).toBe('XUnitSample.DataDriven.Failing_test');
    expect(f.message).toBe('Failing for demo purposes\r\nExpected: True\r\nActual:   False');
    expect(f.stack).toMatch(/^at XUnitSample\.DataDriven\.Failing_test\(\) in D:\\Work-Git\\/);
    const rows = r.results.filter((x) => x.name.startsWith('XUnitSample.DataDriven.Two_pass_one_fails'));
    expect(rows.map((x) => [x.name, x.status])).toEqual([
      ['XUnitSample.DataDriven.Two_pass_one_fails(arg: 0)', 'passed'],
      ['XUnitSample.DataDriven.Two_pass_one_fails(arg: 2)', 'passed'],
      ['XUnitSample.DataDriven.Two_pass_one_fails(arg: 1)', 'failed'],
    ]);
    expect(r.results[0]!.startedAt?.toISOString()).toBe('2019-04-18T18:24:24.000Z');
  });
});

describe('Robot Framework, CTest and pytest (reports written on this project\'s machine)', () => {
  it('Robot Framework: the suite\'s full name is the class, so one test name in two suites is two tests', () => {
    const r = parse('robot-framework/xunit.xml');
    expect(r.results.map((x) => [x.suite, x.className, x.name, x.status])).toEqual([
      ['Checkout', 'Acceptance.Checkout', 'Adds An Item To The Cart', 'passed'],
      ['Checkout', 'Acceptance.Checkout', 'Pays With A Saved Card', 'failed'],
      ['Checkout', 'Acceptance.Checkout', 'Shows The Receipt', 'skipped'],
      ['Checkout', 'Acceptance.Checkout', 'Applies A Discount', 'passed'],
      ['Checkout', 'Acceptance.Checkout', 'Refunds An Order', 'skipped'],
      ['Login', 'Acceptance.Login', 'Logs In With A Password', 'failed'],
      ['Login', 'Acceptance.Login', 'Adds An Item To The Cart', 'failed'],
    ]);
    // The directory is the outer suite (it holds no test case); the class is Robot's full name of the
    // test's suite, so the id depends on where robot was pointed (a single file would give "Checkout").
    const same = byName(r, 'Adds An Item To The Cart');
    expect(same.map((x) => qualifiedTestName(x.suite, x.className, x.name))).toEqual([
      'Acceptance.Checkout.Adds An Item To The Cart',
      'Acceptance.Login.Adds An Item To The Cart',
    ]);
    expect(same[0]!.testId).not.toBe(same[1]!.testId);
    // Each suite's own timestamp (local time without a zone, read as UTC).
    expect(same.map((x) => x.startedAt?.toISOString())).toEqual(['2026-11-26T02:57:25.644Z', '2026-11-26T02:57:25.672Z']);
  });

  it('Robot Framework: Skip and --skiponfailure are skips; a failed suite setup fails its tests; no tags are written', () => {
    const r = parse('robot-framework/xunit.xml');
    const skip = byName(r, 'Shows The Receipt')[0]!;
    expect([skip.status, skip.failureType, skip.message]).toEqual(['skipped', 'SkipExecution', 'receipts are not supported yet']);
    // A failing test tagged with a --skiponfailure tag is written as a skip that keeps the failure.
    const known = byName(r, 'Refunds An Order')[0]!;
    expect([known.status, known.message]).toEqual([
      'skipped',
      "Failed test skipped using 'known-issue' tag.\n\nOriginal failure:\nrefund service timed out",
    ]);
    const fail = byName(r, 'Pays With A Saved Card')[0]!;
    // Robot writes the message only: no failure text, no output.
    expect([fail.failureType, fail.message, fail.stack, fail.systemOut]).toEqual([
      'AssertionError',
      'payment form rejected: declined != accepted',
      '',
      '',
    ]);
    expect(r.results.filter((x) => x.suite === 'Login').map((x) => x.message)).toEqual([
      'Parent suite setup failed:\nlogin service is down',
      'Parent suite setup failed:\nlogin service is down',
    ]);
    // [Tags] are not in Robot's xunit output; suite Documentation and Metadata are suite properties.
    expect(r.results.every((x) => Object.keys(x.properties).length === 0)).toBe(true);
  });

  it('CTest: DISABLED and SKIP_RETURN_CODE are skips; a test that could not start is an error, as CTest counts it', () => {
    const r = parse('ctest/ctest.xml');
    expect(r.results.map((x) => [x.name, x.status, x.message, x.systemOut])).toEqual([
      ['adds_item', 'passed', '', 'cart has 1 item'],
      ['pays_with_card', 'failed', '', 'payment form rejected'],
      ['shows_receipt', 'skipped', '', 'Disabled'],
      ['needs_printer', 'skipped', 'SKIP_RETURN_CODE=77', 'no printer attached, skipping'],
      // status="notrun" with <skipped message="Unable to find executable">: the report's skipped="2"
      // counts it, but CTest lists it under "tests FAILED" and fails the run.
      ['prints_label', 'errored', 'Unable to find executable', 'Unable to find executable: /opt/label-printer/bin/print-label'],
      // A TIMEOUT is a plain failure with an empty message.
      ['syncs_inventory', 'failed', '', ''],
    ]);
    expect(byName(r, 'syncs_inventory')[0]!.durationMs).toBeCloseTo(1003.37, 6);
    // classname is the test name; the suite is the build name, "(empty)" when none is set.
    const t = r.results[0]!;
    expect([t.suite, t.className, qualifiedTestName(t.suite, t.className, t.name)]).toEqual(['(empty)', 'adds_item', 'adds_item']);
    expect(t.startedAt?.toISOString()).toBe('2026-11-26T02:57:37.000Z');
  });

  it('pytest: xfail is a skip of type pytest.xfail, strict or not; an xpass passes unless strict', () => {
    const r = parse('pytest/rerunfailures.xml');
    const status = (name: string) => byName(r, name).map((x) => [x.status, x.failureType, x.message]);
    expect(status('test_rounds_total')).toEqual([['skipped', 'pytest.xfail', 'rounding bug #12']]);
    expect(status('test_applies_tax')).toEqual([['skipped', 'pytest.xfail', 'tax tables not loaded']]); // strict
    expect(status('test_applies_discount')).toEqual([['passed', '', '']]); // non-strict XPASS
    expect(status('test_refunds_order').at(-1)).toEqual(['failed', '', '[XPASS(strict)] refunds were broken']);
    const skip = byName(r, 'test_shows_receipt')[0]!;
    expect([skip.status, skip.failureType, skip.stack]).toEqual([
      'skipped',
      'pytest.skip',
      '/tmp/junitgen/pytest/tests/test_shop.py:32: receipts are not supported yet',
    ]);
    expect(r.results[0]!.startedAt?.toISOString()).toBe('2026-11-26T02:58:06.347Z'); // +00:00, microseconds
  });

  it('pytest: a fixture that raises is an error at setup; a module that fails to import is an errored case', () => {
    const r = parse('pytest/rerunfailures.xml');
    const setup = byName(r, 'test_pays_with_card').at(-1)!;
    expect([setup.status, setup.message]).toEqual(['errored', 'failed on setup with "ConnectionError: payment gateway unreachable"']);
    expect(setup.stack).toMatch(/^@pytest\.fixture\n {4}def payment_gateway\(\):\n[^]*tests\/test_shop\.py:39: ConnectionError$/);
    // The collection error is a case named by the module, without class: the suite qualifies it.
    const col = byName(r, 'tests.test_search')[0]!;
    expect([col.className, col.status, col.message]).toEqual(['', 'errored', 'collection failure']);
    expect(col.stack).toMatch(/ModuleNotFoundError: No module named 'search_index'$/);
    expect(qualifiedTestName(col.suite, col.className, col.name)).toBe('pytest.tests.test_search');
    // Without --continue-on-collection-errors pytest stops there: the report holds that case alone.
    const stopped = parse('pytest/collection-error.xml');
    expect(stopped.results.map((x) => [x.testId, x.status, x.message])).toEqual([[col.testId, 'errored', 'collection failure']]);
  });

  it('pytest-rerunfailures: each re-run attempt is an empty test case that tests="N" leaves out: a failed attempt', () => {
    const r = parse('pytest/rerunfailures.xml');
    const attempts = (name: string) => byName(r, name).map((x) => [x.retry, x.status, x.final]);
    expect(attempts('test_syncs_inventory')).toEqual([
      [0, 'failed', false],
      [1, 'passed', true],
    ]);
    expect(attempts('test_prints_label')).toEqual([
      [0, 'failed', false],
      [1, 'failed', false],
      [2, 'failed', true],
    ]);
    // Re-runs of a setup error: errors, like the last one.
    expect(attempts('test_pays_with_card')).toEqual([
      [0, 'errored', false],
      [1, 'errored', false],
      [2, 'errored', true],
    ]);
    // pytest writes nothing of the re-run failures themselves.
    expect(byName(r, 'test_prints_label').map((x) => x.message === '')).toEqual([true, true, false]);
    expect(new Set(byName(r, 'test_prints_label').map((x) => x.testId)).size).toBe(1);
    // The report's own tests="10" errors="2" failures="2" skipped="3" count tests, not elements.
    expect(r.tests).toEqual({ total: 10, passed: 3, failed: 2, errored: 2, skipped: 3 });
  });

  it('pytest: repeats that tests="N" does count (pytest-flakefinder\'s copies) stay as written', () => {
    // The same real report with its count raised to its 17 elements, as pytest writes it when every
    // element is a test of its own: empty elements are then passes, not re-runs.
    const xml = readFileSync(`${DIR}pytest/rerunfailures.xml`, 'utf8');
    expect(xml).toContain(' tests="10" ');
    const counted = parseJunit(xml.replace(' tests="10" ', ' tests="17" '), { repo: REPO, fileName: 'x.xml' });
    expect(counted.results.filter((x) => x.name === 'test_syncs_inventory').map((x) => x.status)).toEqual(['passed', 'passed']);
    // pytest 8.4+ names the root "pytest tests" whatever junit_suite_name says.
    const renamed = parseJunit(xml.replace('<testsuite name="pytest" ', '<testsuite name="unit" '), { repo: REPO, fileName: 'x.xml' });
    expect(renamed.results.filter((x) => x.name === 'test_syncs_inventory').map((x) => x.status)).toEqual(['failed', 'passed']);
  });
});
