import type { SpanEventRecord, SpanLinkRecord, SpanRecord } from '../records.ts';
import { retentionCutoffMs } from '../retention.ts';
import { attributeMap, truncate } from './attributes.ts';
import { isAllZeroHex, type WireId } from './ids.ts';
import type { DecodeLimits } from './limits.ts';
import { isTestCaseSpan } from './test-spans.ts';
import type { WireEvent, WireLink, WireResourceSpans } from './wire-model.ts';

/**
 * The outcome of one export request. `rejected` and `errors` feed the response's
 * `partial_success { rejected_spans, error_message }`:
 * https://opentelemetry.io/docs/specs/otlp/#partial-success-1
 */
export interface DecodedTraces {
  /** Spans of one resource share one `resourceAttributes` object: treat records as read-only. */
  spans: SpanRecord[];
  rejected: number;
  /** Short messages naming the span and the problem, at most `limits.maxErrors`. */
  errors: string[];
}

// Enum names from trace.proto without their SPAN_KIND_ / STATUS_CODE_ prefix, indexed by number.
const SPAN_KIND_NAMES = ['unspecified', 'internal', 'server', 'client', 'producer', 'consumer'];
const STATUS_CODE_NAMES = ['unset', 'ok', 'error'];

/**
 * Where a batch of a request begins (decode-protobuf.ts decodes a large request a batch at a time): its
 * first resource, scope and span index in the request, so that error messages name the request's spans.
 * A batch that starts at a span index other than 0 holds one resource and one scope.
 */
export interface BatchOrigin {
  resource: number;
  scope: number;
  span: number;
}

const REQUEST_START: BatchOrigin = { resource: 0, scope: 0, span: 0 };

/**
 * Validates each span and builds its record; a span that fails validation is rejected alone. Records
 * are added to `result`'s spans, rejections counted and noted there (so batches of one request share
 * one count and one list of messages).
 */
export function assembleSpanRecords(
  request: readonly WireResourceSpans[],
  limits: DecodeLimits,
  result: DecodedTraces = { spans: [], rejected: 0, errors: [] },
  origin: BatchOrigin = REQUEST_START,
): DecodedTraces {
  const spanPath = (r: number, s: number, i: number) =>
    `resourceSpans[${origin.resource + r}].scopeSpans[${(r === 0 ? origin.scope : 0) + s}].spans[${(r === 0 && s === 0 ? origin.span : 0) + i}]`;
  const oldestStart = oldestStartUnixNano(limits.spansRetentionDays);
  const oldestTestStart = oldestStartUnixNano(limits.testResultsRetentionDays);
  // Plain loops and no per-span closures: this runs once per span on the ingest hot path.
  for (let r = 0; r < request.length; r++) {
    const resourceSpans = request[r]!;
    const resourceAttributes = attributeMap(resourceSpans.resourceAttributes, limits);
    // https://opentelemetry.io/docs/specs/semconv/resource/#service
    const serviceName = resourceAttributes['service.name'] || 'unknown_service';
    // `deployment.environment` was renamed `deployment.environment.name` in semconv 1.27.
    const environment = resourceAttributes['deployment.environment.name'] || resourceAttributes['deployment.environment'] || '';
    for (let s = 0; s < resourceSpans.scopeSpans.length; s++) {
      const { scopeName, scopeVersion, spans } = resourceSpans.scopeSpans[s]!;
      for (let i = 0; i < spans.length; i++) {
        const span = spans[i]!;
        if ('malformed' in span) {
          reject(result, limits, spanPath(r, s, i), span.malformed);
          continue;
        }
        // Valid ids: present, of the right length, not all zeros
        // (https://opentelemetry.io/docs/specs/otel/trace/api/#spancontext).
        const { traceId, spanId, parentSpanId } = span;
        if (!isValidId(traceId)) {
          reject(result, limits, spanPath(r, s, i), idProblem('trace id', traceId));
          continue;
        }
        if (!isValidId(spanId)) {
          reject(result, limits, spanPath(r, s, i), idProblem('span id', spanId));
          continue;
        }
        if (typeof parentSpanId !== 'string') {
          reject(result, limits, spanPath(r, s, i), `invalid parent span id: ${parentSpanId.malformed}`);
          continue;
        }
        if (span.startTimeUnixNano === 0n) {
          reject(result, limits, spanPath(r, s, i), 'missing start time');
          continue;
        }
        const start = span.startTimeUnixNano;
        // Past a table's retention, the rows would be deleted on arrival (ingestion/retention.ts).
        if (start < oldestStart) {
          reject(result, limits, spanPath(r, s, i), tooOld(start, limits.spansRetentionDays, 'SIGNALHOUSE_SPANS_TTL_DAYS'));
          continue;
        }
        const end = span.endTimeUnixNano;
        const record: SpanRecord = {
          traceId,
          spanId,
          // An all-zero parent is what some senders write for "no parent".
          parentSpanId: isAllZeroHex(parentSpanId) ? '' : parentSpanId,
          traceState: span.traceState,
          serviceName,
          name: truncate(span.name, limits.maxAttributeValueLength),
          kind: SPAN_KIND_NAMES[span.kind] ?? 'unspecified',
          startTimeUnixNano: start,
          // A span without an end time (or whose clock went backwards) is kept with no duration.
          durationNs: end > start ? end - start : 0n,
          statusCode: STATUS_CODE_NAMES[span.statusCode] ?? 'unset',
          statusMessage: truncate(span.statusMessage, limits.maxAttributeValueLength),
          environment,
          scopeName,
          scopeVersion,
          resourceAttributes,
          spanAttributes: attributeMap(span.attributes, limits),
          events: eventRecords(span.events, limits),
          links: span.links.length === 0 ? [] : linkRecords(span.links, limits, (message) => note(result, limits, `${spanPath(r, s, i)}.${message}`)),
        };
        if (start < oldestTestStart && isTestCaseSpan(record)) {
          reject(result, limits, spanPath(r, s, i), tooOld(start, limits.testResultsRetentionDays, 'SIGNALHOUSE_RESULTS_TTL_DAYS'));
          continue;
        }
        result.spans.push(record);
      }
    }
  }
  return result;
}

