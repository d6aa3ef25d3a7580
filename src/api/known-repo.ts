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

export function requireKnownRepo(app: FastifyInstance, store: Store): void {
  // preHandler: after the query string is validated, before the handler reads anything.
  app.addHook('preHandler', async (req) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return;
    const repo = (req.query as { repo?: unknown } | undefined)?.repo;
    if (typeof repo !== 'string' || repo === '') return;
    if (await repoHasData(store.client, repo)) return;
    throw new UnknownRepoError(repo, await closestRepos(store.client, repo));
  });
}
