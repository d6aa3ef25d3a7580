import { OtlpDecodeError, type OtlpEncoding } from '../otlp/decode.ts';
import { KafkaDecodeError } from './errors.ts';
import type { KafkaMessage } from './message.ts';

// The `otlp_spans` topic as the OpenTelemetry Collector's Kafka exporter writes it: each message is
// one batch of traces, marshalled by pdata as `TracesData` (`otlp_proto`, the exporter's default) or
// as its OTLP/JSON form (`otlp_json`). `TracesData` has the same field 1 (`repeated ResourceSpans`)
// as `ExportTraceServiceRequest`, so the bytes are the ones an OTLP/HTTP export would carry and the
// OTLP decoders read them unchanged.
// https://github.com/open-telemetry/opentelemetry-collector-contrib/tree/main/exporter/kafkaexporter
// https://github.com/open-telemetry/opentelemetry-proto/blob/main/opentelemetry/proto/trace/v1/trace.proto
//
// Kafka-level compression (the exporter's `producer.compression`) is undone by the Kafka client
// before this runs; there is no payload-level encoding to undo here.

export const SPANS_ENCODINGS = ['otlp_proto', 'otlp_json'] as const;
export type SpansEncoding = (typeof SPANS_ENCODINGS)[number];

/**
 * The spans of one message, by `decode` (the service's trace decoder, which may run in a worker
 * thread). Individual invalid spans are not an error (they are counted in `rejected`, as OTLP's
 * partial success does); a message that is not a trace export at all is a KafkaDecodeError.
 */
export async function decodeSpansMessage<T>(
  msg: KafkaMessage,
  encoding: SpansEncoding,
  decode: (body: Uint8Array, encoding: OtlpEncoding) => T | Promise<T>,
): Promise<T> {
  if (msg.value === null) throw new KafkaDecodeError('EMPTY_MESSAGE', 'the message has no value (a tombstone)');
  try {
    return await decode(msg.value, encoding === 'otlp_json' ? 'json' : 'protobuf');
  } catch (e) {
    if (e instanceof OtlpDecodeError) {
      throw new KafkaDecodeError('OTLP_DECODE', `not an ${encoding} trace batch: ${e.message}`, { cause: e });
    }
    throw e;
  }
}
