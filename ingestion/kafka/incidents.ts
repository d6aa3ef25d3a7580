import { z } from 'zod';
import { KafkaDecodeError } from './errors.ts';
import { jsonValue } from './json-value.ts';
import type { KafkaMessage } from './message.ts';

// The incidents topic: one production incident per message, as JSON:
//   { "id": "INC-42", "repo": "acme/shop", "title": "Checkout 500s", "severity": "sev1",
//     "status": "resolved", "services": ["checkout"], "traceIds": ["0af7651916cd43dd8448eb211c80319c"],
//     "startedAt": "2026-11-20T10:00:00Z", "resolvedAt": "2026-11-20T11:30:00Z" }
// id, title and startedAt are required. Fields not named here are allowed and kept: the raw JSON is
// stored whole, so a later model can read what this schema does not know yet. Re-sending an incident
// (same repo and id) replaces it (ReplacingMergeTree), which is also what makes a redelivery harmless.

/** A trace id as OTLP/JSON writes it: 32 hex digits. Stored lowercase, as spans store theirs. */
const traceId = z
  .string()
  .regex(/^[0-9a-fA-F]{32}$/, 'must be 32 hex digits')
  .transform((s) => s.toLowerCase());
// DateTime64's range is 1900-01-01 to 2299-12-31; outside it ClickHouse would clamp silently.
const time = z.iso
  .datetime({ offset: true })
  .transform((s) => new Date(s))
  .refine((d) => d.getUTCFullYear() >= 1900 && d.getUTCFullYear() <= 2299, 'must be between the years 1900 and 2299');

export const incidentSchema = z.looseObject({
  id: z.string().min(1).max(256),
  repo: z.string().max(512).optional(),
  title: z.string().min(1).max(4096),
  severity: z.string().max(64).optional(),
  status: z.string().max(64).optional(),
  services: z.array(z.string().min(1).max(512)).max(1000).optional(),
  traceIds: z.array(traceId).max(10_000).optional(),
  startedAt: time,
  resolvedAt: time.nullable().optional(),
});

export interface IncidentRecord {
  id: string;
  /** '' when the incident names no repository (it may span several). */
  repo: string;
  title: string;
  severity: string;
  status: string;
  services: string[];
  traceIds: string[];
  startedAt: Date;
  resolvedAt: Date | null;
  /** The message's JSON text as received. */
  raw: string;
}

export function decodeIncidentMessage(msg: KafkaMessage): IncidentRecord {
  const { raw, json } = jsonValue(msg);
  const parsed = incidentFromJson(json, raw);
  if ('problems' in parsed) throw new KafkaDecodeError('BAD_INCIDENT', parsed.problems.slice(0, 10).join('; '));
  return parsed.incident;
}

/**
 * An incident from its parsed JSON (`raw` is the text it came as, stored whole), or what is wrong with
 * it: the one validation shared by the Kafka topic and POST /v1/incidents.
 */
export function incidentFromJson(json: unknown, raw: string): { incident: IncidentRecord } | { problems: string[] } {
  const parsed = incidentSchema.safeParse(json);
  if (!parsed.success) {
    return { problems: parsed.error.issues.map((i) => `${i.path.length > 0 ? i.path.join('.') : '(root)'}: ${i.message}`) };
  }
  const v = parsed.data;
  return {
    incident: {
      id: v.id,
      repo: v.repo ?? '',
      title: v.title,
      severity: v.severity ?? '',
      status: v.status ?? '',
      services: v.services ?? [],
      traceIds: v.traceIds ?? [],
      startedAt: v.startedAt,
      resolvedAt: v.resolvedAt ?? null,
      raw,
    },
  };
}
