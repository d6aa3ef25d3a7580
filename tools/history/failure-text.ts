// Failure messages, stack traces and captured output, in each runner's own format.
//
// What matters for the models downstream (failure fingerprinting, classification):
// - flaky failures and outages carry volatile details that change on every occurrence — ports,
//   durations, ids, hash codes, object addresses, timestamps, temp paths, runner work dirs — so a
//   fingerprint only groups them after normalisation;
// - a regression's message is stable: the same test fails the same way on every run until the fix,
//   all tests it breaks share one root cause (method, line, error kind), and the stack names the
//   broken file when that file is in the test's language;
// - an outage names the same unreachable host on every test it hits.
// Real suites are not always that tidy, so `--wording` (see regressionSeeds) can make a regression's
// text vary from run to run: only in its numbers and ids, or in its wording too (another exception,
// another field: a test asserting on generated data, a race in the code under test).

import type { RepoFile, TestCase } from './codebase.ts';
import type { FlakyMode } from './flakiness.ts';
import type { Outage } from './outages.ts';
import { Rng } from './prng.ts';
import { goFlaky, goLogLine, goOutage, goRegression } from './go-text.ts';
import { camel, pascal, snake } from './runners.ts';

export const WORDINGS = ['stable', 'numbers', 'words'] as const;
export type Wording = (typeof WORDINGS)[number];

/**
 * The two seeds of regressionFailureText for one execution: `cause` (error kind, method, line) and
 * `perTest` (the values compared). `stable` derives both from the regression and test only; `numbers`
 * salts `perTest` with the run, so the compared values change; `words` salts both, so the exception
 * and its message change too. The salt comes from the execution's own stream, drawn only when used.
 */
export function regressionSeeds(seed: number, regression: number, test: number, wording: Wording, run: Rng): { cause: Rng; perTest: Rng } {
  const salt = wording === 'stable' ? [] : [run.int(0, 2 ** 30)];
  return {
    cause: Rng.derive(seed, 'regression-cause', regression, ...(wording === 'words' ? salt : [])),
    perTest: Rng.derive(seed, 'regression-test', regression, test, ...salt),
  };
}

export interface FailureText {
  /** JUnit element: `failure` for assertion failures, `error` for anything else (Surefire, pytest). */
  element: 'failure' | 'error';
  /** Exception type; '' when the runner writes none (pytest, jest-junit). */
  type: string;
  /** The message attribute; '' when the runner writes none (jest-junit). */
  message: string;
  /** Element text (or Surefire rerun <stackTrace>): the stack trace or traceback. */
  body: string;
  systemOut: string;
  /** How long the failing execution took, when the failure decides it (timeouts, crashes). */
  durationMs: number | null;
}

/** Where and when one execution ran; `rng` is the source of everything volatile. */
export interface ExecutionContext {
  rng: Rng;
  at: number;
  host: string;
  workdir: string;
}

