import { setPriority } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../../ingestion/errors.ts';
import { OtlpDecodeError } from '../../ingestion/otlp/decode.ts';
import { JunitUploadDecoding } from './junit-upload.ts';
import { RETIRE_AFTER_BYTES, type DecodeReply, type DecodeRequest, type JunitReply, type WorkerRequest, type WorkerSetup } from './messages.ts';
import { postedChunks } from './row-chunks.ts';
import { encodeTraceExport } from './trace-export.ts';

// A decode worker: OTLP trace exports and JUnit reports in, encoded rows out (see trace-decoder.ts
// for why).

const { limits, nice } = workerData as WorkerSetup;
/** Reports from this size on are followed by a full garbage collection (see below). */
const COLLECT_AFTER_BYTES = 8 * 2 ** 20;
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const port = parentPort!;

// On Linux a nice value belongs to a thread, and setpriority(pid 0) sets the calling one's: this
// worker's decoding gives way to the main thread's queries, not the other way round. Raising one's own
// nice value needs no privilege; where the platform refuses, decoding runs at the usual priority.
if (nice > 0) {
  try {
    setPriority(0, nice);
  } catch {
    // not Linux, or a sandbox that forbids it: nothing lost but the priority
  }
}
/** JUnit uploads being streamed in; an id leaves at its answer or abort. */
const junit = new Map<number, JunitUploadDecoding>();

port.on('message', (req: WorkerRequest) => {
  if (req.kind === 'otlp') return decodeOtlp(req);
  if (req.kind === 'junit-start') {
    junit.set(req.id, new JunitUploadDecoding(req.params));
    return;
  }
  const decoding = junit.get(req.id);
  if (!decoding) return; // answered already (a failed chunk) or aborted: the rest is dropped
  if (req.kind === 'junit-abort') {
    junit.delete(req.id);
    return;
  }
  try {
    if (req.kind === 'junit-chunk') {
      decoding.write(req.chunk);
      return;
    }
    junit.delete(req.id);
    const { run, uploadId, report } = decoding.end();
    const { rows, suites, testCases, tests, attempts } = report;
    const { chunks, transfer } = postedChunks(rows);
    const reply: JunitReply = { id: req.id, ok: true, run, uploadId, counts: { suites, testCases, tests, attempts }, chunks };
    port.postMessage(reply, transfer);
    // A large report's records are garbage now, but V8 gives their pages back to the system only after
    // a full collection, which may come late: meanwhile the engine inserts the same rows, with memory
    // of its own. Collected at once, the two peaks do not add up (measured on a 46 MiB report: the
    // service's peak 150 MiB lower). Only after large reports: a full GC costs ~50 ms. Not after the
    // largest: this worker is then replaced, and ending it returns its whole heap.
    if (decoding.bytes >= COLLECT_AFTER_BYTES && decoding.bytes < RETIRE_AFTER_BYTES) setImmediate(collectGarbage);
  } catch (e) {
    junit.delete(req.id);
    const reply: JunitReply = {
      id: req.id,
      ok: false,
      input: e instanceof InputError ? { code: e.code, statusCode: e.statusCode } : null,
      message: e instanceof Error ? e.message : String(e),
    };
    port.postMessage(reply);
  }
});

function decodeOtlp(req: DecodeRequest): void {
  let reply: DecodeReply;
  try {
    const { spans, rejected, errors } = encodeTraceExport(req.body, req.encoding, limits);
    const { chunks, transfer } = postedChunks(spans.rows);
    reply = { id: req.id, ok: true, chunks, testSpans: spans.testSpans, testFiles: spans.testFiles, rejected, errors };
    port.postMessage(reply, transfer);
  } catch (e) {
    reply = { id: req.id, ok: false, decodeError: e instanceof OtlpDecodeError, message: e instanceof Error ? e.message : String(e) };
    port.postMessage(reply);
  }
}
