import { createHash } from 'node:crypto';
import type { InsertRows, Table } from './insert.ts';
import { rowCount } from './row-binary.ts';
import { isTransient, withRetry } from './retry.ts';

// The store's one writer. Callers hand it units (an upload, a Kafka batch) and get a promise that
// settles when the unit's rows are durable. Why batch: every ClickHouse INSERT creates a part on disk,
// which costs tens of milliseconds whatever its size, so rows from units that arrive while a flush is
// running are written together by the next flush. An idle writer flushes at once (no added latency);
// a busy one builds bigger batches (more throughput).
//
// - Never flushes twice at once: one flush loop, the rest queue behind it.
// - Per table, one INSERT per flush: all rows of a unit land atomically, or none of them.
// - Tables are written in the order given: ledger-like tables (runs) after the rows they describe.
// - Transient errors are retried with backoff (retry.ts, by error code); if they persist, the whole
//   batch is rejected (the store is down: callers keep their data and try again). A batch that fails
//   for any other reason is split and each unit retried alone, so one bad unit fails only itself.
// - A retried INSERT carries the same insert_deduplication_token, so ClickHouse drops a retry of an
//   insert that had in fact succeeded.

export interface WriteUnit {
  /** Stable id of the unit (an upload id, a topic/partition/offset range): names its dedup token. */
  id: string;
  rows: Partial<Record<Table, readonly object[]>>;
  /** Rows written even when the unit turns out to be stored already (e.g. its run row). */
  alwaysRows?: Partial<Record<Table, readonly object[]>>;
  /**
   * Set when the unit may have been stored before; see BatchWriterOptions.findStored, which counts the
   * unit's rows in the ledger's table (test_results); its rows in other tables go with them.
   */
  dedupKey?: { repo: string; uploadId: string };
}

export interface WriteOutcome {
  /** The unit was found stored already; only its alwaysRows were written. */
  duplicate: boolean;
}

interface Pending {
  unit: WriteUnit;
  rowCount: number;
  resolve(o: WriteOutcome): void;
  reject(e: unknown): void;
}

export interface BatchWriterOptions {
  /**
   * Rows per flush at most; also rows per INSERT at most: a single larger unit is flushed alone, in
   * several INSERTs of its chunks (see flush()). Big enough
   * that the fixed cost of an insert is small (measured on the embedded engine: ~25 ms of CPU per
   * span insert whatever its size, against ~10 µs per span), small enough that a busy writer keeps
   * units back for the next flush: callers whose units finished can then prepare more (decode the next
   * requests) while that next flush runs, instead of taking turns with the engine.
   */
  maxRows?: number;
  /**
   * Under load, a flush starts at once (without the interval) when this many rows are waiting: a
   * batch that big already pays the insert's fixed cost down (~25 ms of CPU per insert against ~5 µs per
   * row), and starting it while the senders decode their next requests keeps the engine and the
   * decode workers busy at the same time. With only maxRows ending the wait, 16 JUnit uploads of 1000
   * cases in flight (16k rows, below maxRows) waited out every interval.
   */
  minRows?: number;
  /**
   * Under load (units arrived while the last flush ran), flushes start at most this often unless
   * minRows are already waiting or arrivals paused (arrivalGapMs). Each INSERT costs the engine a
   * fixed amount and makes a part that background merges combine again later, so a few big inserts cost far less than many small ones:
   * with decoding off the JS thread, the writer used to flush ~3k spans back to back. An idle writer
   * flushes at once. 0 = never wait.
   */
  flushIntervalMs?: number;
  /**
   * Under load, a flush also starts once no unit has arrived for this long: the senders that were
   * waiting on the last flush have sent again, so waiting longer batches nothing more. Without it, a
   * few clients that each wait for their answer before sending again (CI jobs uploading report after
   * report) got one flush per interval whatever the machine could do: 16 uploads of 1000 cases in
   * flight stored 28k cases/s with a 500 ms interval, 74k/s without it (bench junit). Senders that
   * keep arriving (a busy OTLP collector fleet) never pause, so the interval and maxRows still batch
   * them. Infinity = only the interval and minRows end a wait.
   */
  arrivalGapMs?: number;
  /** Order in which a flush writes its tables. Tables not listed come first. */
  tableOrder?: Table[];
  retry?: { tries?: number; baseDelayMs?: number };
  /**
   * Of the given dedup keys, how many rows of each are stored already ("repo\nuploadId" → rows; absent
   * = none). Asked once per flush for the whole batch: one query instead of one per unit (each query
   * waits its turn on the engine behind the inserts).
   */
  findStored?: (keys: { repo: string; uploadId: string }[]) => Promise<Map<string, number>>;
}

