import type { IncidentRecord } from '../../ingestion/kafka/incidents.ts';
import { clickhouseTime } from './rows.ts';

// IncidentRecord → `incidents` row (migrations/0006_incidents.sql). The table is a ReplacingMergeTree
// on (repo, incident_id): a re-sent or redelivered incident replaces the stored one.

export function incidentRow(r: IncidentRecord) {
  return {
    repo: r.repo,
    incident_id: r.id,
    title: r.title,
    severity: r.severity,
    status: r.status,
    services: r.services,
    trace_ids: r.traceIds,
    started_at: clickhouseTime(r.startedAt),
    resolved_at: r.resolvedAt ? clickhouseTime(r.resolvedAt) : null,
    raw: r.raw,
  };
}
