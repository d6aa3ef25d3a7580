import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Rng, WeightedPicker, zipfWeights } from './prng.ts';

// Production traffic and test traces with a planted truth, for hot-path coverage (docs/coverage.md).
// Written as OTLP/JSON trace exports (what the OpenTelemetry SDK's http/json exporter sends), so the
// service reads them exactly as it reads real ones: DIR/traffic/NNNN.json, and what was planted in
// DIR/traffic-truth.json.
//
// Spans are shaped as real instrumentations write them, several ways, because operation naming must
// survive all of them: an Express app with the ESM loader hook ("GET /api/orders/:orderId" +
// http.route), one without it (just "GET" + url.path with real ids), the older HTTP conventions
// (http.method + http.target), gRPC (rpc.service/rpc.method) and a queue consumer (messaging.*).
// Raw paths carry numbers, UUIDs, hex ids and tokens, different in production and in tests.
//
// Planted: four hot paths with most of the traffic, a long tail; a covered set (two of the hot paths
// among them) exercised by test executions whose test span is an ancestor of the app's server span
// (through the runner's client span); noise that must not count: staging traffic, spans of the app
// under test in CI, client spans, a test nested in another test (its operation belongs to the inner
// test only), a unit test that reaches nothing, an operation only tests reach.

export interface TrafficOptions {
  seed: number;
  /** Production requests (entry spans) in the window. */
  requests: number;
  /** The traffic ends here; it starts 5 days before (inside a 7-day window counted in UTC days). */
  end: Date;
  repo: string;
}

export const DEFAULT_TRAFFIC: Omit<TrafficOptions, 'end'> = { seed: 1, requests: 20_000, repo: 'acme/shop' };

export type Shape = 'express' | 'esm-unhooked' | 'old-http' | 'grpc' | 'consumer';

export interface Planted {
  service: string;
  shape: Shape;
  /** Route template with named parameters, or rpc service/method, or queue. */
  route: string;
  method: string;
  /** Share of traffic: hot paths have a fixed one, the tail shares the rest. */
  hot?: number;
  errorRate: number;
  /** Tests (qualified names) that exercise it. */
  tests: string[];
}

export interface TrafficTruth {
  schemaVersion: 1;
  repo: string;
  window: { from: string; to: string };
  coverage: number;
  calls: number;
  coveredCalls: number;
  operations: { service: string; operation: string; kind: string; calls: number; errors: number; covered: boolean; tests: number; hot: boolean }[];
}

const T = (name: string) => `com.acme.it.${name}`;

/** The planted catalogue; the operation name each shape must get is expectedName's. */
export function catalogue(): Planted[] {
  const ops: Planted[] = [
    // The hot paths: 30% + 20% + 10% + 8% of traffic; the first and third are covered.
    { service: 'shop-api', shape: 'esm-unhooked', route: '/api/orders/:orderId', method: 'GET', hot: 0.3, errorRate: 0.01, tests: [T('OrdersIT.getsOrder'), T('OrdersIT.getsMissingOrder')] },
    { service: 'shop-api', shape: 'express', route: '/api/products/:sku/stock', method: 'GET', hot: 0.2, errorRate: 0.002, tests: [] },
    { service: 'payments', shape: 'grpc', route: 'shop.Payments/Authorize', method: '', hot: 0.1, errorRate: 0.03, tests: [T('PaymentsIT.authorizes')] },
    { service: 'shop-api', shape: 'old-http', route: '/api/carts/:cartId/items', method: 'POST', hot: 0.08, errorRate: 0.05, tests: [] },
  ];
  const tail: [string, Shape, string, string, string[]][] = [
    ['shop-api', 'express', '/api/customers/:customerId', 'GET', [T('CustomersIT.readsProfile')]],
    ['shop-api', 'esm-unhooked', '/api/customers/:customerId/addresses', 'PUT', []],
    ['shop-api', 'express', '/api/search', 'GET', [T('SearchIT.findsByName'), T('SearchIT.pages'), T('SearchIT.emptyQuery')]],
    ['shop-api', 'esm-unhooked', '/api/sessions/:token', 'DELETE', [T('SessionsIT.logsOut')]],
    ['shop-api', 'old-http', '/api/orders/:orderId/refunds/:refundId', 'GET', []],
    ['payments', 'grpc', 'shop.Payments/Capture', '', [T('PaymentsIT.captures')]],
    ['payments', 'grpc', 'shop.Payments/Refund', '', []],
    ['fulfilment', 'consumer', 'orders.placed', '', [T('FulfilmentIT.shipsPlacedOrder')]],
    ['fulfilment', 'consumer', 'orders.cancelled', '', []],
    ['fulfilment', 'esm-unhooked', '/shipments/:shipmentId/label', 'GET', []],
  ];
  for (const [service, shape, route, method, tests] of tail) ops.push({ service, shape, route, method, errorRate: 0.01, tests });
  return ops;
}

