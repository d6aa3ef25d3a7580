import type { ClickHouseClient } from '@clickhouse/client';

// Reads about stored spans.

export interface StoredSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string;
  serviceName: string;
  name: string;
  /** The operation the span belongs to (spans.operation, named at ingestion). */
  operation: string;
  kind: string;
  startTime: string;
  durationNs: string;
  statusCode: string;
  statusMessage: string;
  environment: string;
  resourceAttributes: Record<string, string>;
  attributes: Record<string, string>;
  events: { time: string; name: string; attributes: Record<string, string> }[];
  links: { traceId: string; spanId: string; attributes: Record<string, string> }[];
}

export async function traceSpans(client: ClickHouseClient, traceId: string): Promise<StoredSpan[]> {
  const rs = await client.query({
    query: `
      SELECT trace_id, span_id, parent_span_id, service_name, name, operation, kind, start_time, duration_ns,
             status_code, status_message, environment, resource_attributes, span_attributes,
             events.time, events.name, events.attributes, links.trace_id, links.span_id, links.attributes
      FROM spans FINAL
      WHERE trace_id = {traceId:String}
      ORDER BY start_time, span_id
      LIMIT 10000`,
    query_params: { traceId },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.traces-queries.traceSpans' },
  });
  const rows = await rs.json<Record<string, unknown>>();
  return rows.map((r) => {
    const evTimes = r['events.time'] as string[];
    const evNames = r['events.name'] as string[];
    const evAttrs = r['events.attributes'] as Record<string, string>[];
    const lkTrace = r['links.trace_id'] as string[];
    const lkSpan = r['links.span_id'] as string[];
    const lkAttrs = r['links.attributes'] as Record<string, string>[];
    return {
      traceId: String(r.trace_id),
      spanId: String(r.span_id),
      parentSpanId: String(r.parent_span_id),
      serviceName: String(r.service_name),
      name: String(r.name),
      operation: String(r.operation),
      kind: String(r.kind),
      startTime: `${String(r.start_time).replace(' ', 'T')}Z`,
      durationNs: String(r.duration_ns),
      statusCode: String(r.status_code),
      statusMessage: String(r.status_message),
      environment: String(r.environment),
      resourceAttributes: r.resource_attributes as Record<string, string>,
      attributes: r.span_attributes as Record<string, string>,
      events: evTimes.map((t, i) => ({ time: `${t.replace(' ', 'T')}Z`, name: evNames[i]!, attributes: evAttrs[i]! })),
      links: lkTrace.map((t, i) => ({ traceId: t, spanId: lkSpan[i]!, attributes: lkAttrs[i]! })),
    };
  });
}

export interface OperationStats {
  serviceName: string;
  operation: string;
  kind: string;
  environment: string;
  spans: number;
  errors: number;
  p50Ms: number;
  p95Ms: number;
}

/**
 * The hottest runtime operations: span counts and latency per (service, operation, kind, environment);
 * operations are named at ingestion (ingestion/otlp/operation-name.ts), so raw paths with ids fold into one.
 */
export async function operationStats(
  client: ClickHouseClient,
  q: { service?: string; environment?: string; sinceHours: number; limit: number },
): Promise<OperationStats[]> {
  const rs = await client.query({
    query: `
      SELECT service_name, operation, kind, environment,
             uniqExact(trace_id, span_id) AS spans,
             uniqExactIf((trace_id, span_id), status_code = 'error') AS errors,
             quantile(0.5)(duration_ns) / 1e6 AS p50_ms,
             quantile(0.95)(duration_ns) / 1e6 AS p95_ms
      FROM spans
      WHERE start_time >= now64(9) - toIntervalHour({since:UInt32})
        AND ({service:String} = '' OR service_name = {service:String})
        AND ({environment:String} = '' OR environment = {environment:String})
      GROUP BY service_name, operation, kind, environment
      ORDER BY spans DESC, service_name, operation
      LIMIT {limit:UInt32}`,
    query_params: { service: q.service ?? '', environment: q.environment ?? '', since: q.sinceHours, limit: q.limit },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.traces-queries.operationStats' },
  });
  const rows = await rs.json<Record<string, string | number>>();
  return rows.map((r) => ({
    serviceName: String(r.service_name),
    operation: String(r.operation),
    kind: String(r.kind),
    environment: String(r.environment),
    spans: Number(r.spans),
    errors: Number(r.errors),
    p50Ms: Number(r.p50_ms),
    p95Ms: Number(r.p95_ms),
  }));
}
