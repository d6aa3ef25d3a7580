import path from 'node:path';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';

// The OTLP trace messages, loaded once at module load from the vendored official .proto files
// (./proto, see its README for the upstream version).
//
// Why reflection rather than pbjs-generated static code: the vendored .proto files stay the single
// source of truth (upgrading OTLP = replacing four files), there is no generated code to review or
// keep in sync and no protobufjs-cli dependency, and protobufjs still compiles a specialised
// decode/encode function per message type on first use, so it runs as fast as static code.
// Loading takes a few milliseconds, once per process.

const PROTO_DIR = fileURLToPath(new URL('./proto/', import.meta.url));
const TRACE_SERVICE_PROTO = 'opentelemetry/proto/collector/trace/v1/trace_service.proto';

function loadTraceServiceRoot(): protobuf.Root {
  const root = new protobuf.Root();
  // The .proto files import each other by paths relative to the proto root.
  root.resolvePath = (_origin, target) => path.join(PROTO_DIR, target);
  root.loadSync(TRACE_SERVICE_PROTO); // keepCase: false → fields are lowerCamelCase, as below
  root.resolveAll();
  return root;
}

const root = loadTraceServiceRoot();

// AnyValue's `value` oneof. protobufjs reflection gives every message with a oneof a virtual
// property (here `value`) whose setter, run by the decoder each time a member field is read, deletes
// the other seven member fields from the object: that turned every decoded attribute value into a
// slow dictionary-mode object, and cost a sixth of the decode time. AnyValue's messages get a class
// of their own instead, whose `value` is a plain field (a class field shadows the prototype's
// accessor): the decoder's assignment then just records the name of the member it read last, which is
// the field a reader must take (protobuf: the last member of a oneof on the wire wins). Members read
// earlier stay on the object but are never looked at, since decodeProtobuf reads `value` first.
class AnyValueMessage extends protobuf.Message<object> {
  value: PbAnyValue['value'] = undefined;
}
root.lookupType('opentelemetry.proto.common.v1.AnyValue').ctor = AnyValueMessage;

/**
 * protobufjs' BufferReader with a cheaper string read: decode with `new OtlpReader(buffer)`.
 * proto3 strings must be valid UTF-8, so the generated decoders call stringVerify, which builds
 * strings under 64 bytes by concatenating 8 characters at a time: a chain of partial strings per
 * attribute key and value, each flattened again later when it becomes a property name or is written
 * out. Nearly all OTLP strings are short ASCII; those are sliced from the buffer in one native call
 * here, and anything else goes through a strict decoder (still rejecting invalid UTF-8, and keeping a
 * leading byte order mark as protobufjs does). Parsing is still protobufjs' own generated code.
 */
export class OtlpReader extends protobuf.BufferReader {
  private readonly source: Buffer;

  constructor(buffer: Buffer) {
    super(buffer);
    this.source = buffer;
  }

  override stringVerify(): string {
    const length = this.size();
    const start = this.pos;
    const end = start + length;
    if (end > this.len) throw new RangeError(`index out of range: ${start} + ${length} > ${this.len}`);
    this.pos = end;
    const bytes = this.source;
    for (let i = start; i < end; i++) {
      if (bytes[i]! >= 0x80) return STRICT_UTF8.decode(bytes.subarray(start, end));
    }
    return bytes.toString('latin1', start, end); // ASCII: latin1 decodes it as itself, into a flat string
  }
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export const ExportTraceServiceRequest = root.lookupType('opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest');
export const ExportTraceServiceResponse = root.lookupType('opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse');
// The messages a large request is decoded by, one at a time (decode-protobuf.ts).
export const ResourceMessage = root.lookupType('opentelemetry.proto.resource.v1.Resource');
export const InstrumentationScopeMessage = root.lookupType('opentelemetry.proto.common.v1.InstrumentationScope');
export const SpanMessage = root.lookupType('opentelemetry.proto.trace.v1.Span');

// Typed views of what `ExportTraceServiceRequest.decode` returns. protobufjs builds these objects
// from the schema above, so their shape is guaranteed; the types only let TypeScript see it.
// Absent fields read their proto3 defaults ('' / 0 / empty bytes / empty array / null message).
// 64-bit fields arrive as Long (protobufjs uses the `long` package when present, as it is here),
// typed as number too because protobufjs falls back to numbers without it.

export type PbUint64 = protobuf.Long | number;

export interface PbExportTraceServiceRequest {
  resourceSpans: PbResourceSpans[];
}

export interface PbResourceSpans {
  resource: PbResource | null;
  scopeSpans: PbScopeSpans[];
}

export interface PbResource {
  attributes: PbKeyValue[];
}

export interface PbScopeSpans {
  scope: PbInstrumentationScope | null;
  spans: PbSpan[];
}

export interface PbInstrumentationScope {
  name: string;
  version: string;
}

export interface PbSpan {
  traceId: Uint8Array;
  spanId: Uint8Array;
  traceState: string;
  parentSpanId: Uint8Array;
  name: string;
  kind: number;
  startTimeUnixNano: PbUint64;
  endTimeUnixNano: PbUint64;
  attributes: PbKeyValue[];
  events: PbEvent[];
  links: PbLink[];
  status: PbStatus | null;
}

export interface PbEvent {
  timeUnixNano: PbUint64;
  name: string;
  attributes: PbKeyValue[];
}

export interface PbLink {
  traceId: Uint8Array;
  spanId: Uint8Array;
  traceState: string;
  attributes: PbKeyValue[];
}

export interface PbStatus {
  message: string;
  code: number;
}

export interface PbKeyValue {
  key: string;
  value: PbAnyValue | null;
}

export interface PbAnyValue {
  /** The name of the oneof member read last from the wire, if any (see AnyValueMessage above). */
  value?: 'stringValue' | 'boolValue' | 'intValue' | 'doubleValue' | 'arrayValue' | 'kvlistValue' | 'bytesValue' | 'stringValueStrindex';
  stringValue: string;
  boolValue: boolean;
  intValue: PbUint64;
  doubleValue: number;
  arrayValue: { values: PbAnyValue[] } | null;
  kvlistValue: { values: PbKeyValue[] } | null;
  bytesValue: Uint8Array;
}