export const KIND_CODE = { internal: 1, server: 2, client: 3, consumer: 5 } as const;

/** The operation name Signalhouse must give the spans of a planted operation. */
export function expectedName(op: Pick<Planted, 'shape' | 'route' | 'method'>): string {
  switch (op.shape) {
    case 'express':
      return `${op.method} ${op.route}`;
    case 'esm-unhooked':
    case 'old-http':
      return `${op.method} ${op.route.replace(/:[A-Za-z]+/g, ':id')}`;
    case 'grpc':
      return op.route;
    case 'consumer':
      return `process ${op.route}`;
  }
}

export function kindOf(shape: Shape): 'server' | 'consumer' {
  return shape === 'consumer' ? 'consumer' : 'server';
}

/** A raw path: every :param a value of some id shape. */
function rawPath(rng: Rng, route: string): string {
  return route.replace(/:[A-Za-z]+/g, () => {
    switch (rng.int(0, 3)) {
      case 0:
        return String(rng.int(1, 9_999_999));
      case 1:
        return `${rng.hex(8)}-${rng.hex(4)}-4${rng.hex(3)}-a${rng.hex(3)}-${rng.hex(12)}`;
      case 2:
        return `${rng.int(1, 9)}${rng.hex(23)}`;
      default:
        return `tok_${rng.int(10, 99)}${rng.hex(20)}`;
    }
  });
}

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  kind: number;
  startTimeUnixNano: string;
  endTimeUnixNano: string;
  attributes: { key: string; value: { stringValue: string } }[];
  status: { code: number };
}

const attrs = (o: Record<string, string>) => Object.entries(o).map(([key, v]) => ({ key, value: { stringValue: v } }));

/** The entry span of one request to `op`, as its instrumentation names it. */
export function entrySpan(rng: Rng, op: Planted, ids: { traceId: string; spanId: string; parentSpanId: string }, startMs: number, error: boolean): OtlpSpan {
  const path = rawPath(rng, op.route);
  let name: string;
  let a: Record<string, string>;
  switch (op.shape) {
    case 'express':
      name = `${op.method} ${op.route}`;
      a = { 'http.request.method': op.method, 'http.route': op.route, 'url.path': path, 'http.response.status_code': error ? '500' : '200' };
      break;
    case 'esm-unhooked':
      name = op.method;
      a = { 'http.request.method': op.method, 'url.path': path, 'url.query': `v=${rng.int(1, 9)}`, 'http.response.status_code': error ? '503' : '200' };
      break;
    case 'old-http':
      name = `HTTP ${op.method}`;
      a = { 'http.method': op.method, 'http.target': `${path}?page=${rng.int(1, 5)}`, 'http.status_code': error ? '500' : '201' };
      break;
    case 'grpc': {
      const [service, method] = op.route.split('/') as [string, string];
      name = op.route;
      a = { 'rpc.system': 'grpc', 'rpc.service': service, 'rpc.method': method };
      break;
    }
    case 'consumer':
      name = `${op.route} process`;
      a = { 'messaging.system': 'kafka', 'messaging.operation.type': 'process', 'messaging.destination.name': op.route };
      break;
  }
  const durationMs = 2 + rng.logNormal(20, 0.6);
  return {
    ...ids,
    name,
    kind: KIND_CODE[kindOf(op.shape)],
    startTimeUnixNano: `${BigInt(Math.round(startMs * 1000)) * 1000n}`,
    endTimeUnixNano: `${BigInt(Math.round((startMs + durationMs) * 1000)) * 1000n}`,
    attributes: attrs(a),
    status: { code: error ? 2 : 0 },
  };
}