/** The start time before which a span falls outside the retention window; 0n when there is none. */
function oldestStartUnixNano(retentionDays: number): bigint {
  const cutoff = retentionCutoffMs(retentionDays);
  return Number.isFinite(cutoff) ? BigInt(cutoff) * 1_000_000n : 0n;
}

function tooOld(start: bigint, retentionDays: number, setting: string): string {
  const started = new Date(Number(start / 1_000_000n)).toISOString();
  return `span started ${started}, before the retention window of ${retentionDays} days (${setting}): it would be deleted on arrival, so it is not stored`;
}

function reject(result: DecodedTraces, limits: DecodeLimits, path: string, problem: string): void {
  result.rejected++;
  note(result, limits, `${path}: ${problem}`);
}

function note(result: DecodedTraces, limits: DecodeLimits, message: string): void {
  if (result.errors.length < limits.maxErrors) result.errors.push(message);
}

function isValidId(id: WireId): id is string {
  return typeof id === 'string' && id !== '' && !isAllZeroHex(id);
}

function idProblem(label: string, id: WireId): string {
  if (typeof id !== 'string') return `invalid ${label}: ${id.malformed}`;
  if (id === '') return `missing ${label}`;
  return `invalid ${label}: all zeros`;
}

function eventRecords(events: readonly WireEvent[], limits: DecodeLimits): SpanEventRecord[] {
  const count = Math.min(events.length, limits.maxEventsPerSpan);
  const records: SpanEventRecord[] = new Array<SpanEventRecord>(count);
  for (let k = 0; k < count; k++) {
    const event = events[k]!;
    records[k] = {
      timeUnixNano: event.timeUnixNano,
      name: truncate(event.name, limits.maxAttributeValueLength),
      attributes: attributeMap(event.attributes, limits),
    };
  }
  return records;
}

/** A link with a bad id is dropped with a warning; it is no reason to lose its span. */
function linkRecords(links: readonly WireLink[], limits: DecodeLimits, warn: (message: string) => void): SpanLinkRecord[] {
  const records: SpanLinkRecord[] = [];
  const count = Math.min(links.length, limits.maxLinksPerSpan);
  for (let k = 0; k < count; k++) {
    const { traceId, spanId, traceState, attributes } = links[k]!;
    if (!isValidId(traceId)) warn(`links[${k}] dropped: ${idProblem('trace id', traceId)}`);
    else if (!isValidId(spanId)) warn(`links[${k}] dropped: ${idProblem('span id', spanId)}`);
    else records.push({ traceId, spanId, traceState, attributes: attributeMap(attributes, limits) });
  }
  return records;
}
