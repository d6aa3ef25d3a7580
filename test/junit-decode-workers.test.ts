import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../ingestion/errors.ts';
import { DEFAULT_DECODE_LIMITS } from '../ingestion/otlp/decode.ts';
import { DecodeBudget, DecodersBusyError } from '../src/decode/budget.ts';
import type { EncodedJunitUpload, JunitDecodeParams } from '../src/decode/junit-upload.ts';
import { InThreadTraceDecoder, WorkerTraceDecoder, type TraceDecoder } from '../src/decode/trace-decoder.ts';
import { rowCount } from '../src/store/row-binary.ts';
import { globSync } from 'tinyglobby';
import { REAL_JUNIT } from './support/fixtures.ts';

// JUnit reports parsed in the decode workers (src/decode/) must give exactly what parsing on the
// calling thread gives — the same rows, byte for byte, the same upload identity and counts — and fail
// the way it fails, on the real reports of test/fixtures/junit-real, fed in small chunks as a socket
// delivers them.

const inThread = new InThreadTraceDecoder(DEFAULT_DECODE_LIMITS);
const workers = new WorkerTraceDecoder(2, DEFAULT_DECODE_LIMITS);
afterAll(() => workers.close());

const params = (over: Partial<JunitDecodeParams> = {}): JunitDecodeParams => ({
  upload: { repo: 'acme/shop', branch: 'main', commit: 'abc123', attempt: 1 },
  fileName: 'report.xml',
  receivedAt: new Date('2026-11-30T12:00:00Z'),
  retentionDays: 0,
  ...over,
});

async function decode(decoder: TraceDecoder, xml: Uint8Array, p = params(), chunk = 997): Promise<EncodedJunitUpload> {
  const decoding = decoder.decodeJunit(p);
  for (let at = 0; at < xml.length; at += chunk) decoding.write(xml.subarray(at, at + chunk));
  return decoding.end();
}

function comparable(u: EncodedJunitUpload) {
  const { rows, ...counts } = u.report;
  return { run: u.run, uploadId: u.uploadId, counts, rows: rowCount(rows), bytes: Buffer.concat(rows.map((r) => r.bytes)).toString('hex') };
}

const reports = globSync('**/*.xml', { cwd: REAL_JUNIT }).sort();

