import { decodeFailureReason } from '../../ingestion/kafka/errors.ts';
import { decodeDeploymentMessage } from '../../ingestion/kafka/deployments.ts';
import { decodeIncidentMessage } from '../../ingestion/kafka/incidents.ts';
import { decodeJunitMessage } from '../../ingestion/kafka/junit.ts';
import type { KafkaMessage } from '../../ingestion/kafka/message.ts';
import { decodeSpansMessage, type SpansEncoding } from '../../ingestion/kafka/spans.ts';
import type { TraceDecoder } from '../decode/trace-decoder.ts';
import type { BatchWriter } from '../store/batch-writer.ts';
import { deploymentRow } from '../store/deployments.ts';
import { incidentRow } from '../store/incidents.ts';
import type { JunitUploads } from '../store/junit-uploads.ts';
import type { EncodedSpans } from '../store/traces.ts';
import { deadLetterUnit } from './dead-letters.ts';
import type { Logger } from './logger.ts';
import { OffsetTracker, type Ticket } from './offsets.ts';
import type { MessageSource, SourceBatch } from './source.ts';
import { describeStoreError, isRowDataError } from './store-errors.ts';
import { rowCount } from '../store/row-binary.ts';

// The Kafka consumer: messages in, rows durable, offsets committed behind them. At least once:
//
// - Each message is decoded by its topic's decoder (ingestion/kafka/*) and handed to the store as one
//   write unit; the store's writer batches units of many messages into few INSERTs.
// - An offset is committed only when its message and every earlier message of its partition are
//   durable (offsets.ts). Redelivery after a crash or rebalance is harmless because every table the
//   consumer writes collapses repeats: spans on (trace, span) id, test results by upload id, incidents
//   on (repo, id), CI runs on (repo, run, attempt).
// - A message that cannot be decoded becomes a dead letter (original bytes and the reason), which is
//   durable like any row and so lets the partition move on. So does a message whose rows ClickHouse
//   refuses as data (store-errors.ts).
// - Any other store failure is an outage, not a bad message: the message is kept and written again
//   later, with backoff (one probe at a time, then everything waiting, in order), and fetching pauses
//   meanwhile. Nothing is dropped, nothing is committed past it.
// - Backpressure: when messages or rows taken but not yet durable exceed the caps, fetching pauses
//   until they drain to half the caps.
// - stop(): stop fetching → drain what was taken (until durable, or a deadline) → commit → disconnect.
//   What did not become durable by the deadline is not committed, so the next start reads it again.

export type TopicRoute = 'spans' | 'junit' | 'incidents' | 'deployments';

/** What stores the spans of a message (src/store/traces.ts's TraceWrites). */
export interface SpanSink {
  storeEncoded(spans: EncodedSpans, opts: { sourceId: string }): Promise<{ spans: number; testResults: number }>;
}

export interface ConsumerSinks {
  /** Decodes the spans topic's messages (src/decode/: in worker threads, shared with OTLP/HTTP). */
  traceDecoder: Pick<TraceDecoder, 'decode'>;
  writer: Pick<BatchWriter, 'write'>;
  spans: SpanSink;
  junit: Pick<JunitUploads, 'store'>;
}

export interface ConsumerOptions {
  /** Topic name → what it carries. */
  routes: Map<string, TopicRoute>;
  spansEncoding: SpansEncoding;
  /** Rows taken from Kafka but not yet durable, at most (then fetching pauses). */
  maxInFlightRows: number;
  /** Messages taken from Kafka but not yet durable, at most. */
  maxInFlightMessages: number;
  /** Largest JUnit report, after gunzip. */
  maxBodyBytes: number;
  /** JUnit reports with tests older than this many days are dead-lettered (0: any age is stored). */
  resultsRetentionDays: number;
  commitIntervalMs: number;
  /** Backoff between store retries during an outage: doubles from initial up to max. */
  retryDelayMs: { initial: number; max: number };
  /** How long stop() waits for taken messages to become durable. */
  drainTimeoutMs: number;
}