const JUNIT_FRAMES = [
  'java.base/java.lang.reflect.Method.invoke(Method.java:580)',
  'org.junit.platform.commons.util.ReflectionUtils.invokeMethod(ReflectionUtils.java:728)',
  'org.junit.jupiter.engine.execution.MethodInvocation.proceed(MethodInvocation.java:60)',
  'org.junit.jupiter.engine.execution.InvocationInterceptorChain$ValidatingInvocation.proceed(InvocationInterceptorChain.java:131)',
  'org.junit.jupiter.engine.extension.TimeoutExtension.intercept(TimeoutExtension.java:156)',
  'org.junit.jupiter.engine.descriptor.TestMethodTestDescriptor.invokeTestMethod(TestMethodTestDescriptor.java:218)',
  'org.junit.platform.launcher.core.EngineExecutionOrchestrator.execute(EngineExecutionOrchestrator.java:107)',
  'org.apache.maven.surefire.junitplatform.JUnitPlatformProvider.invokeAllTests(JUnitPlatformProvider.java:142)',
  'org.apache.maven.surefire.booter.ForkedBooter.runSuitesInProcess(ForkedBooter.java:385)',
  'org.apache.maven.surefire.booter.ForkedBooter.main(ForkedBooter.java:507)',
];
const ASSERT_FRAMES = [
  'org.junit.jupiter.api.AssertionFailureBuilder.build(AssertionFailureBuilder.java:151)',
  'org.junit.jupiter.api.AssertionFailureBuilder.buildAndThrow(AssertionFailureBuilder.java:132)',
];
const ASSERT_EQUALS_FRAME = 'org.junit.jupiter.api.AssertEquals.failNotEqual(AssertEquals.java:197)';
const JEST_FRAMES = [
  'Promise.then.completed (web/node_modules/jest-circus/build/utils.js:298:28)',
  'new Promise (<anonymous>)',
  'callAsyncCircusFn (web/node_modules/jest-circus/build/utils.js:231:10)',
  '_callCircusTest (web/node_modules/jest-circus/build/run.js:316:40)',
];
const PYTHON_LIB = '/opt/hostedtoolcache/Python/3.11.9/x64/lib/python3.11';
const TIMEOUT_MS = { surefire: 10_000, pytest: 30_000, jest: 5_000, gotest: 30_000 } as const;
/** Fixture lines in ml/tests/conftest.py: one file, so the same lines in every traceback. */
const CONFTEST_DB_LINE = 41;
const CONFTEST_SERVER_LINE = 67;
const RUNNER_SHUTDOWN =
  'The runner has received a shutdown signal. This can happen when the runner service is stopped, ' +
  'or a manually started runner is canceled.';

/** The volatile and the stable parts of one flaky failure. */
export interface FlakyFacts {
  test: TestCase;
  ctx: ExecutionContext;
  out: string;
  port: number;
  timeoutMs: number;
  /** The test's own time budget and what this execution took. */
  budget: number;
  took: number;
  /** An ordering race: ids in the expected order and as observed. */
  ids: string[];
  swapped: string[];
  swapAt: number;
  /** Stable per test (the column of its assertion, say). */
  fixed: Rng;
}

export function flakyFailureText(mode: FlakyMode, test: TestCase, subject: RepoFile, ctx: ExecutionContext): FailureText {
  const r = ctx.rng;
  // What belongs to the test's code (its time budget, the column of its assertion) is stable;
  // what belongs to the execution (ports, timings, ids) varies.
  const fixed = Rng.derive(0, 'flaky-test', test.testId);
  const budget = fixed.pick([100, 200, 250, 500, 1000]);
  const prefix = subject.stem.slice(0, 3).toLowerCase();
  const ids = Array.from({ length: r.int(3, 5) }, () => `${prefix}-${r.int(10000, 99999)}`);
  const swapped = ids.slice();
  const swapAt = r.int(0, swapped.length - 2);
  [swapped[swapAt], swapped[swapAt + 1]] = [swapped[swapAt + 1]!, swapped[swapAt]!];
  const facts: FlakyFacts = {
    test,
    ctx,
    out: capturedOutput(test, subject, ctx, r.int(2, 4)),
    port: r.int(32768, 60999),
    timeoutMs: TIMEOUT_MS[test.runner] * (test.integration ? 3 : 1),
    budget,
    took: Math.round(budget * (1.05 + r.next() * 2)),
    ids,
    swapped,
    swapAt,
    fixed,
  };
  switch (test.runner) {
    case 'surefire':
      return javaFlaky(mode, facts);
    case 'pytest':
      return pythonFlaky(mode, facts);
    case 'jest':
      return jestFlaky(mode, facts);
    case 'gotest':
      return goFlaky(mode, facts);
  }
}

