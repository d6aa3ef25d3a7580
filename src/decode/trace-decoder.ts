import { Worker } from 'node:worker_threads';
import { InputError } from '../../ingestion/errors.ts';
import { OtlpDecodeError, type DecodeLimits, type OtlpEncoding } from '../../ingestion/otlp/decode.ts';
import { SPAN_COLUMNS, TEST_RESULT_COLUMNS } from '../store/rows.ts';
import { DecodersBusyError } from './budget.ts';
import { JunitUploadDecoding, type EncodedJunitUpload, type JunitDecodeParams } from './junit-upload.ts';
import { RETIRE_AFTER_BYTES, type DecodeReply, type DecodeRequest, type JunitReply, type JunitRequest, type WorkerReply, type WorkerSetup } from './messages.ts';
import { receivedChunks } from './row-chunks.ts';
import { encodeTraceExport, type EncodedTraceExport } from './trace-export.ts';

// Decoding OTLP trace exports (protobuf or JSON) and encoding their rows is most of the CPU that span
// ingestion costs in Node: about 1 CPU-second per 100k spans, against ~0.2 s for the rest of a
// request. On the one JS thread it left the embedded engine waiting while requests were decoded and
// the requests waiting while the engine inserted (measured: 42k spans/s stored, JS thread 80% busy).
// Decode workers run that part beside the main thread, which only moves bytes and drives the store.
// JUnit reports parse in the same workers (decodeJunit): a 50 MB report is seconds of parsing, which on
// the main thread stalled every other request for as long.

export interface TraceDecoder {
  /**
   * Rejects with OtlpDecodeError (a 400) when the body is not a trace export. `givenAway`: the caller
   * no longer reads the body, which may then be moved to another thread (and left empty here).
   */
  decode(body: Uint8Array, encoding: OtlpEncoding, opts?: { givenAway?: boolean }): Promise<EncodedTraceExport>;
  /** Starts decoding one JUnit upload, whose bytes are then fed as they arrive. */
  decodeJunit(params: JunitDecodeParams): JunitDecoding;
  /** Ends the workers; decodes still pending are rejected. */
  close(): Promise<void>;
}

/** One JUnit upload being decoded: write() its bytes in order, then end(); or abort(). */
export interface JunitDecoding {
  /** Throws the report's InputError once the decoder has found one (stop sending then). */
  write(chunk: Uint8Array): void;
  /** The encoded upload; rejects with InputError when the bytes are not a (recent enough) JUnit report. */
  end(): Promise<EncodedJunitUpload>;
  /** The body failed on the way (too large, bad gzip, client gone): drop what was decoded. */
  abort(): void;
}

export interface DecodeWorkerOptions {
  /**
   * Old-generation heap of each worker, in MiB: a body that needs more ends that worker (its requests
   * are answered 503, and it is replaced), not the process.
   */
  heapLimitMiB?: number;
  /** Nice value of each worker thread (SIGNALHOUSE_INGEST_NICE): decoding yields the CPU to queries. */
  nice?: number;
}

/** `workers` threads (SIGNALHOUSE_DECODE_WORKERS); 0 decodes on the calling thread. */
export function createTraceDecoder(workers: number, limits: DecodeLimits, opts: DecodeWorkerOptions = {}): TraceDecoder {
  return workers > 0 ? new WorkerTraceDecoder(workers, limits, opts) : new InThreadTraceDecoder(limits);
}

/** Decodes on the calling thread: for a single core, or where threads are not wanted. */
export class InThreadTraceDecoder implements TraceDecoder {
  constructor(private readonly limits: DecodeLimits) {}

  async decode(body: Uint8Array, encoding: OtlpEncoding): Promise<EncodedTraceExport> {
    return encodeTraceExport(body, encoding, this.limits);
  }

  decodeJunit(params: JunitDecodeParams): JunitDecoding {
    const decoding = new JunitUploadDecoding(params);
    return {
      write: (chunk) => decoding.write(chunk),
      end: async () => decoding.end(),
      abort: () => {},
    };
  }

  async close(): Promise<void> {}
}

interface Pending {
  resolve(r: WorkerReply): void;
  reject(e: unknown): void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  /** Replaced after a large request (see RETIRE_AFTER_BYTES): ends once its pending requests are answered. */
  retired: boolean;
}

// `npm start` (scripts/start.mjs) runs the service bundled as plain JavaScript and names the worker's
// bundle here; under tsx (development, tests) a worker registers tsx and loads its TypeScript entry.
declare const SIGNALHOUSE_BUNDLED_WORKER: string | undefined;
const BUNDLED = typeof SIGNALHOUSE_BUNDLED_WORKER === 'string' ? SIGNALHOUSE_BUNDLED_WORKER : null;
const BOOTSTRAP = BUNDLED !== null ? new URL(BUNDLED) : new URL('./worker-bootstrap.mjs', import.meta.url);
const ENTRY = BUNDLED ?? new URL('./worker.ts', import.meta.url).href;

/**
 * A fixed set of decode worker threads; each request goes to the one with the fewest pending. A worker
 * that dies (a fault of ours, or out of memory on a hostile body) fails only its pending requests and
 * is replaced.
 */
export class WorkerTraceDecoder implements TraceDecoder {
  private readonly slots: Slot[] = [];
  /** Retired workers still answering their last requests. */
  private readonly retiring = new Set<Slot>();
  private nextId = 0;
  private closed = false;