export interface ConsumerStats {
  /** Messages taken from Kafka. */
  received: number;
  /** Messages whose rows (or dead letter) are durable. */
  durable: number;
  deadLetters: number;
  spans: number;
  testResultsFromSpans: number;
  junitReports: number;
  junitDuplicates: number;
  incidents: number;
  deployments: number;
  inFlightMessages: number;
  inFlightRows: number;
  /** Fetching is paused (backpressure or a store outage). */
  paused: boolean;
  /** The store is failing; messages wait in `retrying`. */
  storeFailing: boolean;
  retrying: number;
  /** Store writes tried again after an outage. */
  retries: number;
  commits: number;
  partitions: ReturnType<OffsetTracker['snapshot']>;
}

interface Job {
  msg: KafkaMessage;
  ticket: Ticket;
  /** Arrival order: retries go in this order. */
  seq: number;
  rows: number;
  /** Writes the message's rows; resolves when durable. Null when there is nothing to write. */
  write: (() => Promise<void>) | null;
  /** The write stores a dead letter. */
  dead: boolean;
}

type State = 'idle' | 'running' | 'draining' | 'stopped';

/**
 * Messages taken but not yet decoded, at most, before the client is made to wait: a few fetches'
 * worth (a fetch brings ~1 MiB per partition, a few messages of a few hundred spans each).
 */
const MAX_DECODING_MESSAGES = 64;

/** Longest wait for each of the last commit and the disconnect at shutdown. */
const CLOSE_STEP_MS = 10_000;