function javaFlaky(mode: FlakyMode, f: FlakyFacts): FailureText {
  const r = f.ctx.rng;
  const testFrame = javaTestFrame(f.test, 0);
  const base = { systemOut: f.out, durationMs: null };
  switch (mode) {
    case 'timeout':
      return java({
        ...base,
        element: 'error',
        type: 'java.util.concurrent.TimeoutException',
        message: `${f.test.method}() timed out after ${f.timeoutMs / 1000} seconds`,
        frames: [
          'java.base/java.lang.Object.wait0(Native Method)',
          'java.base/java.util.concurrent.CountDownLatch.await(CountDownLatch.java:276)',
          testFrame,
        ],
        durationMs: f.timeoutMs + r.int(5, 120),
      });
    case 'timing-assertion':
      return java({
        ...base,
        element: 'failure',
        type: 'org.opentest4j.AssertionFailedError',
        message: `request took ${f.took} ms, budget ${f.budget} ms ==> expected: <true> but was: <false>`,
        frames: [...ASSERT_FRAMES, 'org.junit.jupiter.api.AssertTrue.failNotTrue(AssertTrue.java:63)', testFrame],
        durationMs: f.took + r.int(10, 200),
      });
    case 'ordering':
      return java({
        ...base,
        element: 'failure',
        type: 'org.opentest4j.AssertionFailedError',
        message: `expected: <[${f.ids.join(', ')}]> but was: <[${f.swapped.join(', ')}]>`,
        frames: [...ASSERT_FRAMES, ASSERT_EQUALS_FRAME, testFrame],
      });
    case 'connection-reset':
      return java({
        ...base,
        element: 'error',
        type: 'java.net.SocketException',
        message: 'Connection reset',
        frames: [
          'java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:328)',
          'okhttp3.internal.http1.Http1ExchangeCodec.readResponseHeaders(Http1ExchangeCodec.kt:208)',
          testFrame,
        ],
        cause: `Caused by: java.io.IOException: unexpected end of stream on http://localhost:${f.port}/...`,
      });
    case 'async-wait': {
      const ref = `java.util.concurrent.atomic.AtomicReference@${r.hex(8).replace(/^0+/, '')}`;
      return java({
        ...base,
        element: 'error',
        type: 'org.awaitility.core.ConditionTimeoutException',
        message: `Condition with lambda expression in ${f.test.className} that uses ${ref} was not fulfilled within 5 seconds.`,
        frames: [
          'org.awaitility.core.ConditionAwaiter.await(ConditionAwaiter.java:167)',
          'org.awaitility.core.ConditionFactory.until(ConditionFactory.java:985)',
          testFrame,
        ],
        durationMs: 5000 + r.int(5, 80),
      });
    }
    case 'port-conflict':
      return java({
        ...base,
        element: 'error',
        type: 'java.net.BindException',
        message: 'Address already in use',
        frames: [
          'java.base/sun.nio.ch.Net.bind0(Native Method)',
          'io.netty.channel.socket.nio.NioServerSocketChannel.doBind(NioServerSocketChannel.java:141)',
          testFrame,
        ],
        cause: `Caused by: io.netty.channel.unix.Errors$NativeIoException: bind(..) failed: Address already in use: /0.0.0.0:${f.port}`,
      });
  }
}

