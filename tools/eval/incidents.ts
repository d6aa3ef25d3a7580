import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { IncidentSuite } from '../../models/incidents/suite.ts';
import { generateIncidents } from '../history/incidents.ts';
import { DEFAULT_TRAFFIC, generateTraffic } from '../history/traffic.ts';
import { sendTraffic } from './coverage.ts';
import { serviceIn } from './history-service.ts';

// `npm run eval -- incidents [--requests 10000] [--per-incident 25] [--seed 1]`: production traffic
// (tools/history/traffic.ts) with planted incidents on top (tools/history/incidents.ts), sent as
// OTLP/JSON through POST /v1/traces to a fresh service; each incident is declared through
// POST /v1/incidents (some with trace ids, most without) and its suite read from
// GET /v1/incidents/:id/suite. For every planted incident: does the suite contain the failing
// operation, with a scenario of the planted failure kind? All must. Exits non-zero otherwise.

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      requests: { type: 'string', default: '10000' },
      'per-incident': { type: 'string', default: '25' },
      seed: { type: 'string', default: String(DEFAULT_TRAFFIC.seed) },
    },
  });
  const log = (s: string) => process.stdout.write(`${s}\n`);
  const seed = Number(values.seed);
  const root = mkdtempSync(join(tmpdir(), 'signalhouse-eval-incidents-'));
  const dir = join(root, 'history');
  const end = new Date();
  const traffic = generateTraffic(dir, { ...DEFAULT_TRAFFIC, seed, requests: Number(values.requests), end });
  const truth = generateIncidents(dir, { seed, end, repo: DEFAULT_TRAFFIC.repo, requestsPerIncident: Number(values['per-incident']) });
  log(`\n== eval incidents: ${traffic.calls} production requests, ${truth.length} planted incidents, seed ${seed}`);
  const world = await serviceIn(root, dir);
  try {
    const spans = (await sendTraffic(join(dir, 'traffic'), world.url)) + (await sendTraffic(join(dir, 'incidents'), world.url));
    log(`sent ${spans} spans as OTLP/JSON through ${world.url}/v1/traces`);
    const incidents = JSON.parse(readFileSync(join(dir, 'incidents.json'), 'utf8')) as unknown[];
    for (const incident of incidents) {
      const res = await fetch(`${world.url}/v1/incidents`, { method: 'POST', body: JSON.stringify(incident), headers: { 'content-type': 'application/json' } });
      if (res.status !== 201) throw new Error(`POST /v1/incidents answered ${res.status}: ${await res.text()}`);
    }

    log('\nincident  evidence         planted failing operation                   found  scenario (signature, traces)   other operations');
    const missing: string[] = [];
    for (const t of truth) {
      const t0 = Date.now();
      const res = await fetch(`${world.url}/v1/incidents/${t.id}/suite?repo=${encodeURIComponent(DEFAULT_TRAFFIC.repo)}`);
      const suite = (await res.json()) as IncidentSuite;
      const ms = Date.now() - t0;
      const scenario = suite.scenarios.find((s) => s.service === t.service && s.operation === t.operation && (t.failure === 'slow' ? s.signature === 'slow' : s.signature !== 'slow'));
      const found = suite.operations.some((o) => o.service === t.service && o.operation === t.operation) && scenario !== undefined;
      if (!found) missing.push(`${t.id}: ${t.service} ${t.operation} (${t.failure}) not in its suite: ${JSON.stringify(suite.operations)}`);
      const others = suite.operations.filter((o) => !(o.service === t.service && o.operation === t.operation)).length;
      log(
        `${t.id.padEnd(9)} ${(t.namesTraces ? 'trace ids' : 'window search').padEnd(16)} ${`${t.service} ${t.operation} (${t.failure})`.padEnd(43)} ` +
          `${found ? 'yes' : 'NO '}    ${scenario ? `${scenario.signature}, ${scenario.traceIds.length}` : '-'}`.padEnd(38) +
          `${others}   (${ms} ms)`,
      );
    }
    log(`\nfailing operation in its suite: ${truth.length - missing.length}/${truth.length}`);
    if (missing.length > 0) {
      log(`MISSING:\n  ${missing.join('\n  ')}`);
      process.exitCode = 1;
    }
  } finally {
    await world.close();
  }
}