  constructor(
    size: number,
    private readonly limits: DecodeLimits,
    private readonly opts: DecodeWorkerOptions = {},
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  decode(body: Uint8Array, encoding: OtlpEncoding, opts: { givenAway?: boolean } = {}): Promise<EncodedTraceExport> {
    if (this.closed) return Promise.reject(new Error('the trace decoder is closed'));
    const slot = this.leastBusy();
    const id = this.nextId++;
    // Transferred, so copied here, unless the caller gives the body away and it fills its ArrayBuffer
    // (a large request body: its own allocation): a 46 MiB export is then not held twice.
    const whole = body.buffer instanceof ArrayBuffer && body.byteOffset === 0 && body.byteLength === body.buffer.byteLength;
    const own = opts.givenAway && whole ? (body as Uint8Array<ArrayBuffer>) : new Uint8Array(body);
    const req: DecodeRequest = { kind: 'otlp', id, body: own, encoding };
    const bytes = own.byteLength;
    return this.expect(slot, id, () => slot.worker.postMessage(req, [own.buffer])).then((reply) => {
      if (bytes >= RETIRE_AFTER_BYTES) this.retire(slot);
      const r = reply as DecodeReply;
      if (!r.ok) throw r.decodeError ? new OtlpDecodeError(r.message) : new Error(`decode worker: ${r.message}`);
      const rows = receivedChunks(SPAN_COLUMNS, r.chunks);
      return { spans: { rows, testSpans: r.testSpans, testFiles: r.testFiles }, rejected: r.rejected, errors: r.errors };
    });
  }

  decodeJunit(params: JunitDecodeParams): JunitDecoding {
    if (this.closed) throw new Error('the decoder is closed');
    // One worker for the whole upload: its chunks must reach the same parser, in order.
    const slot = this.leastBusy();
    const id = this.nextId++;
    const send = (req: JunitRequest, transfer: ArrayBuffer[] = []) => slot.worker.postMessage(req, transfer);
    let failure: unknown = null;
    let bytes = 0;
    const answer = this.expect(slot, id, () => send({ kind: 'junit-start', id, params })).then((reply) => {
      if (bytes >= RETIRE_AFTER_BYTES) this.retire(slot);
      const r = reply as JunitReply;
      if (!r.ok) throw r.input ? new InputError(r.input.code, r.message, r.input.statusCode) : new Error(`decode worker: ${r.message}`);
      const rows = receivedChunks(TEST_RESULT_COLUMNS, r.chunks);
      return { run: r.run, uploadId: r.uploadId, report: { ...r.counts, rows } };
    });
    // A report found bad mid-way is answered at once: write() then throws it, so the rest is not read.
    answer.catch((e: unknown) => (failure = e));
    let open = true;
    return {
      write: (chunk) => {
        if (failure) throw failure;
        if (!open) throw new Error('junit decoding already ended');
        const own = new Uint8Array(chunk); // transferred, so copied: chunks are views into pooled buffers
        bytes += own.byteLength;
        send({ kind: 'junit-chunk', id, chunk: own }, [own.buffer]);
      },
      end: () => {
        if (open) send({ kind: 'junit-end', id });
        open = false;
        return answer;
      },
      abort: () => {
        if (!open) return;
        open = false;
        send({ kind: 'junit-abort', id });
        const p = slot.pending.get(id);
        slot.pending.delete(id);
        p?.reject(new Error('junit decoding aborted'));
        if (slot.pending.size === 0) slot.worker.unref();
        this.endIfIdle(slot);
      },
    };
  }

  /** Puts a fresh worker in the slot's place; the old one ends when its last pending request is answered. */
  private retire(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (slot.retired || i < 0 || this.closed) return;
    slot.retired = true;
    this.slots[i] = this.spawn();
    this.retiring.add(slot);
    this.endIfIdle(slot);
  }

  private endIfIdle(slot: Slot): void {
    if (!slot.retired || slot.pending.size > 0 || !this.retiring.delete(slot)) return;
    void slot.worker.terminate();
  }

  private leastBusy(): Slot {
    let slot = this.slots[0]!;
    for (const s of this.slots) if (s.pending.size < slot.pending.size) slot = s;
    return slot;
  }

  /** The worker's one reply to request `id`, which `post` sends. */
  private expect(slot: Slot, id: number, post: () => void): Promise<WorkerReply> {
    return new Promise<WorkerReply>((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      if (slot.pending.size === 1) slot.worker.ref();
      post();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.slots, ...this.retiring].map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const setup: WorkerSetup = { entry: ENTRY, limits: this.limits, nice: this.opts.nice ?? 0 };
    const heap = this.opts.heapLimitMiB;
    const worker = new Worker(BOOTSTRAP, { workerData: setup, ...(heap ? { resourceLimits: { maxOldGenerationSizeMb: heap } } : {}) });
    // An idle worker does not keep the process alive; one with decodes pending does (see decode()).
    worker.unref();
    const slot: Slot = { worker, pending: new Map(), retired: false };
    worker.on('message', (reply: WorkerReply) => {
      const p = slot.pending.get(reply.id);
      if (!p) return;
      slot.pending.delete(reply.id);
      if (slot.pending.size === 0) worker.unref();
      p.resolve(reply);
      // After resolve: the reply's own handler (which may retire this slot) runs first, on a microtask.
      queueMicrotask(() => this.endIfIdle(slot));
    });
    worker.on('error', (e) => {
      // Past its heap limit: the bodies it held were too much at once; the same request alone may pass.
      const oom = (e as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.fail(slot, oom ? new DecodersBusyError(1, `a decode worker ran out of memory (${this.opts.heapLimitMiB} MiB heap): send again later`) : e);
    });
    worker.on('exit', (code) => {
      this.fail(slot, new Error(`decode worker exited (code ${code})`));
      if (slot.retired) return; // replaced already
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
