import { parentPort, workerData } from 'node:worker_threads';
import { OtlpDecodeError } from '../../ingestion/otlp/decode.ts';
import type { DecodeReply, DecodeRequest, WorkerSetup } from './messages.ts';
import { encodeTraceExport } from './trace-export.ts';

// A decode worker: OTLP trace exports in, encoded span rows out (see trace-decoder.ts for why).

const { limits } = workerData as WorkerSetup;
const port = parentPort!;

port.on('message', (req: DecodeRequest) => {
  let reply: DecodeReply;
  try {
    const { spans, rejected, errors } = encodeTraceExport(req.body, req.encoding, limits);
    // An exact-size copy: the writer's buffer is larger than its rows, and may be a view into Node's
    // shared pool, which cannot be transferred. A memcpy of ~0.5 KB per span.
    const rowBytes = spans.rows ? new Uint8Array(spans.rows.bytes) : new Uint8Array(0);
    reply = { id: req.id, ok: true, rowCount: spans.rows?.count ?? 0, rowBytes, testSpans: spans.testSpans, rejected, errors };
    port.postMessage(reply, [rowBytes.buffer]);
  } catch (e) {
    reply = { id: req.id, ok: false, decodeError: e instanceof OtlpDecodeError, message: e instanceof Error ? e.message : String(e) };
    port.postMessage(reply);
  }
});
