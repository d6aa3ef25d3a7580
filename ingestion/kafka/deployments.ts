import { parseDeployment, type DeploymentRecord } from '../deployments.ts';
import { KafkaDecodeError } from './errors.ts';
import type { KafkaMessage } from './message.ts';

// The deployments topic: one deployment event per message, the JSON of POST /v1/deployments
// (ingestion/deployments.ts). An event without an id gets one derived from its fields, so a
// redelivered message replaces the stored deployment. An invalid one is a dead letter whose reason is
// the API's BAD_DEPLOYMENT message.

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeDeploymentMessage(msg: KafkaMessage): DeploymentRecord {
  if (msg.value === null || msg.value.length === 0) throw new KafkaDecodeError('EMPTY_MESSAGE', 'the message has no value');
  let json: unknown;
  try {
    json = JSON.parse(utf8.decode(msg.value));
  } catch (e) {
    throw new KafkaDecodeError('BAD_JSON', `the value is not UTF-8 JSON: ${(e as Error).message}`, { cause: e });
  }
  return parseDeployment(json);
}