export function childSpan(rng: Rng, parent: OtlpSpan, name: string, kind: number): OtlpSpan {
  return { ...parent, spanId: rng.hex(16), parentSpanId: parent.spanId, name, kind, attributes: attrs({ 'db.system': 'postgresql' }), status: { code: 0 } };
}

/** Spans grouped into OTLP exports by resource (service + environment). */
export class Exports {
  private readonly groups = new Map<string, { resource: Record<string, string>; spans: OtlpSpan[] }>();
  add(resource: Record<string, string>, span: OtlpSpan): void {
    const key = JSON.stringify(resource);
    let g = this.groups.get(key);
    if (!g) this.groups.set(key, (g = { resource, spans: [] }));
    g.spans.push(span);
  }
  /** ExportTraceServiceRequest bodies of at most `perRequest` spans. */
  requests(perRequest: number): unknown[] {
    const out: unknown[] = [];
    for (const g of this.groups.values()) {
      for (let i = 0; i < g.spans.length; i += perRequest) {
        out.push({ resourceSpans: [{ resource: { attributes: attrs(g.resource) }, scopeSpans: [{ scope: { name: 'traffic-generator' }, spans: g.spans.slice(i, i + perRequest) }] }] });
      }
    }
    return out;
  }
}

export function generateTraffic(out: string, o: TrafficOptions): TrafficTruth {
  const ops = catalogue();
  const rng = Rng.derive(o.seed, 'traffic');
  const endMs = o.end.getTime();
  const startMs = endMs - 5 * 86_400_000;
  const tailShare = 1 - ops.reduce((n, op) => n + (op.hot ?? 0), 0);
  const tailWeights = zipfWeights(ops.filter((op) => op.hot === undefined).length, 1);
  const tailSum = tailWeights.reduce((a, b) => a + b, 0);
  let t = 0;
  const weights = ops.map((op) => op.hot ?? (tailShare * tailWeights[t++]!) / tailSum);
  const picker = new WeightedPicker(weights);
  const exports = new Exports();
  const calls = ops.map(() => 0);
  const errors = ops.map(() => 0);

  for (let i = 0; i < o.requests; i++) {
    const k = picker.pick(rng);
    const op = ops[k]!;
    const at = startMs + rng.next() * (endMs - startMs);
    const error = rng.chance(op.errorRate);
    // A tenth of the services forget deployment.environment: still production.
    const env = rng.chance(0.1) ? '' : 'production';
    const upstream = rng.chance(0.5) ? rng.hex(16) : ''; // called by another service, or a root
    const entry = entrySpan(rng, op, { traceId: rng.hex(32), spanId: rng.hex(16), parentSpanId: upstream }, at, error);
    const resource = { 'service.name': op.service, ...(env ? { 'deployment.environment.name': env } : {}) };
    exports.add(resource, entry);
    exports.add(resource, childSpan(rng, entry, 'SELECT shop', KIND_CODE.client));
    calls[k]!++;
    if (error) errors[k]!++;
    // Noise: the same operations in staging.
    if (rng.chance(0.05)) exports.add({ 'service.name': op.service, 'deployment.environment.name': 'staging' }, entrySpan(rng, op, { traceId: rng.hex(32), spanId: rng.hex(16), parentSpanId: '' }, at, false));
  }

  // Test executions: each planted test runs 1-4 times over the last 20 days, in its own trace.
  const runner = { 'service.name': 'it-runner', 'vcs.owner.name': o.repo.split('/')[0]!, 'vcs.repository.name': o.repo.split('/')[1]!, 'cicd.pipeline.name': 'ci' };
  const testsOf = new Map<string, Planted[]>();
  for (const op of ops) for (const test of op.tests) testsOf.set(test, [...(testsOf.get(test) ?? []), op]);
  // A unit test that reaches no service, and an operation only a test reaches (no production calls).
  testsOf.set(T('MoneyTest.rounds'), []);
  testsOf.set(T('DebugIT.dumpsState'), [{ service: 'shop-api', shape: 'express', route: '/internal/debug', method: 'GET', errorRate: 0, tests: [] }]);
  for (const [test, reached] of testsOf) {
    for (let run = rng.int(1, 4); run > 0; run--) {
      const at = endMs - rng.next() * 20 * 86_400_000;
      const traceId = rng.hex(32);
      const testSpan = testCaseSpan(rng, test, traceId, '', at);
      exports.add(runner, testSpan);
      for (const op of reached) exercise(rng, exports, op, testSpan, at);
    }
  }
  // A test nested in another: the outer reaches the inner's operation only through the inner test,
  // so only the inner one counts (it is the fulfilment consumer's second test).
  const outerAt = endMs - 3 * 86_400_000;
  const outer = testCaseSpan(rng, T('SuiteIT.all'), rng.hex(32), '', outerAt);
  const inner = testCaseSpan(rng, T('FulfilmentIT.shipsTwice'), outer.traceId, outer.spanId, outerAt + 1);
  exports.add(runner, outer);
  exports.add(runner, inner);
  const placed = ops.find((op) => op.route === 'orders.placed')!;
  exercise(rng, exports, placed, inner, outerAt + 2);
  placed.tests.push(T('FulfilmentIT.shipsTwice'));

  const requests = exports.requests(500);
  mkdirSync(join(out, 'traffic'), { recursive: true });
  requests.forEach((body, i) => writeFileSync(join(out, 'traffic', `${String(i).padStart(4, '0')}.json`), JSON.stringify(body)));

  const operations = ops
    .map((op, k) => ({
      service: op.service,
      operation: expectedName(op),
      kind: kindOf(op.shape),
      calls: calls[k]!,
      errors: errors[k]!,
      covered: op.tests.length > 0,
      tests: new Set(op.tests).size,
      hot: op.hot !== undefined,
    }))
    .filter((op) => op.calls > 0)
    .sort((a, b) => b.calls - a.calls);
  const total = operations.reduce((n, op) => n + op.calls, 0);
  const covered = operations.filter((op) => op.covered).reduce((n, op) => n + op.calls, 0);
  const truth: TrafficTruth = {
    schemaVersion: 1,
    repo: o.repo,
    window: { from: new Date(startMs).toISOString(), to: o.end.toISOString() },
    coverage: total > 0 ? covered / total : 0,
    calls: total,
    coveredCalls: covered,
    operations,
  };
  writeFileSync(join(out, 'traffic-truth.json'), `${JSON.stringify(truth, null, 2)}\n`);
  return truth;
}

