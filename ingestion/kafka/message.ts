// A Kafka message as the decoders see it: plain bytes and strings, nothing of the client library.
// src/kafka/ turns whatever the Kafka client hands over into this shape; decoders here turn it into
// typed records (or say why they cannot).

export interface KafkaMessage {
  topic: string;
  partition: number;
  /** Decimal string: offsets are 64-bit. */
  offset: string;
  key: Buffer | null;
  /** null for a tombstone. */
  value: Buffer | null;
  /** Header values as UTF-8 text. Kafka allows a key more than once; the last value wins here. */
  headers: Record<string, string>;
  /** Producer or log-append time, milliseconds since the epoch (Kafka's message timestamp). */
  timestampMs: number;
}

/** A header looked up without regard to case: producers spell `runId`, `runid`, `RunId`… */
export function header(msg: KafkaMessage, name: string): string | undefined {
  const exact = msg.headers[name];
  if (exact !== undefined) return exact;
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(msg.headers)) if (k.toLowerCase() === lower) return v;
  return undefined;
}