describe('JUnit in the decode workers', () => {
  it('finds the real reports', () => {
    expect(reports.length).toBeGreaterThanOrEqual(30);
  });

  it.each(reports)('gives what the calling thread gives: %s', async (name) => {
    const xml = readFileSync(`${REAL_JUNIT}${name}`);
    const expected = await decode(inThread, xml);
    const got = await decode(workers, xml);
    expect(comparable(got)).toEqual(comparable(expected));
    expect(got.run.startedAt).toBeInstanceOf(Date);
    expect(rowCount(got.report.rows)).toBe(got.report.attempts);
  });

  it('cuts a large report into chunks of their own buffers, the same rows in the same order', async () => {
    const cases = Array.from({ length: 30_000 }, (_, i) => `<testcase classname="com.acme.C${i % 7}" name="case ${i} ${'é'.repeat(i % 5)}" time="0.01"/>`);
    const xml = Buffer.from(`<testsuite name="big" timestamp="2026-11-30T10:00:00">${cases.join('')}</testsuite>`);
    const got = await decode(workers, xml, params(), 64 * 1024);
    expect(got.report.rows.length).toBeGreaterThan(1);
    expect(rowCount(got.report.rows)).toBe(30_000);
    for (const chunk of got.report.rows) expect(chunk.bytes.byteLength).toBe(chunk.bytes.buffer.byteLength);
    expect(comparable(got)).toEqual(comparable(await decode(inThread, xml)));
  });

  it('answers a corrupt report with the InputError of the calling thread, at the chunk that shows it', async () => {
    const bad = Buffer.from(`<testsuite name="s"><testcase name="a"></testsuite>${' '.repeat(5000)}`);
    const expected = await decode(inThread, bad).catch((e: unknown) => e);
    expect(expected).toBeInstanceOf(InputError);
    const decoding = workers.decodeJunit(params());
    decoding.write(bad.subarray(0, 100));
    const answer = decoding.end().catch((e: unknown) => e);
    const err = await answer;
    expect(err).toBeInstanceOf(InputError);
    expect({ code: (err as InputError).code, status: (err as InputError).statusCode, message: (err as InputError).message }).toEqual({
      code: (expected as InputError).code,
      status: (expected as InputError).statusCode,
      message: (expected as InputError).message,
    });
  });

  it('stops taking bytes once the worker has found the report bad', async () => {
    const decoding = workers.decodeJunit(params());
    decoding.write(Buffer.from('<testsuite><testcase name="a"></testsuite>'));
    // The answer comes back on its own; write() then throws it instead of sending more.
    await new Promise<void>((resolve) => {
      const poll = () => {
        try {
          decoding.write(Buffer.from(' '));
          setTimeout(poll, 5);
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
          resolve();
        }
      };
      poll();
    });
    await expect(decoding.end()).rejects.toBeInstanceOf(InputError);
  });

  it('refuses a report past the results retention, as the calling thread does', async () => {
    const old = Buffer.from('<testsuite name="s" timestamp="2020-01-01T00:00:00"><testcase name="a" classname="c"/></testsuite>');
    const p = params({ retentionDays: 30 });
    const got = await decode(workers, old, p).catch((e: unknown) => e);
    expect(got).toBeInstanceOf(InputError);
    expect((got as InputError).code).toBe('OUTSIDE_RETENTION');
    expect((got as InputError).statusCode).toBe(422);
  });

  it('drops an aborted upload and keeps the uploads around it apart', async () => {
    const xml = readFileSync(`${REAL_JUNIT}${reports[0]}`);
    const aborted = workers.decodeJunit(params());
    aborted.write(xml.subarray(0, 50));
    const other = decode(workers, xml, params({ upload: { repo: 'acme/other', branch: 'main', commit: 'c', attempt: 2 } }));
    aborted.abort();
    await expect(aborted.end()).rejects.toThrow(/aborted/);
    const answer = await other;
    expect(answer.run).toMatchObject({ repo: 'acme/other', attempt: 2 });
  });

  it('answers 503 (DecodersBusyError) when a worker runs out of its heap, and replaces it', async () => {
    const small = new WorkerTraceDecoder(1, DEFAULT_DECODE_LIMITS, { heapLimitMiB: 48 });
    try {
      // 100k test cases with long names: their records need far more than 48 MiB of heap.
      const decoding = small.decodeJunit(params());
      const answer = decoding.end.bind(decoding);
      decoding.write(Buffer.from('<testsuite name="big">'));
      const line = (i: number) => `<testcase classname="com.acme.${'Deep'.repeat(40)}${i}" name="case${i}${'x'.repeat(200)}"/>`;
      let failed: unknown = null;
      for (let i = 0; i < 400_000 && !failed; i += 1000) {
        try {
          decoding.write(Buffer.from(Array.from({ length: 1000 }, (_, k) => line(i + k)).join('')));
        } catch (e) {
          failed = e;
        }
        if (i % 20_000 === 0) await new Promise((r) => setTimeout(r, 1));
      }
      if (!failed) {
        decoding.write(Buffer.from('</testsuite>'));
        failed = await answer().catch((e: unknown) => e);
      }
      expect(failed).toBeInstanceOf(DecodersBusyError);
      expect((failed as DecodersBusyError).statusCode).toBe(503);
      // A new worker took its place.
      const xml = readFileSync(`${REAL_JUNIT}${reports[0]}`);
      expect(rowCount((await decode(small, xml)).report.rows)).toBeGreaterThan(0);
    } finally {
      await small.close();
    }
  }, 60_000);

  it('replaces a worker after a report of 16 MiB or more, once it has answered what it still had', async () => {
    const decoder = new WorkerTraceDecoder(1, DEFAULT_DECODE_LIMITS);
    try {
      const workerOf = () => (decoder as unknown as { slots: { worker: import('node:worker_threads').Worker }[] }).slots[0]!.worker;
      const first = workerOf();
      const exited = new Promise<number>((resolve) => first.once('exit', resolve));
      const cases = Array.from({ length: 180_000 }, (_, i) => `<testcase classname="com.acme.billing.InvoiceTotalsTest" name="rounds case ${i}" time="0.01"/>\n`);
      const big = Buffer.from(`<testsuite name="big" timestamp="2026-11-30T10:00:00">\n${cases.join('')}</testsuite>`);
      expect(big.length).toBeGreaterThan(16 * 2 ** 20);
      const small = readFileSync(`${REAL_JUNIT}${reports[0]}`);
      // Both on the one worker: the small upload is still open when the large one is answered.
      const open = decoder.decodeJunit(params({ fileName: 'small.xml' }));
      open.write(small);
      const large = await decode(decoder, big, params(), 64 * 1024);
      expect(large.report.attempts).toBe(180_000);
      const replacement = workerOf();
      expect(replacement).not.toBe(first);
      const answered = await open.end();
      expect(comparable(answered)).toEqual(comparable(await decode(inThread, small, params({ fileName: 'small.xml' }))));
      expect(await exited).toBe(1); // terminated once its last upload was answered
      const after = await decode(decoder, small);
      expect(after.report.attempts).toBeGreaterThan(0);
      expect(workerOf()).toBe(replacement);
    } finally {
      await decoder.close();
    }
  }, 60_000);
});

