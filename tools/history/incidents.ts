import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Rng } from './prng.ts';
import { catalogue, childSpan, entrySpan, expectedName, Exports, KIND_CODE, kindOf, type Planted } from './traffic.ts';

// Planted production incidents on top of the generated traffic (traffic.ts), for
// `npm run eval -- incidents`: each incident is a burst of failing (or abnormally slow) requests to one
// operation of the catalogue in a short window of the last days, written as OTLP/JSON exports
// (DIR/incidents/NNNN.json), the incidents as the incidents topic's JSON (DIR/incidents.json), and
// the truth (DIR/incidents-truth.json): which operation each incident's suite must contain.
//
// The incidents cover every way evidence is found and every span shape that fails: one names its
// trace ids, the others only their service and window; HTTP 5xx in three instrumentation shapes, a
// gRPC status ERROR, a queue consumer's ERROR, and a latency incident with no error at all (its
// requests take 3-4 s, about a hundred times the operation's normal time), judged against the traffic before it.

export interface PlantedIncidentTruth {
  id: string;
  service: string;
  /** The failing operation, as Signalhouse must name it. */
  operation: string;
  kind: string;
  failure: 'error' | 'slow';
  namesTraces: boolean;
  requests: number;
}

interface Plan {
  id: string;
  route: string;
  failure: 'error' | 'slow';
  namesTraces: boolean;
  /** Hours before the end of the traffic that the incident starts. */
  hoursAgo: number;
}

const PLANS: Plan[] = [
  { id: 'INC-101', route: '/api/products/:sku/stock', failure: 'error', namesTraces: true, hoursAgo: 30 },
  { id: 'INC-102', route: '/api/carts/:cartId/items', failure: 'error', namesTraces: false, hoursAgo: 20 },
  { id: 'INC-103', route: 'shop.Payments/Authorize', failure: 'error', namesTraces: false, hoursAgo: 14 },
  { id: 'INC-104', route: 'orders.placed', failure: 'error', namesTraces: false, hoursAgo: 9 },
  { id: 'INC-105', route: '/api/orders/:orderId', failure: 'slow', namesTraces: false, hoursAgo: 4 },
  { id: 'INC-106', route: '/shipments/:shipmentId/label', failure: 'error', namesTraces: true, hoursAgo: 2 },
];
const WINDOW_MS = 20 * 60_000;

export function generateIncidents(out: string, o: { seed: number; end: Date; repo: string; requestsPerIncident: number }): PlantedIncidentTruth[] {
  const rng = Rng.derive(o.seed, 'incidents');
  const ops = catalogue();
  const exports = new Exports();
  const incidents: unknown[] = [];
  const truth: PlantedIncidentTruth[] = [];
  for (const plan of PLANS) {
    const op: Planted = ops.find((x) => x.route === plan.route)!;
    const from = o.end.getTime() - plan.hoursAgo * 3_600_000;
    const traceIds: string[] = [];
    for (let i = 0; i < o.requestsPerIncident; i++) {
      const at = from + 60_000 + rng.next() * (WINDOW_MS - 120_000);
      const entry = entrySpan(rng, op, { traceId: rng.hex(32), spanId: rng.hex(16), parentSpanId: '' }, at, plan.failure === 'error');
      if (plan.failure === 'slow') entry.endTimeUnixNano = `${BigInt(entry.startTimeUnixNano) + BigInt(3_000_000_000 + rng.int(0, 1000) * 1_000_000)}`;
      const resource = { 'service.name': op.service, 'deployment.environment.name': 'production' };
      exports.add(resource, entry);
      exports.add(resource, childSpan(rng, entry, 'SELECT shop', KIND_CODE.client));
      traceIds.push(entry.traceId);
    }
    incidents.push({
      id: plan.id,
      repo: o.repo,
      title: `${expectedName(op)} on ${op.service}: ${plan.failure === 'slow' ? 'slow answers' : 'failures'}`,
      severity: 'sev2',
      status: 'resolved',
      services: [op.service],
      ...(plan.namesTraces ? { traceIds: traceIds.slice(0, 10) } : {}),
      startedAt: new Date(from).toISOString(),
      resolvedAt: new Date(from + WINDOW_MS).toISOString(),
    });
    truth.push({ id: plan.id, service: op.service, operation: expectedName(op), kind: kindOf(op.shape), failure: plan.failure, namesTraces: plan.namesTraces, requests: o.requestsPerIncident });
  }
  mkdirSync(join(out, 'incidents'), { recursive: true });
  exports.requests(500).forEach((body, i) => writeFileSync(join(out, 'incidents', `${String(i).padStart(4, '0')}.json`), JSON.stringify(body)));
  writeFileSync(join(out, 'incidents.json'), `${JSON.stringify(incidents, null, 2)}\n`);
  writeFileSync(join(out, 'incidents-truth.json'), `${JSON.stringify(truth, null, 2)}\n`);
  return truth;
}
