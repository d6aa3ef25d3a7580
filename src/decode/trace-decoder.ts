import { Worker } from 'node:worker_threads';
import { OtlpDecodeError, type DecodeLimits, type OtlpEncoding } from '../../ingestion/otlp/decode.ts';
import { RowBinaryRows } from '../store/row-binary.ts';
import { SPAN_COLUMNS } from '../store/rows.ts';
import type { DecodeReply, DecodeRequest, WorkerSetup } from './messages.ts';
import { encodeTraceExport, type EncodedTraceExport } from './trace-export.ts';

// Decoding OTLP trace exports (protobuf or JSON) and encoding their rows is most of the CPU that span
// ingestion costs in Node: about 1 CPU-second per 100k spans, against ~0.2 s for the rest of a
// request. On the one JS thread it left the embedded engine waiting while requests were decoded and
// the requests waiting while the engine inserted (measured: 42k spans/s stored, JS thread 80% busy).
// Decode workers run that part beside the main thread, which only moves bytes and drives the store.

export interface TraceDecoder {
  /** Rejects with OtlpDecodeError (a 400) when the body is not a trace export. */
  decode(body: Uint8Array, encoding: OtlpEncoding): Promise<EncodedTraceExport>;
  /** Ends the workers; decodes still pending are rejected. */
  close(): Promise<void>;
}

/** `workers` threads (SIGNALHOUSE_DECODE_WORKERS); 0 decodes on the calling thread. */
export function createTraceDecoder(workers: number, limits: DecodeLimits): TraceDecoder {
  return workers > 0 ? new WorkerTraceDecoder(workers, limits) : new InThreadTraceDecoder(limits);
}

/** Decodes on the calling thread: for a single core, or where threads are not wanted. */
export class InThreadTraceDecoder implements TraceDecoder {
  constructor(private readonly limits: DecodeLimits) {}

  async decode(body: Uint8Array, encoding: OtlpEncoding): Promise<EncodedTraceExport> {
    return encodeTraceExport(body, encoding, this.limits);
  }

  async close(): Promise<void> {}
}

interface Pending {
  resolve(r: EncodedTraceExport): void;
  reject(e: unknown): void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

const BOOTSTRAP = new URL('./worker-bootstrap.mjs', import.meta.url);
const ENTRY = new URL('./worker.ts', import.meta.url).href;

/**
 * A fixed set of decode worker threads; each request goes to the one with the fewest pending. A worker
 * that dies (a fault of ours, or out of memory on a hostile body) fails only its pending requests and
 * is replaced.
 */
export class WorkerTraceDecoder implements TraceDecoder {
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    size: number,
    private readonly limits: DecodeLimits,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  decode(body: Uint8Array, encoding: OtlpEncoding): Promise<EncodedTraceExport> {
    if (this.closed) return Promise.reject(new Error('the trace decoder is closed'));
    let slot = this.slots[0]!;
    for (const s of this.slots) if (s.pending.size < slot.pending.size) slot = s;
    const id = this.nextId++;
    // Transferred, so copied once here: the body may be a view into a larger or pooled buffer.
    const own = new Uint8Array(body);
    const req: DecodeRequest = { id, body: own, encoding };
    return new Promise<EncodedTraceExport>((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      if (slot.pending.size === 1) slot.worker.ref();
      slot.worker.postMessage(req, [own.buffer]);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const setup: WorkerSetup = { entry: ENTRY, limits: this.limits };
    const worker = new Worker(BOOTSTRAP, { workerData: setup });
    // An idle worker does not keep the process alive; one with decodes pending does (see decode()).
    worker.unref();
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (reply: DecodeReply) => {
      const p = slot.pending.get(reply.id);
      if (!p) return;
      slot.pending.delete(reply.id);
      if (slot.pending.size === 0) worker.unref();
      if (reply.ok) {
        const rows = reply.rowCount > 0 ? new RowBinaryRows(SPAN_COLUMNS, reply.rowCount, Buffer.from(reply.rowBytes.buffer, reply.rowBytes.byteOffset, reply.rowBytes.byteLength)) : null;
        p.resolve({ spans: { rows, testSpans: reply.testSpans }, rejected: reply.rejected, errors: reply.errors });
      } else {
        p.reject(reply.decodeError ? new OtlpDecodeError(reply.message) : new Error(`decode worker: ${reply.message}`));
      }
    });
    worker.on('error', (e) => this.fail(slot, e));
    worker.on('exit', (code) => {
      this.fail(slot, new Error(`decode worker exited (code ${code})`));
      const i = this.slots.indexOf(slot);
      if (!this.closed && i >= 0) this.slots[i] = this.spawn();
    });
    return slot;
  }

  private fail(slot: Slot, e: unknown): void {
    for (const p of slot.pending.values()) p.reject(e);
    slot.pending.clear();
  }
}
