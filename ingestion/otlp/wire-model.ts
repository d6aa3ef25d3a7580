import type { KeyValue } from './any-value.ts';
import type { WireId } from './ids.ts';

// An ExportTraceServiceRequest after decoding, the same whichever encoding it came in
// (collector/trace/v1/trace_service.proto, trace/v1/trace.proto). Values are as sent: nothing is
// validated, defaulted or limited yet; span-assembly.ts does that, once for both encodings.

export interface WireResourceSpans {
  resourceAttributes: KeyValue[];
  scopeSpans: WireScopeSpans[];
}

export interface WireScopeSpans {
  scopeName: string;
  scopeVersion: string;
  spans: (WireSpan | MalformedWireSpan)[];
}

export interface WireSpan {
  traceId: WireId;
  spanId: WireId;
  parentSpanId: WireId;
  traceState: string;
  name: string;
  /** Span.SpanKind number. */
  kind: number;
  /** 0 when absent: proto3 cannot tell "unset" from 0, and 0 is no real start time. */
  startTimeUnixNano: bigint;
  endTimeUnixNano: bigint;
  attributes: KeyValue[];
  events: WireEvent[];
  links: WireLink[];
  /** Status.StatusCode number. */
  statusCode: number;
  statusMessage: string;
}

/** A span whose fields had the wrong JSON types: rejected alone, the rest of the request is kept. */
export interface MalformedWireSpan {
  malformed: string;
}

export interface WireEvent {
  timeUnixNano: bigint;
  name: string;
  attributes: KeyValue[];
}

export interface WireLink {
  traceId: WireId;
  spanId: WireId;
  traceState: string;
  attributes: KeyValue[];
}
