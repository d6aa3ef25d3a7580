import { describe, expect, it } from 'vitest';
import { BatchWriter } from '../src/store/batch-writer.ts';
import type { InsertRows, Table } from '../src/store/insert.ts';

// The writer's batching policy (batch-writer.ts), over an insert that records what it is given and
// finishes when the test says so. Integration tests cover the real engine; this pins the policy.

function recordingInsert() {
  const inserts: { table: Table; rows: number }[] = [];
  const gates: (() => void)[] = [];
  let holding = false;
  const insert: InsertRows = async (table, rows) => {
    inserts.push({ table, rows: rows.length });
    if (holding) await new Promise<void>((resolve) => gates.push(resolve));
  };
  return {
    insert,
    inserts,
    hold: () => (holding = true),
    release: () => {
      holding = false;
      for (const g of gates.splice(0)) g();
    },
  };
}

const unit = (id: string, n = 1) => ({ id, rows: { test_results: Array.from({ length: n }, (_, i) => ({ i })) } });

describe('BatchWriter flush interval', () => {
  it('flushes an idle writer at once, however long the interval', async () => {
    const rec = recordingInsert();
    const writer = new BatchWriter(rec.insert, { flushIntervalMs: 3_600_000 });
    // One upload after another, each awaited: every one finds the writer idle and is written alone.
    for (let i = 0; i < 3; i++) await writer.write(unit(`u${i}`));
    expect(rec.inserts.map((i) => i.rows)).toEqual([1, 1, 1]);
    await writer.close();
  });

  it('under load, holds what arrived during a flush until minRows are waiting', async () => {
    const rec = recordingInsert();
    const writer = new BatchWriter(rec.insert, { flushIntervalMs: 3_600_000, minRows: 10, maxRows: 20, arrivalGapMs: Infinity });
    rec.hold();
    const first = writer.write(unit('a', 2)); // flushed at once, held in the insert
    const more = [writer.write(unit('b', 3)), writer.write(unit('c', 3))];
    rec.release();
    await first;
    // 6 rows are waiting, fewer than minRows: no insert yet (the interval is an hour).
    await new Promise((r) => setTimeout(r, 50));
    expect(rec.inserts.map((i) => i.rows)).toEqual([2]);
    more.push(writer.write(unit('d', 4))); // 10 rows waiting = minRows: written now, as one insert
    await Promise.all(more);
    expect(rec.inserts.map((i) => i.rows)).toEqual([2, 10]);
    expect(writer.pendingRows).toBe(0);
    await writer.close();
  });

  it('does not wait for the interval when closing', async () => {
    const rec = recordingInsert();
    const writer = new BatchWriter(rec.insert, { flushIntervalMs: 3_600_000, arrivalGapMs: Infinity });
    rec.hold();
    const first = writer.write(unit('a'));
    const second = writer.write(unit('b', 2));
    rec.release();
    await first;
    await writer.close();
    await second;
    expect(rec.inserts.map((i) => i.rows)).toEqual([1, 2]);
  });

  it('waits the interval after a flush under load, then writes what arrived meanwhile', async () => {
    const rec = recordingInsert();
    const writer = new BatchWriter(rec.insert, { flushIntervalMs: 100, arrivalGapMs: Infinity });
    rec.hold();
    const started = performance.now();
    const first = writer.write(unit('a'));
    const rest = [writer.write(unit('b')), writer.write(unit('c'))];
    rec.release();
    await first;
    await Promise.all(rest);
    expect(rec.inserts.map((i) => i.rows)).toEqual([1, 2]);
    // Timers never fire early by more than rounding; the upper bound is not asserted (a busy machine).
    expect(performance.now() - started).toBeGreaterThanOrEqual(95);
    await writer.close();
  });

  it('under load, writes once arrivals pause, without waiting out the interval', async () => {
    // A few senders that each wait for their answer: once they have all sent again, nothing more comes.
    const rec = recordingInsert();
    const writer = new BatchWriter(rec.insert, { flushIntervalMs: 3_600_000, arrivalGapMs: 30 });
    rec.hold();
    const first = writer.write(unit('a'));
    const rest = [writer.write(unit('b')), writer.write(unit('c'))];
    rec.release();
    await first;
    await Promise.all(rest); // would hang for an hour without the gap
    expect(rec.inserts.map((i) => i.rows)).toEqual([1, 2]);
    await writer.close();
  });

  it('keeps waiting while units keep arriving closer together than the gap', async () => {
    const rec = recordingInsert();
    const writer = new BatchWriter(rec.insert, { flushIntervalMs: 3_600_000, arrivalGapMs: 400 });
    rec.hold();
    const first = writer.write(unit('a'));
    const rest = [writer.write(unit('b'))];
    rec.release();
    await first;
    // Arrivals ~20 ms apart, well inside the 400 ms gap (even on a busy machine): they all join one insert.
    for (let i = 0; i < 4; i++) {
      await new Promise((r) => setTimeout(r, 20));
      rest.push(writer.write(unit(`m${i}`)));
    }
    await Promise.all(rest);
    expect(rec.inserts.map((i) => i.rows)).toEqual([1, 5]);
    await writer.close();
  });
});

describe('BatchWriter upload ledger', () => {
  const key = { repo: 'acme/shop', uploadId: 'span:t:s' };
  const withImpact = (id: string) => ({
    id,
    rows: { test_results: [{ r: 1 }], test_impact: [{ f: 'a' }, { f: 'b' }, { f: 'c' }] },
    dedupKey: key,
  });

  it('takes a unit for stored when all its ledger rows are, whatever it writes to other tables', async () => {
    const rec = recordingInsert();
    const writer = new BatchWriter(rec.insert, { findStored: async () => new Map([['acme/shop\nspan:t:s', 1]]) });
    expect(await writer.write(withImpact('u1'))).toEqual({ duplicate: true });
    expect(rec.inserts).toEqual([]);
  });

  it('writes a unit again, whole, when only part of its ledger rows are stored', async () => {
    const rec = recordingInsert();
    const writer = new BatchWriter(rec.insert, { findStored: async () => new Map([['acme/shop\nspan:t:s', 0]]) });
    expect(await writer.write(withImpact('u1'))).toEqual({ duplicate: false });
    expect(rec.inserts.map((i) => [i.table, i.rows])).toEqual([['test_results', 1], ['test_impact', 3]]);
  });
});