function pythonFlaky(mode: FlakyMode, f: FlakyFacts): FailureText {
  const r = f.ctx.rng;
  const t = f.test;
  switch (mode) {
    case 'timeout': {
      const msg = `Failed: Timeout >${f.timeoutMs / 1000}.0s`;
      const traceback = [
        `${'+'.repeat(35)} Timeout ${'+'.repeat(35)}`,
        `${'~'.repeat(18)} Stack of MainThread (${r.int(139_000_000_000_000, 140_999_999_999_999)}) ${'~'.repeat(18)}`,
        `  File "${PYTHON_LIB}/threading.py", line 327, in wait`,
        '    waiter.acquire()',
        pyFrame(t, 0, 'result = future.result(timeout=None)'),
        `E   ${msg}`,
      ];
      return py('failure', msg, traceback, f.out, f.timeoutMs + r.int(5, 200));
    }
    case 'timing-assertion': {
      const secs = (f.took / 1000).toFixed(4);
      const msg = `AssertionError: assert ${secs} < ${f.budget / 1000}`;
      const traceback = [
        pyFrame(t, 2, `assert elapsed < ${f.budget / 1000}`),
        `E   ${msg}`,
        `E    +  where ${secs} = <function monotonic_elapsed at 0x7f${r.hex(10)}>()`,
      ];
      return py('failure', msg, traceback, f.out, f.took + r.int(10, 200));
    }
    case 'ordering': {
      const msg = `AssertionError: assert ${pyList(f.swapped)} == ${pyList(f.ids)}`;
      const diff = `E     At index ${f.swapAt} diff: '${f.swapped[f.swapAt]}' != '${f.ids[f.swapAt]}'`;
      return py('failure', msg, [pyFrame(t, 3, 'assert [j.id for j in jobs] == expected'), `E   ${msg}`, diff], f.out, null);
    }
    case 'connection-reset': {
      const msg = "requests.exceptions.ConnectionError: ('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))";
      const traceback = [
        pyFrame(t, 1, `resp = session.post("http://127.0.0.1:${f.port}/v1/score", json=payload)`),
        `${PYTHON_LIB}/site-packages/requests/adapters.py:501: in send`,
        '    raise ConnectionError(err, request=request)',
        `E   ${msg}`,
      ];
      return py('failure', msg, traceback, f.out, null);
    }
    case 'async-wait': {
      const msg = `TimeoutError: condition not met within 5.0s (last: <Job id=${r.hex(8)} status='running'>)`;
      const traceback = [pyFrame(t, 2, 'await wait_for(lambda: job.status == "done", timeout=5.0)'), `E   ${msg}`];
      return py('failure', msg, traceback, f.out, 5000 + r.int(5, 80));
    }
    case 'port-conflict': {
      const err = `OSError: [Errno 98] error while attempting to bind on address ('127.0.0.1', ${f.port}): address already in use`;
      const traceback = [
        `ml/tests/conftest.py:${CONFTEST_SERVER_LINE}: in live_server`,
        '    server = await asyncio.start_server(handler, "127.0.0.1", port)',
        `E   ${err}`,
      ];
      return py('error', `failed on setup with "${err}"`, traceback, f.out, null);
    }
  }
}

function jestFlaky(mode: FlakyMode, f: FlakyFacts): FailureText {
  const r = f.ctx.rng;
  const frames = [jestTestFrame(f.test, f.ctx, f.fixed)];
  const fail = (message: string, durationMs: number | null): FailureText => jest(message, frames, f.ctx, f.out, durationMs);
  switch (mode) {
    case 'timeout':
      return fail(
        `thrown: "Exceeded timeout of ${f.timeoutMs} ms for a test.\n` +
          'Add a timeout value to this test to increase the timeout, if this is a long-running test. ' +
          'See https://jestjs.io/docs/api#testname-fn-timeout."',
        f.timeoutMs + r.int(2, 60),
      );
    case 'timing-assertion':
      return fail(`Error: expect(received).toBeLessThan(expected)\n\nExpected: < ${f.budget}\nReceived:   ${f.took}`, f.took + r.int(5, 50));
    case 'ordering': {
      const diff = [`-   "${f.ids[f.swapAt]}",`, `    "${f.ids[f.swapAt + 1]}",`, `+   "${f.ids[f.swapAt]}",`];
      return fail(
        ['Error: expect(received).toEqual(expected) // deep equality', '', '- Expected  - 1', '+ Received  + 1', '', '  Array [', ...diff, '  ]'].join('\n'),
        null,
      );
    }
    case 'connection-reset':
      return fail(`FetchError: request to http://localhost:${f.port}/api/${f.test.module}/${r.int(1000, 99999)} failed, reason: read ECONNRESET`, null);
    case 'async-wait': {
      const dom = ['<body>', `  <div id="root-${r.hex(6)}">`, '    <div class="spinner" />', '  </div>', '</body>'];
      return fail(
        `TestingLibraryElementError: Unable to find an element with the text: Order #${r.int(100000, 999999)} confirmed. ` +
          'This could be because the text is broken up by multiple elements.\n\n' +
          `Ignored nodes: comments, script, style\n${dom.join('\n')}`,
        1000 + r.int(5, 80),
      );
    }
    case 'port-conflict':
      return fail(`Error: listen EADDRINUSE: address already in use :::${f.port}`, null);
  }
}

