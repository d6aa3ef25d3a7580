import type { SpanRecord } from '../records.ts';

// The name of the runtime operation a span is part of, the way instrumentations name operations: a
// route template, never a raw URL, so that /api/orders/5 and /api/orders/6 are one operation.
// Computed once per span when spans are encoded for the store (src/store/rows.ts, spans.operation),
// so every reader (hot operations, coverage, incidents) groups by the same name.
//
// Rules, first that applies (attribute names from the OpenTelemetry semantic conventions, current
// and older spellings: https://opentelemetry.io/docs/specs/semconv/http/http-spans/):
//   1. the span name when it already is "METHOD /path" (the HTTP conventions' `{method} {http.route}`),
//      its path put through templatePath (a no-op on a real template; a raw path some instrumentation
//      put in a name still loses its ids);
//   2. method + `http.route`;
//   3. `rpc.service`/`rpc.method`;
//   4. the messaging destination: `messaging.destination.template`, else `.name`, else the older
//      `messaging.destination`, prefixed with `messaging.operation.type`/`messaging.operation` when
//      present ("process orders");
//   5. method + `url.path` (else the older `http.target`, else the path of `url.full`/`http.url`),
//      through templatePath. This is the server span of an ESM Express app whose loader hook is not
//      registered: named just "GET", with url.path = /api/orders/5 and no http.route;
//   6. otherwise the span name.

/** Segment placeholder for a variable path segment (Express's route parameter syntax). */
export const VARIABLE_SEGMENT = ':id';

const HTTP_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH', 'QUERY', '_OTHER']);

/** The operation a span belongs to; see the rules above. */
export function operationName(span: Pick<SpanRecord, 'name' | 'spanAttributes'>): string {
  const a = span.spanAttributes;
  const name = span.name.trim();

  const named = /^([A-Za-z_]+) (\/\S*)$/.exec(name);
  if (named && HTTP_METHODS.has(named[1]!.toUpperCase())) return `${named[1]!.toUpperCase()} ${templatePath(named[2]!)}`;

  const method = httpMethod(a);
  const route = a['http.route'];
  if (route) return method ? `${method} ${route}` : route;

  const rpcService = a['rpc.service'];
  const rpcMethod = a['rpc.method'];
  if (rpcService && rpcMethod) return `${rpcService}/${rpcMethod}`;

  const destination = a['messaging.destination.template'] || a['messaging.destination.name'] || a['messaging.destination'];
  if (destination) {
    const op = a['messaging.operation.type'] || a['messaging.operation'];
    return op ? `${op} ${destination}` : destination;
  }

  const path = a['url.path'] || pathOfTarget(a['http.target']) || pathOfUrl(a['url.full'] || a['http.url']);
  if (path && method) return `${method} ${templatePath(path)}`;

  return name;
}

/**
 * A path with its variable segments replaced by ':id': numbers, UUIDs, hex ids, long tokens (see
 * isVariableSegment). Template segments (':id', '{id}', '*') and words are kept; the query is dropped.
 */
export function templatePath(path: string): string {
  const q = path.search(/[?#]/);
  const bare = q >= 0 ? path.slice(0, q) : path;
  return bare
    .split('/')
    .map((segment) => (isVariableSegment(segment) ? VARIABLE_SEGMENT : segment))
    .join('/');
}

const NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;
const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
// Hex ids: object ids (24), trace ids (32), git shas (7-40) and the like. Eight or more hex digits with
// at least one digit, so words spelled in a-f ("deadbeef" aside: "facade", "added") stay words.
const HEX = /^(?=[0-9a-f]*\d)[0-9a-f]{8,}$/i;
// Long tokens: base64/base64url ids, ULIDs, KSUIDs, session tokens. Long and mixing digits in.
const TOKEN = /^(?=.*\d)[A-Za-z0-9_~.=-]{20,}$/;

const DIGIT = /\d/;

/** True for a path segment that is a value rather than part of the route. */
export function isVariableSegment(raw: string): boolean {
  if (raw === '') return false;
  let segment = raw;
  if (raw.includes('%')) {
    try {
      segment = decodeURIComponent(raw);
    } catch {
      // Not valid percent-encoding: judge it as it is.
    }
  }
  // Every kind of value has a digit (a UUID's version digit included): most route words stop here.
  if (!DIGIT.test(segment)) return false;
  return NUMBER.test(segment) || UUID.test(segment) || HEX.test(segment) || TOKEN.test(segment);
}

function httpMethod(a: Readonly<Record<string, string>>): string {
  const method = a['http.request.method'] || a['http.method'] || '';
  return method.toUpperCase();
}

/** http.target is path + query (older HTTP conventions). */
function pathOfTarget(target: string | undefined): string {
  return target && target.startsWith('/') ? target : '';
}

function pathOfUrl(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}
