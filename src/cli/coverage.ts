import type { Command, Option } from 'commander';
import { callServer } from './server-client.ts';

// Hot-path coverage from a shell (docs/coverage.md):
//   signalhouse coverage --service S [--repo R] [--environment E] [--window 7d] [--limit 20] [--json]
//     one service's production operations, hottest first: calls, share, errors, p95, tested by how many tests
//   signalhouse coverage [--repo R] [--environment E] [--window 7d] [--json]
//     every service's coverage, most uncovered traffic first

interface HotPath {
  service: string;
  operation: string;
  kind: string;
  calls: number;
  errorRate: number;
  p95Ms: number;
  hotness: number;
  covered: boolean;
  tests: number;
  uncoveredRisk: number;
}

interface ServiceCoverage {
  service: string;
  calls: number;
  coveredCalls: number;
  coverage: number | null;
  operations: number;
  coveredOperations: number;
  topGaps: { operation: string; uncoveredRisk: number }[];
}

interface Options {
  service?: string;
  repo?: string;
  environment?: string;
  window: string;
  limit: string;
  server: string;
  json?: boolean;
}

const pct = (x: number | null) => (x === null ? 'n/a' : `${(100 * x).toFixed(1)}%`);

export function registerCoverageCommand(program: Command, serverOption: () => Option): void {
  program
    .command('coverage')
    .description('hot-path coverage: how much production traffic runs through operations some test exercises')
    .option('--service <service>', 'one service: its operations, hottest first')
    .option('--repo <repo>', "only this repository's tests cover")
    .option('--environment <name>', 'production environment to weigh (default: the service configuration)')
    .option('--window <window>', 'production traffic to consider, e.g. 7d, 2w', '7d')
    .option('--limit <n>', 'at most this many operations', '20')
    .addOption(serverOption())
    .option('--json', 'print the answer as JSON')
    .action(async (o: Options) => {
      const scope = { window: o.window, ...(o.repo ? { repo: o.repo } : {}), ...(o.environment ? { environment: o.environment } : {}) };
      if (o.service) {
        const q = new URLSearchParams({ ...scope, service: o.service, limit: o.limit });
        type Answer = { coverage: number | null; totals: { calls: number; coveredCalls: number }; operations: HotPath[] };
        const { body } = await callServer<Answer>(o.server, `v1/coverage/hot-paths?${q}`, { method: 'GET', what: 'coverage' });
        process.stdout.write(o.json ? `${JSON.stringify(body, null, 2)}\n` : `${describeOperations(o.service, o.window, body)}\n`);
        return;
      }
      const q = new URLSearchParams(scope);
      type Answer = { coverage: number | null; services: ServiceCoverage[] };
      const { body } = await callServer<Answer>(o.server, `v1/coverage/hot-paths/services?${q}`, { method: 'GET', what: 'coverage' });
      process.stdout.write(o.json ? `${JSON.stringify(body, null, 2)}\n` : `${describeServices(o.window, body)}\n`);
    });
}

function describeOperations(service: string, window: string, body: { coverage: number | null; totals: { calls: number; coveredCalls: number }; operations: HotPath[] }): string {
  if (body.operations.length === 0) return `no production traffic for ${service} in the last ${window}`;
  const head = `${service}: ${pct(body.coverage)} of ${body.totals.calls} production calls in the last ${window} run through tested operations`;
  const rows = body.operations.map(
    (p) =>
      `${(p.covered ? `tested ×${p.tests}` : 'UNTESTED').padEnd(11)} ${pct(p.hotness).padStart(6)} ${String(p.calls).padStart(9)} calls ` +
      `${pct(p.errorRate).padStart(6)} errors  p95 ${p.p95Ms.toFixed(1).padStart(8)} ms  ${p.operation} (${p.kind})` +
      (p.covered ? '' : `  risk ${p.uncoveredRisk.toFixed(3)}`),
  );
  return [head, ...rows].join('\n');
}

function describeServices(window: string, body: { coverage: number | null; services: ServiceCoverage[] }): string {
  if (body.services.length === 0) return `no production traffic in the last ${window}`;
  const head = `all services: ${pct(body.coverage)} of production calls in the last ${window} run through tested operations`;
  const rows = body.services.map((s) => {
    const gap = s.topGaps[0] ? `  biggest gap: ${s.topGaps[0].operation}` : '';
    return `${pct(s.coverage).padStart(6)} of ${String(s.calls).padStart(9)} calls  ${s.coveredOperations}/${s.operations} operations tested  ${s.service}${gap}`;
  });
  return [head, ...rows].join('\n');
}
