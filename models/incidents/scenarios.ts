import type { Baseline, EntrySpan } from '../../src/store/incident-evidence.ts';

// An incident's evidence traces reduced to replayable scenarios: the entry request of each trace as
// the instrumentation recorded it, what a healthy answer looks like, and what the operation normally
// reaches downstream. Pure: the spans and baselines are read by src/store/incident-evidence.ts.
//
// The request comes from the entry span's attributes (OpenTelemetry HTTP semantic conventions, current
// and older names: https://opentelemetry.io/docs/specs/semconv/http/http-spans/):
//   method  http.request.method | http.method
//   path    url.path | the path of http.target | the path of url.full / http.url   (real values, not the template)
//   query   url.query | the query of http.target / url.full / http.url
//   headers http.request.header.<name> (captured only when the instrumentation is told to, e.g.
//           instrumentation-http's headersToSpanAttributes); credentials are never copied into tests
//   body    http.request.body: no convention records bodies, so Signalhouse reads this attribute when
//           the app sets it on its server span (docs/incidents.md); a JSON body with no captured
//           Content-Type is sent as application/json
// A healthy answer: no 5xx, and an answer within the operation's production p95 before the incident
// times LATENCY_FACTOR, but never less than p95 + LATENCY_SLACK_MS (tests run on CI machines, not on
// production hardware, and a 3 ms p95 must not turn into a 9 ms limit).

export const LATENCY_FACTOR = 3;
export const LATENCY_SLACK_MS = 1000;
/** Trace ids kept per scenario: enough to find the evidence again, bounded for big incidents. */
export const MAX_TRACES_PER_SCENARIO = 10;
/** The attribute a span carries its request body under (see above). */
export const BODY_ATTRIBUTE = 'http.request.body';
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key']);

export interface ReplayRequest {
  method: string;
  /** The path with its real values, as production received it. */
  path: string;
  /** The query string without '?', '' when none. */
  query: string;
  headers: Record<string, string>;
  body: string | null;
}

export interface Scenario {
  /** Stable within a suite: the operation and failure signature, slugged. */
  id: string;
  name: string;
  service: string;
  operation: string;
  kind: string;
  /** "HTTP 500", "error <message>" or "slow": scenarios are unique per operation and signature. */
  signature: string;
  /** null when the entry span is not an HTTP request (a consumer): kept in the suite, not replayable. */
  request: ReplayRequest | null;
  expect: { statusBelow: 500; maxLatencyMs: number | null; baselineP95Ms: number | null };
  observed: { status: number | null; durationMs: number; statusMessage: string };
  downstream: { service: string; operation: string; kind: string }[];
  traceIds: string[];
}

function attr(a: Record<string, string>, ...names: string[]): string {
  for (const n of names) {
    const v = a[n];
    if (v !== undefined && v !== '') return v;
  }
  return '';
}

/** Path and query of a target ('/a?b=1') or a full URL. */
function splitTarget(target: string): { path: string; query: string } {
  if (target === '') return { path: '', query: '' };
  let t = target;
  if (!t.startsWith('/')) {
    try {
      const u = new URL(t);
      t = `${u.pathname}${u.search}`;
    } catch {
      return { path: '', query: '' };
    }
  }
  const q = t.indexOf('?');
  return q >= 0 ? { path: t.slice(0, q), query: t.slice(q + 1) } : { path: t, query: '' };
}

/** An attribute value as stored: arrays come as compact JSON (ingestion/otlp/any-value.ts). */
function headerValue(v: string): string {
  if (v.startsWith('[')) {
    try {
      const list: unknown = JSON.parse(v);
      if (Array.isArray(list)) return list.map(String).join(', ');
    } catch {
      // not JSON after all: the value as it is
    }
  }
  return v;
}