/** What the writer has done since it started: for benchmarks and metrics. */
export interface WriterStats {
  flushes: number;
  /** Inserts and rows written, per table. */
  inserts: Partial<Record<Table, number>>;
  rows: Partial<Record<Table, number>>;
}

/** Longer than a decode worker takes to parse one ordinary report (~7 ms for 1000 cases), far shorter than the interval. */
const DEFAULT_ARRIVAL_GAP_MS = 25;
/**
 * Measured with bench junit and bench otlp: 10k rows per insert costs spans 10–25% more CPU than
 * 14k (the interval's batches), and lets 16 JUnit uploads in flight store 73k cases/s instead of 25k.
 */
const DEFAULT_MIN_ROWS = 10_000;
/** The table whose rows findStored counts (upload-ledger.ts). */
const LEDGER_TABLE: Table = 'test_results';

export class BatchWriter {
  private readonly queue: Pending[] = [];
  readonly stats: WriterStats = { flushes: 0, inserts: {}, rows: {} };
  private flushing: Promise<void> | null = null;
  private readonly maxRows: number;
  private readonly minRows: number;
  private readonly flushIntervalMs: number;
  private readonly order: Table[];
  private closed = false;
  private queuedRows = 0;
  private lastFlushStart = -Infinity;
  private lastArrival = -Infinity;
  private readonly arrivalGapMs: number;
  /** Ends a wait for the flush interval early (minRows queued, or closing). */
  private wake: (() => void) | null = null;

  constructor(
    private readonly insert: InsertRows,
    private readonly opts: BatchWriterOptions = {},
  ) {
    this.maxRows = opts.maxRows ?? 25_000;
    this.minRows = Math.min(this.maxRows, opts.minRows ?? DEFAULT_MIN_ROWS);
    this.flushIntervalMs = opts.flushIntervalMs ?? 0;
    this.arrivalGapMs = opts.arrivalGapMs ?? DEFAULT_ARRIVAL_GAP_MS;
    this.order = opts.tableOrder ?? ['ci_runs'];
  }

  /** Rows accepted but not yet durable: what a consumer watches for backpressure. */
  get pendingRows(): number {
    return this.queuedRows;
  }

  write(unit: WriteUnit): Promise<WriteOutcome> {
    if (this.closed) return Promise.reject(new Error('writer is closed'));
    const rows = Object.values(unit.rows).reduce((n, r) => n + (r ? rowCount(r) : 0), 0);
    return new Promise<WriteOutcome>((resolve, reject) => {
      this.queue.push({ unit, rowCount: rows, resolve, reject });
      this.queuedRows += rows;
      this.lastArrival = performance.now();
      if (this.queuedRows >= this.minRows) this.wake?.();
      this.kick();
    });
  }

  /** Writes everything queued, then refuses new units. */
  async close(): Promise<void> {
    this.closed = true;
    this.wake?.();
    while (this.flushing) await this.flushing;
  }

  private kick(): void {
    this.flushing ??= this.loop().finally(() => {
      this.flushing = null;
      if (this.queue.length > 0) this.kick();
    });
  }

  private async loop(): Promise<void> {
    // The first flush of a loop is at once: the writer was idle, so nobody is sending fast (a client
    // that uploads one report after another never waits). Later ones mean units arrived during a flush.
    for (let first = true; this.queue.length > 0; first = false) {
      if (!first) await this.waitForInterval();
      this.lastFlushStart = performance.now();
      const batch: Pending[] = [];
      let rows = 0;
      while (this.queue.length > 0 && (batch.length === 0 || rows + this.queue[0]!.rowCount <= this.maxRows)) {
        const p = this.queue.shift()!;
        batch.push(p);
        rows += p.rowCount;
      }
      this.queuedRows -= rows;
      try {
        const duplicates = await this.flush(batch.map((p) => p.unit));
        for (const p of batch) p.resolve({ duplicate: duplicates.has(p.unit) });
      } catch (e) {
        // A store that is down fails every unit alike: splitting would only multiply the retries.
        if (batch.length === 1 || isTransient(e)) {
          for (const p of batch) p.reject(e);
          continue;
        }
        // Isolate a failure of the data: each unit alone; the good ones still land.
        for (const p of batch) {
          try {
            const duplicates = await this.flush([p.unit]);
            p.resolve({ duplicate: duplicates.has(p.unit) });
          } catch (e2) {
            p.reject(e2);
          }
        }
      }
    }
  }