describe('DecodeBudget', () => {
  it('holds request bytes up to the cap, refuses beyond it with retry-after, and frees them on release', () => {
    const budget = new DecodeBudget(1000);
    const a = budget.open();
    a.add(600);
    const b = budget.open();
    b.add(400);
    expect(budget.bytesInUse).toBe(1000);
    const c = budget.open();
    const err = (() => {
      try {
        c.add(1);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(DecodersBusyError);
    expect((err as DecodersBusyError).retryAfterSeconds).toBeGreaterThan(0);
    expect(budget.bytesInUse).toBe(1000); // a refused add holds nothing
    a.release();
    a.release(); // once only
    expect(budget.bytesInUse).toBe(400);
    c.add(600);
    expect(budget.bytesInUse).toBe(1000);
    b.release();
    c.release();
    expect(budget.bytesInUse).toBe(0);
  });

  it('lets a request alone exceed the cap (the body limit bounds it), but not beside others', () => {
    const budget = new DecodeBudget(100);
    const alone = budget.open();
    alone.add(80);
    alone.add(500);
    expect(budget.bytesInUse).toBe(580);
    expect(() => budget.open().add(1)).toThrow(DecodersBusyError);
    alone.release();
    const first = budget.open();
    first.add(60);
    expect(() => budget.open().add(60)).toThrow(/SIGNALHOUSE_MAX_DECODING_BYTES/);
    first.release();
  });

  it.runIf(process.platform === 'linux')('runs its decoding at the given nice value, and only its own thread', async () => {
    const niceOf = (stat: string) => Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]); // field 19
    const threadNices = () =>
      globSync('*', { cwd: '/proc/self/task', onlyDirectories: true }).map((t) => niceOf(readFileSync(`/proc/self/task/${t.replace(/\/$/, '')}/stat`, 'utf8')));
    const before = threadNices();
    const nice = new WorkerTraceDecoder(1, DEFAULT_DECODE_LIMITS, { nice: 13 });
    try {
      const xml = readFileSync(`${REAL_JUNIT}${reports[0]}`);
      await decode(nice, xml, params()); // the worker has started and decoded by now
      const after = threadNices();
      expect(before).not.toContain(13);
      expect(after.filter((n) => n === 13)).toHaveLength(1);
      // This (the main) thread keeps its priority.
      expect(niceOf(readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8'))).toBe(niceOf(readFileSync('/proc/self/stat', 'utf8')));
      expect(niceOf(readFileSync('/proc/self/stat', 'utf8'))).not.toBe(13);
    } finally {
      await nice.close();
    }
  });
});