/**
 * A regression's failure. `cause` is seeded per regression: the broken method, its line and the kind
 * of error, shared by every test it breaks (one root cause, one signature). `perTest` is seeded per
 * regression and test: the values the test compares. Neither depends on the run, so message and
 * stack are the same on every run until the fix; only the captured log lines (from ctx) change.
 */
export function regressionFailureText(
  cause: Rng,
  perTest: Rng,
  test: TestCase,
  subject: RepoFile,
  broken: RepoFile,
  ctx: ExecutionContext,
): FailureText {
  const culprit = broken.runner === test.runner && broken.kind === 'source' ? broken : subject;
  const word = cause.pick(['amount', 'currency', 'total', 'status', 'items', 'address', 'discount', 'quantity', 'region', 'taxRate']);
  const line = cause.int(20, 400);
  const column = cause.int(5, 40);
  const method = camel(`${cause.pick(['compute', 'resolve', 'apply', 'build', 'load', 'validate', 'map'])} ${word}`);
  const kind = cause.int(0, 2);
  const expected = perTest.int(100, 9999);
  const actual = expected + perTest.pick([-100, -1, 1, 10, expected]);
  const out = capturedOutput(test, subject, ctx, ctx.rng.int(1, 3));
  switch (test.runner) {
    case 'surefire': {
      const cls = culprit.runner === 'surefire' ? culprit.symbol : `com.acme.${test.module}.${pascal(subject.stem)}`;
      const culpritFrame = `${cls}.${method}(${simpleName(cls)}.java:${line})`;
      const base = { systemOut: out, durationMs: null };
      if (kind === 0) {
        return java({
          ...base,
          element: 'failure',
          type: 'org.opentest4j.AssertionFailedError',
          message: `expected: <${expected}> but was: <${actual}>`,
          frames: [...ASSERT_FRAMES, ASSERT_EQUALS_FRAME, javaTestFrame(test, 2)],
        });
      }
      if (kind === 1) {
        return java({
          ...base,
          element: 'error',
          type: 'java.lang.NullPointerException',
          message: `Cannot invoke "java.math.BigDecimal.scale()" because the return value of "${cls}.get${pascal(word)}()" is null`,
          frames: [culpritFrame, javaTestFrame(test, 1)],
        });
      }
      return java({
        ...base,
        element: 'error',
        type: 'java.lang.IllegalStateException',
        message: `${word} must be set before ${method}`,
        frames: [culpritFrame, javaTestFrame(test, 1)],
      });
    }
    case 'pytest': {
      const field = snake(word);
      const culpritFrames = culprit.runner === 'pytest' ? [`${culprit.path}:${line}: in ${snake(method)}`, `    return self._${field}.${field}`] : [];
      const call = pyFrame(test, 1, 'result = subject.run(payload)');
      if (kind === 0) {
        const msg = `AssertionError: assert ${actual} == ${expected}`;
        return py('failure', msg, [pyFrame(test, 2, `assert result.${field} == ${expected}`), `E   ${msg}`], out, null);
      }
      const msg = kind === 1 ? `AttributeError: 'NoneType' object has no attribute '${field}'` : `KeyError: '${field}_id'`;
      return py('failure', msg, [call, ...culpritFrames, `E   ${msg}`], out, null);
    }
    case 'jest': {
      const frames = [jestTestFrame(test, ctx, perTest)];
      if (culprit.runner === 'jest') frames.unshift(`${method} (${ctx.workdir}/${culprit.path}:${line}:${column})`);
      const Word = pascal(word);
      const message =
        kind === 0
          ? `Error: expect(received).toBe(expected) // Object.is equality\n\nExpected: ${expected}\nReceived: ${actual}`
          : kind === 1
            ? `TypeError: Cannot read properties of undefined (reading '${word}')`
            : `Error: expect(received).toHaveTextContent()\n\nExpected element to have text content:\n  ${Word}: ${expected}\nReceived:\n  ${Word}: ${actual}`;
      return jest(message, frames, ctx, out, null);
    }
    case 'gotest':
      return goRegression(cause, perTest, test, culprit, out, ctx);
  }
}

