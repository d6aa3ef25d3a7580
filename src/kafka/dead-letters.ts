import type { KafkaMessage } from '../../ingestion/kafka/message.ts';
import type { WriteUnit } from '../store/batch-writer.ts';

// A message kept in `dead_letters` (migrations/0007_dead_letters.sql) with everything needed to look
// at it or replay it: its original bytes (base64), key, headers, topic, partition, offset, and why it
// was not ingested.

const utf8 = new TextDecoder('utf-8', { fatal: true });
const REASON_MAX = 4096;

/**
 * The key as text when it is printable UTF-8, else `base64:` + its bytes. Keys are any bytes a producer
 * chose; the Collector's Kafka exporter (v0.165) writes none by default, and with
 * partition_traces_by_id the trace id as 32 hex characters.
 */
function keyText(key: Buffer | null): string {
  if (key === null) return '';
  try {
    const text = utf8.decode(key);
    if (!/[\u0000-\u001f\u007f]/.test(text)) return text;
  } catch {
    // not UTF-8
  }
  return `base64:${key.toString('base64')}`;
}

export function deadLetterRow(msg: KafkaMessage, reason: string) {
  return {
    source: 'kafka',
    topic: msg.topic,
    partition: msg.partition,
    offset: msg.offset,
    key: keyText(msg.key),
    value_b64: msg.value === null ? '' : msg.value.toString('base64'),
    headers: msg.headers,
    reason: reason.length > REASON_MAX ? `${reason.slice(0, REASON_MAX - 1)}…` : reason,
  };
}

/**
 * The unit that stores one dead letter. Its id names the message, so a retried write of it carries
 * the same deduplication token when the writer flushes it alone.
 */
export function deadLetterUnit(msg: KafkaMessage, reason: string): WriteUnit {
  return { id: `dead:${msg.topic}:${msg.partition}:${msg.offset}`, rows: { dead_letters: [deadLetterRow(msg, reason)] } };
}
