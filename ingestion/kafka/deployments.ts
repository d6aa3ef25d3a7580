import { parseDeployment, type DeploymentRecord } from '../deployments.ts';
import { jsonValue } from './json-value.ts';
import type { KafkaMessage } from './message.ts';

// The deployments topic: one deployment event per message, the JSON of POST /v1/deployments
// (ingestion/deployments.ts). An event without an id gets one derived from its fields, so a
// redelivered message replaces the stored deployment. An invalid one is a dead letter whose reason is
// the API's BAD_DEPLOYMENT message.

export function decodeDeploymentMessage(msg: KafkaMessage): DeploymentRecord {
  return parseDeployment(jsonValue(msg).json);
}
