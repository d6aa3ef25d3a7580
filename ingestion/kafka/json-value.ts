import { KafkaDecodeError } from './errors.ts';
import type { KafkaMessage } from './message.ts';

// The value of a message that carries one JSON document (the incidents and deployments topics): its
// text, kept as received, and the parsed value. Empty, non-UTF-8 or non-JSON values are decode errors,
// so the message becomes a dead letter naming why.

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function jsonValue(msg: KafkaMessage): { raw: string; json: unknown } {
  if (msg.value === null || msg.value.length === 0) throw new KafkaDecodeError('EMPTY_MESSAGE', 'the message has no value');
  let raw: string;
  try {
    raw = utf8.decode(msg.value);
  } catch (e) {
    throw new KafkaDecodeError('BAD_JSON', 'the value is not UTF-8 text', { cause: e });
  }
  try {
    return { raw, json: JSON.parse(raw) as unknown };
  } catch (e) {
    throw new KafkaDecodeError('BAD_JSON', `the value is not JSON: ${(e as Error).message}`, { cause: e });
  }
}