export function outageFailureText(outage: Outage, test: TestCase, ctx: ExecutionContext): FailureText {
  switch (test.runner) {
    case 'surefire':
      return javaOutage(outage, test, ctx);
    case 'pytest':
      return pythonOutage(outage, test, ctx);
    case 'jest':
      return jestOutage(outage, test, ctx);
    case 'gotest':
      return goOutage(outage, test, ctx);
  }
}

function javaOutage(outage: Outage, test: TestCase, ctx: ExecutionContext): FailureText {
  const r = ctx.rng;
  const target = outage.target;
  // Infrastructure fails in the fixture, at the same line for every test of a class.
  const setUp = `${test.className}.setUp(${simpleName(test.className)}.java:${Rng.derive(0, 'set-up', test.className).int(18, 40)})`;
  const base = { element: 'error' as const, systemOut: '' };
  switch (outage.kind) {
    case 'network':
      return java({
        ...base,
        type: 'org.postgresql.util.PSQLException',
        message: `Connection to ${target} refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.`,
        frames: [
          'org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:352)',
          'com.zaxxer.hikari.pool.HikariPool.createPoolEntry(HikariPool.java:479)',
          setUp,
        ],
        durationMs: r.int(2, 40),
        cause: 'Caused by: java.net.ConnectException: Connection refused',
      });
    case 'dns':
      return java({
        ...base,
        type: 'java.net.UnknownHostException',
        message: `${hostOf(target)}: Temporary failure in name resolution`,
        frames: [
          'java.base/java.net.Inet6AddressImpl.lookupAllHostAddr(Native Method)',
          'java.base/java.net.InetAddress.getAllByName0(InetAddress.java:1534)',
          setUp,
        ],
        durationMs: r.int(5000, 5200),
      });
    case 'registry':
      return java({
        ...base,
        type: 'org.testcontainers.containers.ContainerFetchException',
        message:
          `Can't get Docker image: RemoteDockerImage(imageName=${target}, imagePullPolicy=DefaultPullPolicy(), ` +
          `imageNameSubstitutor=org.testcontainers.utility.ImageNameSubstitutor$LogWrappedImageNameSubstitutor@${r.hex(8)})`,
        frames: ['org.testcontainers.containers.GenericContainer.getDockerImageName(GenericContainer.java:1364)', setUp],
        durationMs: r.int(800, 3000),
        cause:
          'Caused by: com.github.dockerjava.api.exception.InternalServerErrorException: Status 500: ' +
          '{"message":"toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit"}',
      });
    case 'oom':
      return java({
        ...base,
        type: 'java.lang.OutOfMemoryError',
        message: 'Java heap space',
        frames: ['java.base/java.util.Arrays.copyOf(Arrays.java:3541)', javaTestFrame(test, 0)],
        durationMs: r.int(100, 4000),
      });
    case 'runner-lost': {
      const dir = `${ctx.workdir}/${test.path.split('/src/')[0] ?? ''}`;
      const stamp = compactTime(ctx.at);
      const command =
        `Command was /bin/sh -c cd '${dir}' && '/usr/lib/jvm/temurin-21-jdk-amd64/bin/java' '-Xmx1g' '-jar' ` +
        `'${dir}/target/surefire/surefirebooter-${stamp}_${r.int(3, 400)}.jar' '${dir}/target/surefire' ` +
        `'${stamp}-jvmRun${r.int(1, 4)}' 'surefire-${r.int(10 ** 15, 10 ** 16 - 1)}tmp'`;
      return java({
        ...base,
        type: 'org.apache.maven.surefire.booter.SurefireBooterForkException',
        message: 'The forked VM terminated without properly saying goodbye. VM crash or System.exit called?',
        frames: [],
        durationMs: 0,
        cause: [command, 'Error occurred in starting fork, check output in log', 'Process Exit Code: 137', 'Crashed tests:', test.className].join('\n'),
      });
    }
  }
}