  /**
   * Until flushIntervalMs after the last flush started, or arrivalGapMs after the last unit arrived,
   * whichever comes first; at once if minRows are waiting or the writer closes.
   */
  private async waitForInterval(): Promise<void> {
    for (;;) {
      const now = performance.now();
      const wait = Math.min(this.lastFlushStart + this.flushIntervalMs, this.lastArrival + this.arrivalGapMs) - now;
      if (wait <= 0 || this.closed || this.queuedRows >= this.minRows) return;
      // Woken early only by minRows or close; a unit arriving meanwhile moves the gap's deadline,
      // which the next turn of this loop reads.
      const woken = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), wait);
        this.wake = () => {
          clearTimeout(timer);
          resolve(true);
        };
      });
      this.wake = null;
      if (woken) return;
    }
  }

  /** Writes the units; answers which of them were found stored already (and so not written again). */
  private async flush(all: WriteUnit[]): Promise<Set<WriteUnit>> {
    const duplicates = new Set<WriteUnit>();
    const keyed = all.filter((u) => u.dedupKey);
    if (keyed.length > 0 && this.opts.findStored) {
      const stored = await withRetry(() => this.opts.findStored!(keyed.map((u) => u.dedupKey!)), this.opts.retry);
      const seen = new Set<string>();
      for (const u of keyed) {
        const key = `${u.dedupKey!.repo}\n${u.dedupKey!.uploadId}`;
        // Stored before (all of it), or the same upload twice in this batch: written once. A unit
        // stored in part (a multi-insert write cut short) is written again whole: see below.
        if ((stored.get(key) ?? 0) >= rowCount(u.rows[LEDGER_TABLE] ?? []) || seen.has(key)) duplicates.add(u);
        seen.add(key);
      }
    }
    const units = all.map((u) => ({
      id: u.id,
      rows: duplicates.has(u) ? (u.alwaysRows ?? {}) : { ...u.rows, ...mergeRows(u.rows, u.alwaysRows) },
    }));
    const tables = new Set<Table>();
    for (const u of units) for (const t of Object.keys(u.rows) as Table[]) tables.add(t);
    const ordered = [...tables].sort((a, b) => this.order.indexOf(a) - this.order.indexOf(b));
    const token = createHash('sha256')
      .update(units.map((u) => u.id).join('\n'))
      .digest('hex')
      .slice(0, 32);
    for (const table of ordered) {
      const rows = units.flatMap((u) => u.rows[table] ?? []);
      // A unit larger than maxRows (it is then alone in its batch) goes in several INSERTs: one INSERT
      // of a 340k-case report took ~11× its bytes of engine memory (its block, and the views'
      // aggregation of it, all at once). Its token comes from its id alone, so a write cut short and
      // repeated (a retry here, or the client sending the report again after a crash) sends the same
      // blocks under the same tokens, and ClickHouse drops those already in: stored once, then whole.
      const blocks = inBlocks(rows, this.maxRows);
      for (const [k, block] of blocks.entries()) {
        const dedupToken = blocks.length > 1 ? `${token}-${table}-${k}` : `${token}-${table}`;
        await withRetry(() => this.insert(table, block, { dedupToken }), this.opts.retry);
        this.stats.inserts[table] = (this.stats.inserts[table] ?? 0) + 1;
        this.stats.rows[table] = (this.stats.rows[table] ?? 0) + rowCount(block);
      }
    }
    this.stats.flushes++;
    return duplicates;
  }
}

/**
 * Rows cut into blocks of at most `maxRows` (one block when they fit). RowBinary chunks are never cut:
 * a chunk larger than maxRows is a block of its own (JUnit rows come in 2 MiB chunks, ~7.5k rows).
 */
export function inBlocks(rows: readonly object[], maxRows: number): (readonly object[])[] {
  if (rowCount(rows) <= maxRows) return [rows];
  const blocks: object[][] = [];
  let block: object[] = [];
  let n = 0;
  for (const row of rows) {
    const k = rowCount([row]);
    if (block.length > 0 && n + k > maxRows) {
      blocks.push(block);
      block = [];
      n = 0;
    }
    block.push(row);
    n += k;
  }
  if (block.length > 0) blocks.push(block);
  return blocks;
}

function mergeRows(
  a: Partial<Record<Table, readonly object[]>>,
  b: Partial<Record<Table, readonly object[]>> | undefined,
): Partial<Record<Table, readonly object[]>> {
  if (!b) return {};
  const out: Partial<Record<Table, readonly object[]>> = {};
  for (const [t, rows] of Object.entries(b) as [Table, readonly object[]][]) out[t] = [...(a[t] ?? []), ...rows];
  return out;
}
