import { randomUUID } from 'node:crypto';
import type { ClickHouseClient } from '@clickhouse/client';

// Mutual exclusion for background work across service instances that share one ClickHouse (table
// leases, migration 0034). ClickHouse has no compare-and-set, so a claim is "announce, then look":
//   1. insert my claim (held = 1, expiring at server time + ttl);
//   2. read every other unexpired claim of the name;
//   3. none: the lease is mine. Any: withdraw mine (held = 0) and back off.
// At most one of two racing claimants wins: each reads after its own claim is durable, so whichever
// reads second sees the other's claim. Both may lose; they back off and try again later.
// This needs reads that see acknowledged inserts: true on one server; on a replicated cluster, claims
// are written with insert_quorum = 'auto' (a majority of replicas has them when the insert returns) and
// read with select_sequential_consistency (a replica answers only once it has every quorum insert);
// see docs/scaling.md. On one server both settings do nothing.
// A held lease is renewed every ttl/3 while the work runs; a crashed holder's lease lapses after ttl.

export interface LeaseOptions {
  /** How long a claim lasts without renewal (default 2 minutes). */
  ttlMs?: number;
  /** Distinguishes this instance's claims; default: random per Leases object. */
  holder?: string;
}

export class Leases {
  readonly holder: string;
  private readonly ttlMs: number;
  private readonly local = new Set<string>();
  private version = 0;

  constructor(
    private readonly client: ClickHouseClient,
    private readonly o: LeaseOptions = {},
  ) {
    this.holder = o.holder ?? randomUUID();
    this.ttlMs = o.ttlMs ?? 120_000;
  }

  /**
   * Runs `work` holding the lease `name`, or not at all when another holder has it:
   * `{ ran: false }` then (the caller decides whether to wait, skip or retry later).
   */
  async tryRun<T>(name: string, work: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }> {
    // Two claims from one holder would not see each other: excluded in memory first.
    if (this.local.has(name)) return { ran: false };
    this.local.add(name);
    try {
      await this.write(name, 1);
      if (await this.otherHolder(name)) {
        await this.write(name, 0);
        return { ran: false };
      }
      const renew = setInterval(() => void this.write(name, 1).catch(() => undefined), Math.max(10, Math.floor(this.ttlMs / 3)));
      try {
        return { ran: true, value: await work() };
      } finally {
        clearInterval(renew);
        await this.write(name, 0);
      }
    } finally {
      this.local.delete(name);
    }
  }

  /** Like tryRun, but waits (polling every `pollMs`) while another holder has the lease, up to `waitMs`. */
  async run<T>(name: string, work: () => Promise<T>, o: { waitMs?: number; pollMs?: number } = {}): Promise<{ ran: true; value: T } | { ran: false }> {
    const deadline = Date.now() + (o.waitMs ?? this.ttlMs);
    for (;;) {
      const r = await this.tryRun(name, work);
      if (r.ran || Date.now() >= deadline) return r;
      // Jitter: two claimants that both backed off do not collide again in lockstep.
      await new Promise((resolve) => setTimeout(resolve, (o.pollMs ?? 500) * (0.5 + Math.random())));
    }
  }

  /** The holder of an unexpired claim on `name` other than this one, if any. */
  async otherHolder(name: string): Promise<string | null> {
    const rs = await this.client.query({
      query: `SELECT holder FROM leases FINAL
              WHERE name = {name:String} AND holder != {holder:String} AND held = 1 AND expires_at > now64(3, 'UTC')
              LIMIT 1`,
      query_params: { name, holder: this.holder },
      format: 'JSONEachRow',
      clickhouse_settings: { log_comment: 'store.leases.check', select_sequential_consistency: '1' },
    });
    return (await rs.json<{ holder: string }>())[0]?.holder ?? null;
  }

  private async write(name: string, held: 0 | 1): Promise<void> {
    // Versions only order this holder's own rows (ReplacingMergeTree keeps the newest per holder).
    this.version = Math.max(this.version + 1, Date.now() * 1000);
    await this.client.command({
      query: `INSERT INTO leases (name, holder, version, held, expires_at)
              SELECT {name:String}, {holder:String}, {version:UInt64}, {held:UInt8}, now64(3, 'UTC') + toIntervalMillisecond({ttl:UInt32})`,
      query_params: { name, holder: this.holder, version: this.version, held, ttl: this.ttlMs },
      clickhouse_settings: {
        log_comment: 'store.leases.write',
        // Never dropped as a duplicate of an identical earlier insert.
        insert_deduplicate: 0,
        insert_quorum: 'auto',
      },
    });
  }
}