function pythonOutage(outage: Outage, test: TestCase, ctx: ExecutionContext): FailureText {
  const r = ctx.rng;
  const target = outage.target;
  const setupError = (source: string, err: string): FailureText =>
    py('error', `failed on setup with "${err}"`, [`ml/tests/conftest.py:${CONFTEST_DB_LINE}: in db`, `    ${source}`, `E   ${err}`], '', r.int(2, 60));
  switch (outage.kind) {
    case 'network':
      return setupError(
        'conn = psycopg2.connect(settings.database_url)',
        `psycopg2.OperationalError: connection to server at "${hostOf(target)}", port ${target.split(':')[1] ?? '5432'} failed: Connection refused\n` +
          '\tIs the server running on that host and accepting TCP/IP connections?',
      );
    case 'dns':
      return setupError(
        'conn = psycopg2.connect(settings.database_url)',
        `psycopg2.OperationalError: could not translate host name "${hostOf(target)}" to address: Temporary failure in name resolution`,
      );
    case 'registry': {
      const [image, tag = 'latest'] = target.split(':');
      return setupError(
        'container = PostgresContainer(image).start()',
        `docker.errors.APIError: 500 Server Error for http+docker://localhost/v1.43/images/create?tag=${tag}&fromImage=${image}: ` +
          'Internal Server Error ("toomanyrequests: You have reached your pull rate limit.")',
      );
    }
    case 'oom': {
      const worker = `gw${r.int(0, 3)}`;
      const msg = `worker '${worker}' crashed while running '${test.path}::${test.name}'`;
      return py('failure', msg, [`[${worker}] node down: Not properly terminated`, `replacing crashed worker ${worker}`], '', 0);
    }
    case 'runner-lost':
      return py('error', RUNNER_SHUTDOWN, [`Runner ${ctx.host} lost communication with the server at ${isoTime(ctx.at)}. ${RUNNER_SHUTDOWN}`], '', 0);
  }
}

function jestOutage(outage: Outage, _test: TestCase, ctx: ExecutionContext): FailureText {
  const r = ctx.rng;
  const target = outage.target;
  switch (outage.kind) {
    case 'network':
      return jest(`Error: connect ECONNREFUSED ${target}`, ['TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)'], ctx, '', r.int(1, 30));
    case 'dns':
      return jest(`Error: getaddrinfo EAI_AGAIN ${hostOf(target)}`, ['GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:26)'], ctx, '', r.int(5000, 5100));
    case 'registry':
      return jest(`Error: (HTTP code 500) server error - toomanyrequests: You have reached your pull rate limit. (image ${target})`, [], ctx, '', r.int(500, 2000));
    case 'oom':
      return jest(
        `Test suite failed to run\n\n    A jest worker process (pid=${r.int(2000, 65000)}) was terminated by another process: ` +
          'signal=SIGKILL, exitCode=null. Operating system logs may contain more information on why this occurred.',
        [],
        ctx,
        '',
        0,
      );
    case 'runner-lost':
      return jest(RUNNER_SHUTDOWN, [], ctx, '', 0);
  }
}

interface JavaFailure {
  element: 'failure' | 'error';
  type: string;
  message: string;
  /** Frames above the JUnit/Surefire machinery, innermost first; none for a crashed fork. */
  frames: string[];
  systemOut: string;
  durationMs: number | null;
  /** A `Caused by:` section or other trailing text. */
  cause?: string;
}

function java(f: JavaFailure): FailureText {
  const frames = f.frames.length > 0 ? [...f.frames, ...JUNIT_FRAMES] : [];
  const body = `${f.type}: ${f.message}\n${frames.map((x) => `\tat ${x}\n`).join('')}${f.cause ? `${f.cause}\n` : ''}`;
  return { element: f.element, type: f.type, message: f.message, body, systemOut: f.systemOut, durationMs: f.durationMs };
}

