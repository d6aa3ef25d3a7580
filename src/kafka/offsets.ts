import type { PartitionOffset, TopicPartition } from './source.ts';

// Which offset each partition may commit: the first offset not yet durable. A message's offset is
// committable only when it and every earlier message of its partition are durable, whatever order
// their writes finish in (a retried or split write finishes after later ones).
//
// Per partition, messages are kept in arrival order with a done flag; completed messages at the head
// are dropped, and the commit point is the oldest pending message's offset (or, when nothing is
// pending, the highest offset delivered + 1). Arrival order is offset order except after a rewind
// (a rebalance or client restart delivers again from the committed offset): the rewound messages
// queue behind the pending ones, so the commit point waits for both, and the point itself only
// moves forward (everything before a point once computed was durable then and stays so).

interface Entry {
  offset: bigint;
  done: boolean;
}

/** A delivered message's place in its partition's progress; pass it back to `done`. */
export interface Ticket {
  readonly progress: PartitionProgress;
  readonly entry: Entry;
}

export class PartitionProgress {
  private entries: Entry[] = [];
  private head = 0;
  private maxDelivered = -1n;
  /** Next offset to read, as far as durability allows; null until something completes. */
  private commitPoint: bigint | null = null;
  committed: bigint | null = null;

  constructor(
    readonly topic: string,
    readonly partition: number,
  ) {}

  get point(): bigint | null {
    return this.commitPoint;
  }

  get pending(): number {
    return this.entries.length - this.head;
  }

  add(offset: bigint): Ticket {
    const entry = { offset, done: false };
    this.entries.push(entry);
    if (offset > this.maxDelivered) this.maxDelivered = offset;
    return { progress: this, entry };
  }

  complete(entry: Entry): void {
    entry.done = true;
    while (this.head < this.entries.length && this.entries[this.head]!.done) this.head++;
    const point = this.head < this.entries.length ? this.entries[this.head]!.offset : this.maxDelivered + 1n;
    if (this.commitPoint === null || point > this.commitPoint) this.commitPoint = point;
    // Drop the consumed prefix now and then rather than shifting the array on every completion.
    if (this.head > 1024 && this.head * 2 > this.entries.length) {
      this.entries = this.entries.slice(this.head);
      this.head = 0;
    }
  }

  /** The offset to commit, when it is ahead of what was committed. */
  uncommitted(): bigint | null {
    if (this.commitPoint === null) return null;
    return this.committed === null || this.commitPoint > this.committed ? this.commitPoint : null;
  }
}

export class OffsetTracker {
  private readonly partitions = new Map<string, PartitionProgress>();

  begin(topic: string, partition: number, offset: string): Ticket {
    const key = `${topic}\u0000${partition}`;
    let p = this.partitions.get(key);
    if (!p) this.partitions.set(key, (p = new PartitionProgress(topic, partition)));
    return p.add(BigInt(offset));
  }

  done(ticket: Ticket): void {
    ticket.progress.complete(ticket.entry);
  }

  /**
   * Forgets partitions this member no longer owns: their offsets are someone else's to commit now.
   * Writes of theirs still running finish into the forgotten progress, which nothing reads.
   */
  retain(assigned: TopicPartition[]): void {
    const keep = new Set(assigned.map((a) => `${a.topic}\u0000${a.partition}`));
    for (const key of this.partitions.keys()) if (!keep.has(key)) this.partitions.delete(key);
  }

  /** Offsets to commit now: every partition whose commit point moved since its last commit. */
  uncommitted(): PartitionOffset[] {
    const out: PartitionOffset[] = [];
    for (const p of this.partitions.values()) {
      const offset = p.uncommitted();
      if (offset !== null) out.push({ topic: p.topic, partition: p.partition, offset: offset.toString() });
    }
    return out;
  }

  markCommitted(offsets: PartitionOffset[]): void {
    for (const o of offsets) {
      const p = this.partitions.get(`${o.topic}\u0000${o.partition}`);
      const offset = BigInt(o.offset);
      if (p && (p.committed === null || offset > p.committed)) p.committed = offset;
    }
  }

  /** Commit points by "topic/partition", for stats and tests. */
  snapshot(): Record<string, { pending: number; commitPoint: string | null; committed: string | null }> {
    const out: Record<string, { pending: number; commitPoint: string | null; committed: string | null }> = {};
    for (const p of this.partitions.values()) {
      const point = p.point;
      out[`${p.topic}/${p.partition}`] = {
        pending: p.pending,
        commitPoint: point === null ? null : point.toString(),
        committed: p.committed === null ? null : p.committed.toString(),
      };
    }
    return out;
  }
}
