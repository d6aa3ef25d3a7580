import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_JUNIT } from './support/fixtures.ts';
import { REPO_ROOT, startServiceProcess, type ServiceProcess } from './support/service-process.ts';

// `npm start` is scripts/start.mjs: the sources bundled by esbuild into .cache/start/ and run as plain
// JavaScript (no tsx hook threads: ~85 MiB less resident memory idle). What could go wrong with that is
// checked here: a second start must not rebuild; packages the service needs only sometimes must stay
// out of what every start loads; and the bundled service must run the paths that differ from the
// sources (its decode worker is the worker bundle; files found relative to a module's URL; ECharts and
// the OpenTelemetry SDK loaded on first use).

const OUT = join(REPO_ROOT, '.cache', 'start');

function buildOnly(): void {
  const r = spawnSync(process.execPath, ['scripts/start.mjs', '--build-only'], { cwd: REPO_ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
}

/** Packages imported statically by a bundle file and the chunks it imports statically, recursively. */
function staticPackages(file: string, seen = new Set<string>()): Set<string> {
  const packages = new Set<string>();
  if (seen.has(file)) return packages;
  seen.add(file);
  const text = readFileSync(join(OUT, file), 'utf8');
  for (const m of text.matchAll(/^import\s+(?:[^'"]*?\s+from\s+)?["']([^"']+)["'];?$/gm)) {
    const spec = m[1]!;
    if (spec.startsWith('./')) for (const p of staticPackages(spec.slice(2), seen)) packages.add(p);
    else packages.add(spec);
  }
  return packages;
}

describe('npm start (scripts/start.mjs)', () => {
  let service: ServiceProcess;
  beforeAll(async () => {
    service = await startServiceProcess();
  });
  afterAll(async () => service?.stop());

  it('builds once: a second start with unchanged sources writes nothing', () => {
    buildOnly();
    const before = statSync(join(OUT, 'main.mjs')).mtimeMs;
    const stamp = readFileSync(join(OUT, 'sources.sha256'), 'utf8');
    buildOnly();
    expect(statSync(join(OUT, 'main.mjs')).mtimeMs).toBe(before);
    expect(readFileSync(join(OUT, 'sources.sha256'), 'utf8')).toBe(stamp);
  });

  it('loads Kafka, ECharts and the OpenTelemetry SDK only when they are used', () => {
    buildOnly();
    const main = staticPackages('main.mjs');
    expect(main).toContain('fastify'); // the reader sees real imports
    expect(main).toContain('@clickhouse/client');
    for (const lazy of ['kafkajs', 'echarts', '@opentelemetry/sdk-node']) expect(main).not.toContain(lazy);
    const worker = staticPackages('decode-worker.mjs');
    expect(worker).toContain('saxes'); // the worker parses JUnit
    expect(worker).not.toContain('fastify');
    // The service starts its decode workers from the worker bundle, not through tsx.
    const workerUrl = JSON.stringify(new URL('decode-worker.mjs', `file://${OUT}/`).href);
    const bundles = readdirSync(OUT).filter((f) => f.endsWith('.mjs') && f !== 'decode-worker.mjs');
    expect(bundles.some((f) => readFileSync(join(OUT, f), 'utf8').includes(workerUrl))).toBe(true);
  });

  it('ingests JUnit through the bundled decode worker and answers with files found by module URL', async () => {
    const xml = readFileSync(join(SHARED_JUNIT, 'jest', 'jest-junit.xml'));
    const res = await fetch(`${service.url}/v1/junit?repo=start-bundle&branch=main&commit=c1&runId=r1`, {
      method: 'POST',
      headers: { 'content-type': 'application/xml' },
      body: xml,
    });
    expect(res.status, await res.clone().text()).toBe(201);
    expect(((await res.json()) as { testCases: { total: number } }).testCases.total).toBeGreaterThan(0);
    // The OpenAPI document reads package.json relative to its module: the version must be the package's.
    const doc = (await (await fetch(`${service.url}/openapi.json`)).json()) as { info: { version: string } };
    expect(doc.info.version).toBe((JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version);
  });

  it('draws the weekly report charts (ECharts loaded on first use)', async () => {
    const res = await fetch(`${service.url}/v1/reports/weekly?repo=start-bundle&week=2026-W48&format=html`);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.text()).toContain('<svg');
  });
});
