import { describe, expect, it } from 'vitest';
import { OffsetTracker } from '../src/kafka/offsets.ts';

// The commit point of a partition: the first offset not yet durable, whatever order writes finish in.

function point(t: OffsetTracker): string | undefined {
  return t.uncommitted()[0]?.offset;
}

describe('OffsetTracker', () => {
  it('commits only past a prefix of durable messages', () => {
    const t = new OffsetTracker();
    const tickets = [10, 11, 12, 13].map((o) => t.begin('a', 0, String(o)));
    expect(point(t)).toBeUndefined();
    t.done(tickets[2]!);
    t.done(tickets[3]!);
    expect(point(t)).toBe('10'); // 10 and 11 are not durable yet
    t.done(tickets[0]!);
    expect(point(t)).toBe('11');
    t.done(tickets[1]!);
    expect(point(t)).toBe('14');
    t.markCommitted(t.uncommitted());
    expect(t.uncommitted()).toEqual([]);
  });

  it('keeps partitions apart and skips gaps Kafka leaves (compaction, transaction markers)', () => {
    const t = new OffsetTracker();
    const a = t.begin('a', 0, '5');
    const b = t.begin('a', 1, '0');
    const c = t.begin('a', 1, '3');
    t.done(c);
    t.done(a);
    expect(t.uncommitted()).toEqual([
      { topic: 'a', partition: 0, offset: '6' },
      { topic: 'a', partition: 1, offset: '0' },
    ]);
    t.done(b);
    expect(t.uncommitted()).toContainEqual({ topic: 'a', partition: 1, offset: '4' });
  });

  it('after a rewind waits for both deliveries, and never moves back', () => {
    const t = new OffsetTracker();
    const first = [0, 1, 2, 3].map((o) => t.begin('a', 0, String(o)));
    t.done(first[0]!);
    t.done(first[1]!);
    expect(point(t)).toBe('2');
    t.markCommitted(t.uncommitted());
    // A rebalance: delivery starts again at the committed offset while 2 and 3 are still being written.
    const again = [2, 3, 4].map((o) => t.begin('a', 0, String(o)));
    t.done(again[0]!);
    t.done(again[1]!);
    t.done(again[2]!);
    expect(t.uncommitted()).toEqual([]); // the first delivery of 2 is not durable yet
    t.done(first[2]!);
    expect(point(t)).toBe('3');
    t.done(first[3]!);
    expect(point(t)).toBe('5');
  });

  it('forgets revoked partitions: their late completions commit nothing', () => {
    const t = new OffsetTracker();
    const a = t.begin('a', 0, '0');
    const b = t.begin('a', 1, '0');
    t.retain([{ topic: 'a', partition: 1 }]);
    t.done(a);
    t.done(b);
    expect(t.uncommitted()).toEqual([{ topic: 'a', partition: 1, offset: '1' }]);
  });

  it('handles 64-bit offsets and long runs', () => {
    const t = new OffsetTracker();
    const base = 2n ** 62n;
    const tickets = Array.from({ length: 5000 }, (_, i) => t.begin('a', 0, String(base + BigInt(i))));
    for (let i = tickets.length - 1; i >= 1; i--) t.done(tickets[i]!);
    expect(point(t)).toBe(String(base));
    t.done(tickets[0]!);
    expect(point(t)).toBe(String(base + 5000n));
  });
});