function testCaseSpan(rng: Rng, test: string, traceId: string, parentSpanId: string, atMs: number): OtlpSpan {
  const start = BigInt(Math.round(atMs)) * 1_000_000n;
  return {
    traceId,
    spanId: rng.hex(16),
    parentSpanId,
    name: `test ${test}`,
    kind: KIND_CODE.internal,
    startTimeUnixNano: `${start}`,
    endTimeUnixNano: `${start + 80_000_000n}`,
    attributes: attrs({ 'test.case.name': test, 'test.case.result.status': 'pass', 'cicd.pipeline.run.id': `run-${traceId.slice(0, 8)}` }),
    status: { code: 0 },
  };
}

/** The runner's HTTP client span below the test, then the app under test (in CI) serving it. */
function exercise(rng: Rng, exports: Exports, op: Planted, test: OtlpSpan, atMs: number): void {
  const client = { ...test, spanId: rng.hex(16), parentSpanId: test.spanId, name: 'request', kind: KIND_CODE.client, attributes: [], status: { code: 0 } };
  exports.add({ 'service.name': 'it-runner' }, client);
  const entry = entrySpan(rng, op, { traceId: test.traceId, spanId: rng.hex(16), parentSpanId: client.spanId }, atMs + 1, false);
  const resource = { 'service.name': op.service, 'deployment.environment.name': 'ci' };
  exports.add(resource, entry);
  exports.add(resource, childSpan(rng, entry, 'SELECT shop', KIND_CODE.client));
}
