import type { Store } from '../../src/store/clickhouse.ts';
import { coveringTests, servicesOfTestFiles, trafficServices } from '../../src/store/coverage-queries.ts';
import { hotPaths, MIN_TEST_DAYS } from './hot-paths.ts';

// Runtime paths in risk-based selection: a change that touches a service raises the priority of the
// tests that exercise that service's hot production operations, with a reason naming the operation and
// its share of the service's traffic (the risk engine adds the log-odds, models/risk/score.ts).
//
// A change touches a service when
//   - a changed file lies in a folder named like the service (`services/shop-api/src/x.ts` touches
//     `shop-api`): monorepos name service folders after the service.name they deploy as; or
//   - a changed file is the file of a test whose traces exercise the service (the test's own traces
//     say which service its code belongs to).
// Hot: at least HOT_SHARE of the service's production calls in the last 7 days.

export const HOT_SHARE = 0.05;
const WINDOW_DAYS = 7;
/** Services seen in production change rarely: asked at most this often (every risk request needs them). */
const SERVICES_TTL_MS = 60_000;

const servicesCache = new WeakMap<Store['client'], { at: number; services: Promise<string[]> }>();

function knownServices(client: Store['client']): Promise<string[]> {
  const cached = servicesCache.get(client);
  if (cached && Date.now() - cached.at < SERVICES_TTL_MS) return cached.services;
  const services = trafficServices(client);
  servicesCache.set(client, { at: Date.now(), services });
  services.catch(() => servicesCache.delete(client));
  return services;
}

export interface RuntimeHint {
  service: string;
  operation: string;
  /** The operation's share of the service's production calls. */
  share: number;
  /** Why the change touches the service. */
  via: string;
}

export async function runtimeHints(
  store: Pick<Store, 'client' | 'insert'>,
  repo: string,
  files: readonly { path: string }[],
  production: readonly string[],
): Promise<Map<string, RuntimeHint>> {
  const hints = new Map<string, RuntimeHint>();
  if (files.length === 0) return hints;
  const known = await knownServices(store.client);
  if (known.length === 0) return hints; // no production traffic stored: nothing to weigh
  const touched = new Map<string, string>();
  for (const service of known) {
    const f = files.find((file) => file.path.toLowerCase().split('/').slice(0, -1).includes(service.toLowerCase()));
    if (f) touched.set(service, `${f.path} is in its folder`);
  }
  const paths = files.map((f) => f.path);
  for (const service of await servicesOfTestFiles(store.client, { repo, files: paths, testDays: MIN_TEST_DAYS })) {
    if (!touched.has(service) && known.includes(service)) touched.set(service, 'a changed test file exercises it');
  }
  for (const [service, via] of touched) {
    const hot = (await hotPaths(store, { environments: production, unlabelled: true, service, windowDays: WINDOW_DAYS })).filter((p) => p.hotness >= HOT_SHARE);
    if (hot.length === 0) continue;
    const share = new Map(hot.map((p) => [`${p.kind} ${p.operation}`, p.hotness]));
    for (const t of await coveringTests(store.client, { service, testDays: MIN_TEST_DAYS, repo })) {
      const s = share.get(`${t.kind} ${t.operation}`);
      if (s === undefined) continue;
      const earlier = hints.get(t.testId);
      if (!earlier || s > earlier.share) hints.set(t.testId, { service, operation: t.operation, share: s, via });
    }
  }
  return hints;
}