export function requestOf(span: Pick<EntrySpan, 'attributes'>): ReplayRequest | null {
  const a = span.attributes;
  const method = attr(a, 'http.request.method', 'http.method').toUpperCase();
  const fromTarget = splitTarget(attr(a, 'http.target'));
  const fromUrl = splitTarget(attr(a, 'url.full', 'http.url'));
  const path = attr(a, 'url.path') || fromTarget.path || fromUrl.path;
  if (!method || !path) return null;
  const query = attr(a, 'url.query') || fromTarget.query || fromUrl.query;
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(a)) {
    if (!k.startsWith('http.request.header.')) continue;
    const name = k.slice('http.request.header.'.length).toLowerCase();
    if (SECRET_HEADERS.has(name)) continue;
    headers[name] = headerValue(v);
  }
  const body = a[BODY_ATTRIBUTE];
  // Instrumentations rarely capture Content-Type; without it a JSON body is not parsed as JSON by the
  // app, and the replay would not be the request production saw.
  if (body !== undefined && headers['content-type'] === undefined && isJson(body)) headers['content-type'] = 'application/json';
  return { method, path, query: query.replace(/^\?/, ''), headers, body: body === undefined ? null : body };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export function httpStatusOf(span: Pick<EntrySpan, 'attributes'>): number | null {
  const s = Number(attr(span.attributes, 'http.response.status_code', 'http.status_code'));
  return Number.isInteger(s) && s > 0 ? s : null;
}

/** What went wrong, coarse enough that the same bug in many requests is one signature. */
export function failureSignature(span: EntrySpan, maxLatencyMs: number | null): string | null {
  const status = httpStatusOf(span);
  if (status !== null && status >= 500) return `HTTP ${status}`;
  if (span.statusCode === 'error') {
    // Numbers and ids vary per request; the message around them names the failure.
    const msg = span.statusMessage.replace(/[0-9a-f]{8,}|\d+/gi, '#').trim().slice(0, 120);
    return msg ? `error ${msg}` : 'error';
  }
  if (maxLatencyMs !== null && span.durationMs > maxLatencyMs) return 'slow';
  return null;
}

export function maxLatencyOf(p95Ms: number): number {
  return Math.ceil(Math.max(p95Ms * LATENCY_FACTOR, p95Ms + LATENCY_SLACK_MS));
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'scenario';
}

/**
 * One scenario per (service, operation, signature), in the order of the evidence; a later trace with
 * the same operation and signature only adds its trace id. Spans that show nothing wrong (a slow
 * trace within the normal latency, or one with no baseline to judge it by) make no scenario.
 */
export function scenariosOf(evidence: readonly EntrySpan[], baselines: readonly Baseline[]): Scenario[] {
  const base = new Map(baselines.map((b) => [`${b.service}\n${b.operation}`, b]));
  const out = new Map<string, Scenario>();
  for (const span of evidence) {
    const b = base.get(`${span.service}\n${span.operation}`);
    const maxLatencyMs = b && b.calls > 0 ? maxLatencyOf(b.p95Ms) : null;
    const signature = failureSignature(span, maxLatencyMs);
    if (signature === null) continue;
    const key = `${span.service}\n${span.operation}\n${signature}`;
    const seen = out.get(key);
    if (seen) {
      if (seen.traceIds.length < MAX_TRACES_PER_SCENARIO && !seen.traceIds.includes(span.traceId)) seen.traceIds.push(span.traceId);
      continue;
    }
    const status = httpStatusOf(span);
    const was = signature === 'slow' ? `took ${Math.round(span.durationMs)} ms` : `saw ${signature}`;
    out.set(key, {
      id: slug(`${span.service} ${span.operation} ${signature}`),
      name: `${span.operation} on ${span.service} answers without a server error${maxLatencyMs !== null ? ` within ${maxLatencyMs} ms` : ''} (the incident ${was})`,
      service: span.service,
      operation: span.operation,
      kind: span.kind,
      signature,
      request: requestOf(span),
      expect: { statusBelow: 500, maxLatencyMs, baselineP95Ms: b && b.calls > 0 ? Math.round(b.p95Ms * 100) / 100 : null },
      observed: { status, durationMs: Math.round(span.durationMs * 100) / 100, statusMessage: span.statusMessage },
      downstream: b?.downstream ?? [],
      traceIds: [span.traceId],
    });
  }
  return [...out.values()];
}