function py(element: 'failure' | 'error', message: string, traceback: string[], systemOut: string, durationMs: number | null): FailureText {
  return { element, type: '', message, body: traceback.join('\n'), systemOut, durationMs };
}

/** jest-junit writes no message or type attribute: everything is in the element text. */
function jest(message: string, frames: string[], ctx: ExecutionContext, systemOut: string, durationMs: number | null): FailureText {
  const lines = [...frames, ...JEST_FRAMES.map((f) => f.replace('web/node_modules/', `${ctx.workdir}/web/node_modules/`))];
  const body = `${message}\n${lines.map((f) => `    at ${f}`).join('\n')}`;
  return { element: 'failure', type: '', message: '', body, systemOut, durationMs };
}

function javaTestFrame(test: TestCase, offset: number): string {
  return `${test.className}.${test.method}(${simpleName(test.className)}.java:${test.line + 2 + offset})`;
}

/** pytest --tb=short: "path:line: in function" then the source line. */
function pyFrame(test: TestCase, offset: number, source: string): string {
  return `${test.path}:${test.line + 2 + offset}: in ${test.method}\n    ${source}`;
}

function jestTestFrame(test: TestCase, ctx: ExecutionContext, stable: Rng): string {
  return `Object.<anonymous> (${ctx.workdir}/${test.path}:${test.line + 3}:${stable.int(5, 40)})`;
}

function pyList(items: readonly string[]): string {
  return `[${items.map((s) => `'${s}'`).join(', ')}]`;
}

function simpleName(className: string): string {
  return className.slice(className.lastIndexOf('.') + 1);
}

function hostOf(target: string): string {
  return target.split(':')[0] ?? target;
}

/**
 * Log lines a failing test left behind, formatted like each runner's captured output (Spring Boot
 * log lines, pytest's captured logging, Jest console blocks), full of ids and timestamps.
 */
export function capturedOutput(test: TestCase, subject: RepoFile, ctx: ExecutionContext, lines: number): string {
  const r = ctx.rng;
  const out: string[] = [];
  const pid = r.int(1000, 65000);
  for (let k = 0; k < lines; k++) {
    const at = ctx.at + k * r.int(1, 400);
    const id = `${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`;
    const msg = r.pick([
      `request id=${id} POST /api/${test.module}/${r.int(1000, 999999)} -> ${r.pick([200, 201, 409, 500, 503])} in ${r.int(1, 2500)}ms`,
      `created ${subject.stem} ${r.hex(12)} for tenant t_${r.int(100, 999)}`,
      `retrying after ${r.int(50, 2000)}ms (attempt ${r.int(1, 3)}/3)`,
      `cache miss key=${test.module}:${r.int(1, 10 ** 6)} ttl=${r.int(10, 3600)}s`,
      `worker ${ctx.host} heap=${r.int(200, 1900)}MB threads=${r.int(10, 90)}`,
    ]);
    if (test.runner === 'surefire') {
      const level = r.pick(['INFO', 'INFO', 'WARN', 'DEBUG']);
      out.push(`${isoTime(at)}  ${level} ${pid} --- [pool-${r.int(1, 9)}-thread-${r.int(1, 16)}] c.a.${test.module}.${subject.stem} : ${msg}`);
    } else if (test.runner === 'pytest') {
      out.push(`${r.pick(['INFO    ', 'INFO    ', 'WARNING ', 'DEBUG   '])} ${subject.symbol}:${subject.stem}.py:${r.int(10, 300)} ${msg}`);
    } else if (test.runner === 'gotest') {
      out.push(goLogLine(test, subject, r, msg));
    } else {
      const source = test.path.replace(/(\.int)?\.test\.tsx?$/, '.ts');
      out.push(`  console.log\n    [${subject.stem}] ${msg}\n\n      at log (${source}:${r.int(10, 200)}:${r.int(3, 30)})\n`);
    }
  }
  return out.join('\n') + '\n';
}

export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

function compactTime(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}
