import type { FastifyInstance } from 'fastify';
import { InputError } from '../../ingestion/errors.ts';
import type { Store } from '../store/clickhouse.ts';
import { closestRepos, repoHasData } from '../store/repos.ts';

// Every read that names a repository (`GET …?repo=`) first checks that the repository has data:
// `GET /v1/tests/flaky?repo=acme/shp` answers 404 UNKNOWN_REPO with the nearest known names instead of
// an empty list that looks like good news. One hook for all read routes, present and future, so no
// route can forget it. Writes are not checked (the first upload is what makes a repository known), nor
// is POST /v1/risk: a repository's first CI job asks for a selection before it has uploaded anything,
// and the answer then says there is no history.

export class UnknownRepoError extends InputError {
  constructor(
    readonly repo: string,
    readonly closest: string[],
  ) {
    super(
      'UNKNOWN_REPO',
      `no data for repository "${repo}"; ` +
        (closest.length > 0 ? `closest known: ${closest.join(', ')}` : 'no repository has data yet (upload test results first)'),
      404,
    );
  }
}

/** A repository seen with data stays known this long without asking again (only retention can undo it). */
const KNOWN_FOR_MS = 60_000;
const MAX_REMEMBERED = 10_000;

export function requireKnownRepo(app: FastifyInstance, store: Store): void {
  // Known repositories, remembered: the check costs a query (about 3 ms on the embedded engine), and
  // dashboards ask about the same few repositories again and again. Unknown ones are not remembered,
  // so the first upload makes a repository readable at once.
  const known = new Map<string, number>();
  // preHandler: after the query string is validated, before the handler reads anything.
  app.addHook('preHandler', async (req) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return;
    // A read whose data is not in the tables src/store/repos.ts checks opts out: { config: { knownRepo: false } }.
    if ((req.routeOptions.config as { knownRepo?: boolean }).knownRepo === false) return;
    const repo = (req.query as { repo?: unknown } | undefined)?.repo;
    if (typeof repo !== 'string' || repo === '') return;
    if ((known.get(repo) ?? 0) > Date.now()) return;
    if (await repoHasData(store.client, repo)) {
      if (known.size >= MAX_REMEMBERED) known.clear();
      known.set(repo, Date.now() + KNOWN_FOR_MS);
      return;
    }
    throw new UnknownRepoError(repo, await closestRepos(store.client, repo));
  });
}
