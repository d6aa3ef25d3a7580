// Failure text of Go tests as `go test -v` prints it and go-junit-report copies it into <failure>:
// t.Errorf/t.Fatalf lines prefixed with the test file's base name and line, panics with their
// goroutine dump, `panic: test timed out`, and a killed test binary. Same rules as failure-text.ts:
// a regression's text is stable run to run (seeded by `cause` and `perTest`), flaky failures and
// outages carry volatile ports, durations and ids.

import type { RepoFile, TestCase } from './codebase.ts';
import type { ExecutionContext, FailureText, FlakyFacts } from './failure-text.ts';
import type { FlakyMode } from './flakiness.ts';
import type { Outage } from './outages.ts';
import type { Rng } from './prng.ts';
import { pascal } from './runners.ts';

const GOROOT = '/opt/hostedtoolcache/go/1.22.5/x64';

/** What one flaky Go failure is made of (a subset of failure-text.ts's facts). */
export type GoFlakyFacts = Pick<FlakyFacts, 'test' | 'ctx' | 'out' | 'port' | 'timeoutMs' | 'budget' | 'took' | 'ids' | 'swapped'>;

function base(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** `    charge_test.go:42: message`, as the testing package prints t.Errorf. */
function logLine(test: TestCase, offset: number, message: string): string {
  return `    ${base(test.path)}:${test.line + 2 + offset}: ${message}`;
}

function fail(body: string, systemOut: string, durationMs: number | null, element: 'failure' | 'error' = 'failure'): FailureText {
  // go-junit-report writes message="Failed" on every failed test (message="Runtime error" for a dead binary).
  return { element, type: '', message: element === 'failure' ? 'Failed' : 'Runtime error', body, systemOut, durationMs };
}

function goroutine(r: Rng, frames: string[]): string {
  return `goroutine ${r.int(6, 90)} [running]:\n${frames.join('\n')}`;
}

function testFrame(test: TestCase, ctx: ExecutionContext, r: Rng): string {
  const pkg = test.className;
  return `${pkg}.${test.method}(0xc000${r.hex(6)})\n\t${ctx.workdir}/${test.path}:${test.line + 3} +0x${r.hex(2)}`;
}

export function goFlaky(mode: FlakyMode, f: GoFlakyFacts): FailureText {
  const { test, ctx } = f;
  const r = ctx.rng;
  switch (mode) {
    case 'timeout': {
      const secs = Math.round(f.timeoutMs / 1000);
      const body =
        `panic: test timed out after ${secs}s\n\trunning tests:\n\t\t${test.name} (${secs}s)\n\n` +
        goroutine(r, [`testing.(*M).startAlarm.func1()`, `\t${GOROOT}/src/testing/testing.go:2366 +0x${r.hex(3)}`]);
      return fail(body, f.out, f.timeoutMs + r.int(1, 80));
    }
    case 'timing-assertion':
      return fail(logLine(test, 4, `took ${f.took}ms, want under ${f.budget}ms`), f.out, f.took + r.int(5, 50));
    case 'ordering':
      return fail(logLine(test, 6, `got [${f.swapped.join(' ')}], want [${f.ids.join(' ')}]`), f.out, null);
    case 'connection-reset':
      return fail(
        logLine(test, 3, `Post "http://127.0.0.1:${f.port}/v1/${test.module}": read tcp 127.0.0.1:${r.int(32768, 60999)}->127.0.0.1:${f.port}: read: connection reset by peer`),
        f.out,
        null,
      );
    case 'async-wait':
      return fail(logLine(test, 5, `condition never satisfied after ${f.budget * 10}ms (${r.int(3, 40)} polls)`), f.out, f.budget * 10 + r.int(1, 30));
    case 'port-conflict':
      return fail(logLine(test, 1, `listen tcp 127.0.0.1:${f.port}: bind: address already in use`), f.out, r.int(1, 20));
  }
}

/**
 * A regression: an assertion on the value the broken code computes, a nil dereference in it, or an
 * error it returns. `culprit` is the broken file when it is a Go source, else the test's subject.
 */
export function goRegression(cause: Rng, perTest: Rng, test: TestCase, culprit: RepoFile, out: string, ctx: ExecutionContext): FailureText {
  const word = cause.pick(['Amount', 'Currency', 'Total', 'Status', 'Items', 'Address', 'Discount', 'Quantity', 'Region', 'TaxRate']);
  const method = pascal(`${cause.pick(['compute', 'resolve', 'apply', 'build', 'load', 'validate', 'map'])} ${word}`);
  const line = cause.int(20, 400);
  const kind = cause.int(0, 2);
  const expected = perTest.int(100, 9999);
  const actual = expected + perTest.pick([-100, -1, 1, 10, expected]);
  if (kind === 0) return fail(logLine(test, 2, `${method}() ${word} = ${actual}, want ${expected}`), out, null);
  if (kind === 2) return fail(logLine(test, 1, `${method}: ${word.toLowerCase()} must be set`), out, null);
  const typ = pascal(culprit.stem);
  const body =
    'panic: runtime error: invalid memory address or nil pointer dereference [recovered]\n' +
    '\tpanic: runtime error: invalid memory address or nil pointer dereference\n' +
    `[signal SIGSEGV: segmentation violation code=0x1 addr=0x${cause.hex(2)} pc=0x${cause.hex(6)}]\n\n` +
    goroutine(cause, [
      `testing.tRunner.func1.2({0x${cause.hex(6)}, 0x${cause.hex(6)}})`,
      `\t${GOROOT}/src/testing/testing.go:1631 +0x24a`,
      `${culprit.symbol}.(*${typ}).${method}(...)`,
      `\t${ctx.workdir}/${culprit.path}:${line}`,
      testFrame(test, ctx, cause),
    ]);
  return fail(body, out, null);
}

export function goOutage(outage: Outage, test: TestCase, ctx: ExecutionContext): FailureText {
  const r = ctx.rng;
  const target = outage.target;
  switch (outage.kind) {
    case 'network':
      return fail(logLine(test, 0, `setup: dial tcp ${target}: connect: connection refused`), '', r.int(1, 30));
    case 'dns':
      return fail(logLine(test, 0, `setup: dial tcp: lookup ${target.split(':')[0]} on 127.0.0.53:53: server misbehaving`), '', r.int(5000, 5100));
    case 'registry':
      return fail(
        logLine(test, 0, `testcontainers: Error response from daemon: toomanyrequests: You have reached your pull rate limit. (image ${target})`),
        '',
        r.int(500, 2000),
      );
    case 'oom':
      return fail(`signal: killed\nFAIL\t${test.className}\t${(r.int(20_000, 300_000) / 1000).toFixed(3)}s`, '', r.int(1, 50), 'error');
    case 'runner-lost':
      return fail(
        `signal: terminated\nThe runner has received a shutdown signal. FAIL\t${test.className}\t${(r.int(1000, 60_000) / 1000).toFixed(3)}s`,
        '',
        r.int(1, 50),
        'error',
      );
  }
}

/** t.Log lines a failing test left behind (go test -v prints them before the failure). */
export function goLogLine(test: TestCase, subject: RepoFile, r: Rng, message: string): string {
  return `    ${base(test.path)}:${r.int(10, 300)}: [${subject.stem}] ${message}`;
}