/** True when `p` settled within `ms` (its rejection is the caller's to have logged). */
async function bounded(p: Promise<unknown> | null, ms: number): Promise<boolean> {
  if (!p) return true;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([p.then(() => true, () => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export class KafkaConsumer {
  private readonly tracker = new OffsetTracker();
  /** Got a partition assignment (a group join) at least once. */
  private assigned = false;
  private state: State = 'idle';
  private seq = 0;
  private inFlightMessages = 0;
  private inFlightRows = 0;
  private paused = false;
  private storeFailing = false;
  /** The one write trying the store during an outage. */
  private probe: Job | null = null;
  private readonly retryQueue: Job[] = [];
  private retryDelay: number;
  private retryTimer: NodeJS.Timeout | null = null;
  private commitTimer: NodeJS.Timeout | null = null;
  private committing: Promise<void> | null = null;
  private drainWaiters: (() => void)[] = [];
  /** Taken messages being accepted in order as their decodes finish (see onBatch). */
  private intake: Promise<void> = Promise.resolve();
  /** Taken messages not yet decoded, and intake waiting for them to drop to half the cap. */
  private decoding = 0;
  private decodeWaiters: (() => void)[] = [];
  private stopping: Promise<void> | null = null;
  private readonly counts = {
    received: 0,
    durable: 0,
    deadLetters: 0,
    spans: 0,
    testResultsFromSpans: 0,
    junitReports: 0,
    junitDuplicates: 0,
    incidents: 0,
    deployments: 0,
    retries: 0,
    commits: 0,
  };

  constructor(
    private readonly source: MessageSource,
    private readonly sinks: ConsumerSinks,
    private readonly opts: ConsumerOptions,
    private readonly log: Logger,
  ) {
    this.retryDelay = opts.retryDelayMs.initial;
  }

  async start(): Promise<void> {
    if (this.state !== 'idle') throw new Error('the Kafka consumer was started already');
    this.state = 'running';
    await this.source.run({
      onBatch: (batch) => this.onBatch(batch),
      onAssignment: (assigned) => {
        this.assigned = true;
        this.tracker.retain(assigned);
      },
    });
    this.scheduleCommit();
  }

  /** Stop fetching → drain → commit → disconnect. Safe to call more than once. */
  stop(): Promise<void> {
    this.stopping ??= this.shutdown();
    return this.stopping;
  }

  /** In its consumer group (the source says so; one that cannot tell counts once it got an assignment). */
  isMember(): boolean {
    return this.source.isMember ? this.source.isMember() : this.assigned;
  }

  stats(): ConsumerStats {
    return {
      ...this.counts,
      inFlightMessages: this.inFlightMessages,
      inFlightRows: this.inFlightRows,
      paused: this.paused,
      storeFailing: this.storeFailing,
      retrying: this.retryQueue.length,
      partitions: this.tracker.snapshot(),
    };
  }

  private async shutdown(): Promise<void> {
    if (this.state === 'idle' || this.state === 'stopped') {
      this.state = 'stopped';
      await this.source.stop();
      return;
    }
    this.state = 'draining';
    this.source.pause();
    this.paused = true;
    const drained = await this.drained(this.opts.drainTimeoutMs);
    if (!drained) {
      this.log.error(
        { inFlightMessages: this.inFlightMessages, retrying: this.retryQueue.length },
        'kafka: messages still not durable at shutdown; their offsets stay uncommitted, so they are read again on the next start',
      );
    }
    this.state = 'stopped';
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.commitTimer) clearTimeout(this.commitTimer);
    // With the broker away, the client retries a commit or a group leave for a long time; a shutdown
    // does not wait for that (what is not committed is read again, never lost).
    await bounded(this.committing, CLOSE_STEP_MS);
    if (!(await bounded(this.commit(), CLOSE_STEP_MS))) this.log.warn({}, 'kafka: the last offset commit did not finish in time');
    if (!(await bounded(this.source.stop(), CLOSE_STEP_MS))) this.log.warn({}, 'kafka: disconnecting did not finish in time');
    this.log.info({ ...this.counts }, 'kafka: consumer stopped');
  }

  // --- intake ------------------------------------------------------------------------------------

  private async onBatch(batch: SourceBatch): Promise<void> {
    const route = this.opts.routes.get(batch.topic);
    // Messages start decoding as soon as they are taken (span batches in the decode worker threads,
    // side by side) and are accepted in the order taken, each when it is ready. This returns before
    // they are decoded, so the client fetches the next batch meanwhile; a taken message counts
    // against the caps from here, so decoding runs ahead by at most maxInFlightMessages.
    const jobs: Promise<Job>[] = [];
    for (const msg of batch.messages) {
      // Once stopping, take nothing more: what is not taken is not committed, and is read again later.
      if (this.state !== 'running') break;
      const ticket = this.tracker.begin(msg.topic, msg.partition, msg.offset);
      this.counts.received++;
      this.inFlightMessages++;
      jobs.push(
        route ? this.decode(route, msg, ticket) : Promise.resolve(this.deadLetterJob(msg, ticket, `NO_ROUTE: topic "${msg.topic}" is not configured`)),
      );
    }
    this.updateFlow();
    this.decoding += jobs.length;
    // Taken messages are all accepted, even if stop() came meanwhile: the drain waits for their rows.
    this.intake = this.intake
      .then(async () => {
        for (const job of jobs) {
          const ready = await job;
          this.decoding--;
          if (this.decoding <= MAX_DECODING_MESSAGES / 2) for (const wake of this.decodeWaiters.splice(0)) wake();
          this.accept(ready);
        }
      })
      // accept() does not throw; were it to, the messages stay uncommitted (read again next start).
      .catch((err: unknown) => this.log.error({ err }, 'kafka: accepting decoded messages failed'));
    // Decoding further ahead gains nothing once the decode workers are busy, and holds the messages'
    // bytes meanwhile: the client waits (it keeps heartbeating) until half of those are decoded.
    if (this.decoding > MAX_DECODING_MESSAGES) await new Promise<void>((resolve) => this.decodeWaiters.push(resolve));
  }

  /** Never throws: whatever cannot be decoded becomes a dead letter. */
  private async decode(route: TopicRoute, msg: KafkaMessage, ticket: Ticket): Promise<Job> {
    const job = { msg, ticket, seq: this.seq++, dead: false };
    try {
      switch (route) {
        case 'spans': {
          const decoded = await decodeSpansMessage(msg, this.opts.spansEncoding, (body, encoding) => this.sinks.traceDecoder.decode(body, encoding));
          const { spans, rejected, errors } = decoded;
          const count = rowCount(spans.rows);
          // Spans that fail validation are left out, as OTLP's partial success does; the message is
          // also kept as a dead letter so the evidence is not lost.
          const partial =
            rejected > 0
              ? deadLetterUnit(msg, `OTLP_PARTIAL: ${rejected} of ${rejected + count} spans rejected: ${errors.join('; ')}`)
              : null;
          if (count === 0 && !partial) return { ...job, rows: 0, write: null };
          const sourceId = `kafka:${msg.topic}:${msg.partition}:${msg.offset}`;
          return {
            ...job,
            rows: count + (partial ? 1 : 0),
            write: async () => {
              const [stored] = await Promise.all([
                count > 0 ? this.sinks.spans.storeEncoded(spans, { sourceId }) : null,
                partial ? this.sinks.writer.write(partial) : null,
              ]);
              this.counts.spans += stored?.spans ?? 0;
              this.counts.testResultsFromSpans += stored?.testResults ?? 0;
              if (partial) this.counts.deadLetters++;
            },
          };
        }
        case 'junit': {
          const { run, report, uploadId, fileName } = await decodeJunitMessage(msg, {
            maxBodyBytes: this.opts.maxBodyBytes,
            resultsRetentionDays: this.opts.resultsRetentionDays,
          });
          return {
            ...job,
            rows: report.results.length + 1,
            write: async () => {
              const summary = await this.sinks.junit.store(run, report, { uploadId, fileName });
              this.counts.junitReports++;
              if (summary.duplicate) this.counts.junitDuplicates++;
            },
          };
        }
        case 'incidents': {
          const incident = decodeIncidentMessage(msg);
          const unit = { id: `incident:${msg.topic}:${msg.partition}:${msg.offset}`, rows: { incidents: [incidentRow(incident)] } };
          return {
            ...job,
            rows: 1,
            write: async () => {
              await this.sinks.writer.write(unit);
              this.counts.incidents++;
            },
          };
        }
        case 'deployments': {
          const deployment = decodeDeploymentMessage(msg);
          const unit = { id: `deployment:${msg.topic}:${msg.partition}:${msg.offset}`, rows: { deployments: [deploymentRow(deployment)] } };
          return {
            ...job,
            rows: 1,
            write: async () => {
              await this.sinks.writer.write(unit);
              this.counts.deployments++;
            },
          };
        }
      }
    } catch (e) {
      this.log.warn(
        { topic: msg.topic, partition: msg.partition, offset: msg.offset, reason: decodeFailureReason(e) },
        'kafka: message cannot be decoded; keeping it as a dead letter',
      );
      return this.deadLetterJob(msg, ticket, decodeFailureReason(e), job.seq);
    }
  }

  private deadLetterJob(msg: KafkaMessage, ticket: Ticket, reason: string, seq = this.seq++): Job {
    const unit = deadLetterUnit(msg, reason);
    return {
      msg,
      ticket,
      seq,
      rows: 1,
      dead: true,
      write: async () => {
        await this.sinks.writer.write(unit);
        this.counts.deadLetters++;
      },
    };
  }

  /** A taken message (already counted in flight) is decoded: its rows count in flight, and it is written. */
  private accept(job: Job): void {
    this.inFlightRows += job.rows;
    if (job.write) this.submit(job);
    else this.finish(job);
    this.updateFlow();
  }

  // --- writes and retries ----------------------------------------------------------------------

  private submit(job: Job): void {
    job.write!().then(
      () => this.written(job),
      (e: unknown) => this.writeFailed(job, e),
    );
  }

  private written(job: Job): void {
    if (this.storeFailing) {
      this.log.info({ waiting: this.retryQueue.length }, 'kafka: the store accepts writes again; catching up');
      this.storeFailing = false;
      this.retryDelay = this.opts.retryDelayMs.initial;
      this.retryAll();
    }
    this.finish(job);
  }

  private writeFailed(job: Job, e: unknown): void {
    if (this.state === 'stopped') return; // given up at shutdown: not committed, read again next start
    if (!job.dead && isRowDataError(e)) {
      const reason = `STORE_REJECTED: ${describeStoreError(e)}`;
      this.log.warn(
        { topic: job.msg.topic, partition: job.msg.partition, offset: job.msg.offset, reason },
        'kafka: the store refused the rows of a message; keeping it as a dead letter',
      );
      const dead = this.deadLetterJob(job.msg, job.ticket, reason, job.seq);
      this.inFlightRows += dead.rows - job.rows;
      this.submit(Object.assign(job, dead));
      return;
    }
    if (!this.storeFailing) {
      this.storeFailing = true;
      this.log.warn({ err: describeStoreError(e) }, 'kafka: store writes are failing; pausing intake and retrying');
    } else if (job === this.probe) {
      this.log.warn({ err: describeStoreError(e), retryInMs: this.retryDelay, waiting: this.retryQueue.length + 1 }, 'kafka: the store is still failing');
    }
    if (job === this.probe) this.probe = null;
    this.retryQueue.push(job);
    this.updateFlow();
    this.scheduleRetry();
  }

  /** After a delay, one write (the oldest waiting) tries the store; its success releases the rest. */
  private scheduleRetry(): void {
    if (this.retryTimer || this.probe || this.state === 'stopped') return;
    const delay = this.retryDelay;
    this.retryDelay = Math.min(this.retryDelay * 2, this.opts.retryDelayMs.max);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.state === 'stopped' || this.retryQueue.length === 0) return;
      let oldest = 0;
      for (let i = 1; i < this.retryQueue.length; i++) if (this.retryQueue[i]!.seq < this.retryQueue[oldest]!.seq) oldest = i;
      const job = this.retryQueue.splice(oldest, 1)[0]!;
      this.probe = job;
      this.counts.retries++;
      this.submit(job);
    }, delay);
  }

  private retryAll(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    const jobs = this.retryQueue.splice(0).sort((a, b) => a.seq - b.seq);
    this.counts.retries += jobs.length;
    for (const job of jobs) this.submit(job);
  }

  private finish(job: Job): void {
    if (job === this.probe) this.probe = null;
    this.tracker.done(job.ticket);
    this.counts.durable++;
    this.inFlightMessages--;
    this.inFlightRows -= job.rows;
    this.updateFlow();
    if (this.inFlightMessages === 0) for (const wake of this.drainWaiters.splice(0)) wake();
  }

  // --- flow control --------------------------------------------------------------------------

  /** Pause above the caps or while the store fails; resume once below half the caps. */
  private updateFlow(): void {
    if (this.state !== 'running') return; // stopping keeps fetching paused for good
    const { maxInFlightRows: maxRows, maxInFlightMessages: maxMessages } = this.opts;
    if (!this.paused && (this.storeFailing || this.inFlightRows >= maxRows || this.inFlightMessages >= maxMessages)) {
      this.paused = true;
      this.source.pause();
      this.log.debug({ inFlightRows: this.inFlightRows, inFlightMessages: this.inFlightMessages, storeFailing: this.storeFailing }, 'kafka: fetching paused');
    } else if (this.paused && !this.storeFailing && this.inFlightRows <= maxRows / 2 && this.inFlightMessages <= maxMessages / 2) {
      this.paused = false;
      this.source.resume();
      this.log.debug({ inFlightRows: this.inFlightRows, inFlightMessages: this.inFlightMessages }, 'kafka: fetching resumed');
    }
  }

  private drained(timeoutMs: number): Promise<boolean> {
    if (this.inFlightMessages === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.drainWaiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  // --- commits -------------------------------------------------------------------------------

  private scheduleCommit(): void {
    if (this.state === 'stopped') return;
    this.commitTimer = setTimeout(() => {
      this.commitTimer = null;
      void this.commit().finally(() => this.scheduleCommit());
    }, this.opts.commitIntervalMs);
  }

  /** Commits every partition whose commit point moved. A failure is logged; the next round retries. */
  private commit(): Promise<void> {
    this.committing ??= (async () => {
      const offsets = this.tracker.uncommitted();
      if (offsets.length === 0) return;
      try {
        await this.source.commit(offsets);
        this.tracker.markCommitted(offsets);
        this.counts.commits++;
      } catch (err) {
        this.log.warn({ err: describeStoreError(err), offsets }, 'kafka: offset commit failed; retrying with the next commit');
      }
    })().finally(() => {
      this.committing = null;
    });
    return this.committing;
  }
}
