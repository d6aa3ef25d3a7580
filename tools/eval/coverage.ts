import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_TRAFFIC, generateTraffic, type TrafficTruth } from '../history/traffic.ts';
import { serviceIn } from './history-service.ts';

// `npm run eval -- coverage [--requests 20000] [--seed 1]`: generates production traffic and test
// traces with planted hot paths and a planted covered set (tools/history/traffic.ts), sends them as
// OTLP/JSON through POST /v1/traces to a fresh service, and compares GET /v1/coverage/hot-paths and
// /hot-paths/services with the planted truth. Everything must match exactly: the operations (names
// from raw paths of five instrumentation shapes), their calls and errors, covered or not, how many
// tests, and the calls-weighted coverage. Exits non-zero on any difference.

interface Operation {
  service: string;
  operation: string;
  kind: string;
  calls: number;
  errors: number;
  covered: boolean;
  tests: number;
}

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { requests: { type: 'string', default: String(DEFAULT_TRAFFIC.requests) }, seed: { type: 'string', default: String(DEFAULT_TRAFFIC.seed) } },
  });
  const log = (s: string) => process.stdout.write(`${s}\n`);
  const root = mkdtempSync(join(tmpdir(), 'signalhouse-eval-coverage-'));
  const dir = join(root, 'history');
  const truth = generateTraffic(dir, { ...DEFAULT_TRAFFIC, seed: Number(values.seed), requests: Number(values.requests), end: new Date() });
  log(`\n== eval coverage: ${truth.calls} production requests, ${truth.operations.length} operations, seed ${values.seed}`);
  const world = await serviceIn(root, dir);
  try {
    const t0 = Date.now();
    const spans = await sendTraffic(join(dir, 'traffic'), world.url);
    log(`sent ${spans} spans as OTLP/JSON through ${world.url}/v1/traces in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    const t1 = Date.now();
    const answer = (await (await fetch(`${world.url}/v1/coverage/hot-paths?window=7d&limit=10000`)).json()) as {
      coverage: number;
      totals: { calls: number; coveredCalls: number };
      operations: Operation[];
    };
    log(`GET /v1/coverage/hot-paths answered in ${Date.now() - t1} ms (first answer: links every test trace)`);
    const problems = compare(truth, answer.operations);
    if (answer.totals.calls !== truth.calls || answer.totals.coveredCalls !== truth.coveredCalls || answer.coverage !== truth.coverage) {
      problems.push(`totals: computed ${answer.totals.coveredCalls}/${answer.totals.calls} = ${answer.coverage}, planted ${truth.coveredCalls}/${truth.calls} = ${truth.coverage}`);
    }

    const services = (await (await fetch(`${world.url}/v1/coverage/hot-paths/services?window=7d`)).json()) as { services: { service: string; calls: number; coveredCalls: number }[] };
    for (const s of services.services) {
      const planted = truth.operations.filter((o) => o.service === s.service);
      const calls = planted.reduce((n, o) => n + o.calls, 0);
      const covered = planted.filter((o) => o.covered).reduce((n, o) => n + o.calls, 0);
      log(`service ${s.service.padEnd(12)} computed ${s.coveredCalls}/${s.calls} covered calls, planted ${covered}/${calls}`);
      if (s.calls !== calls || s.coveredCalls !== covered) problems.push(`service ${s.service}: computed ${s.coveredCalls}/${s.calls}, planted ${covered}/${calls}`);
    }

    log('\nplanted hot paths            computed calls / covered / tests    planted');
    for (const p of truth.operations.filter((o) => o.hot)) {
      const c = answer.operations.find((o) => o.service === p.service && o.operation === p.operation && o.kind === p.kind);
      log(`  ${`${p.service} ${p.operation}`.padEnd(40)} ${c ? `${c.calls} / ${c.covered} / ${c.tests}` : 'missing'}`.padEnd(78) + `${p.calls} / ${p.covered} / ${p.tests}`);
    }
    log(`\ncoverage (calls-weighted): computed ${(100 * answer.coverage).toFixed(2)}%, planted ${(100 * truth.coverage).toFixed(2)}%`);
    log(`operations: computed ${answer.operations.length}, planted ${truth.operations.length}`);
    if (problems.length > 0) {
      log(`\nMISMATCH (${problems.length}):\n  ${problems.join('\n  ')}`);
      process.exitCode = 1;
    } else {
      log('\nall match exactly');
    }
  } finally {
    await world.close();
  }
}

function compare(truth: TrafficTruth, computed: Operation[]): string[] {
  const problems: string[] = [];
  const key = (o: { service: string; operation: string; kind: string }) => `${o.service} ${o.operation} (${o.kind})`;
  const byKey = new Map(computed.map((o) => [key(o), o]));
  for (const p of truth.operations) {
    const c = byKey.get(key(p));
    byKey.delete(key(p));
    if (!c) problems.push(`${key(p)}: planted with ${p.calls} calls, not computed`);
    else if (c.calls !== p.calls || c.errors !== p.errors || c.covered !== p.covered || c.tests !== p.tests) {
      problems.push(`${key(p)}: computed calls ${c.calls} errors ${c.errors} covered ${c.covered} tests ${c.tests}; planted ${p.calls} ${p.errors} ${p.covered} ${p.tests}`);
    }
  }
  for (const extra of byKey.keys()) problems.push(`${extra}: computed, never planted`);
  return problems;
}

/** POSTs every export in `dir` to /v1/traces, four at a time; any rejected span is an error. */
export async function sendTraffic(dir: string, url: string): Promise<number> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  let spans = 0;
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const body = readFileSync(join(dir, files[next++]!));
      const res = await fetch(`${url}/v1/traces`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
      const answer = (await res.json()) as { partialSuccess?: { rejectedSpans?: string | number; errorMessage?: string } };
      if (!res.ok || Number(answer.partialSuccess?.rejectedSpans ?? 0) > 0) throw new Error(`POST /v1/traces answered ${res.status}: ${JSON.stringify(answer)}`);
      spans += (JSON.parse(body.toString()) as { resourceSpans: { scopeSpans: { spans: unknown[] }[] }[] }).resourceSpans[0]!.scopeSpans[0]!.spans.length;
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return spans;
}
