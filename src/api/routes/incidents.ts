import type { FastifyInstance } from 'fastify';
import { InputError } from '../../../ingestion/errors.ts';
import { incidentFromJson } from '../../../ingestion/kafka/incidents.ts';
import { suiteOf } from '../../../models/incidents/suite.ts';
import { listIncidents, readIncidents, storeIncident, type StoredIncident } from '../../store/incidents.ts';
import type { Store } from '../../store/clickhouse.ts';
import type { AppDeps } from '../app.ts';
import { NotFoundError } from '../errors.ts';

// Incidents (docs/incidents.md):
//   POST /v1/incidents                         the incidents topic's JSON; re-sending (same repo and id) replaces
//   GET  /v1/incidents?repo=&service=&since=   newest first; since = ISO 8601 time or a window (30d, 2w, 12h)
//   GET  /v1/incidents/:id?repo=
//   GET  /v1/incidents/:id/suite?repo=&refresh=true   the regression suite generated from its traces

const MAX_PROBLEMS = 10;

export class AmbiguousIncidentError extends InputError {
  constructor(id: string, repos: string[]) {
    super('AMBIGUOUS_INCIDENT', `incident ${id} exists in several repositories (${repos.map((r) => r || "''").join(', ')}): add ?repo=`, 409);
  }
}

const idQuery = { type: 'object', properties: { repo: { type: 'string', maxLength: 512 } } } as const;

/** `since` as a time: an ISO 8601 time, or a window back from now. */
function sinceOf(since: string | undefined): Date | undefined {
  if (since === undefined || since === '') return undefined;
  const m = /^(\d{1,5})(h|d|w)$/.exec(since);
  if (m) return new Date(Date.now() - Number(m[1]) * { h: 3_600_000, d: 86_400_000, w: 604_800_000 }[m[2] as 'h' | 'd' | 'w']);
  const t = new Date(since);
  if (!/^\d{4}-\d{2}-\d{2}/.test(since) || Number.isNaN(t.getTime())) {
    throw new InputError('BAD_SINCE', `since "${since}" is neither an ISO 8601 time nor a window like 30d, 2w or 12h`);
  }
  return t;
}

/** The one incident with this id (in `repo` when given). */
export async function oneIncident(store: Store, id: string, repo: string | undefined): Promise<StoredIncident> {
  const found = await readIncidents(store.client, id, repo);
  if (found.length === 0) throw new NotFoundError(`no incident ${id}${repo !== undefined ? ` in repository '${repo}'` : ''}`);
  if (found.length > 1) throw new AmbiguousIncidentError(id, found.map((i) => i.repo));
  return found[0]!;
}

export async function incidentsRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const environments = deps.config.SIGNALHOUSE_PRODUCTION_ENVIRONMENTS;

  app.post('/v1/incidents', { schema: { body: { type: 'object' } } }, async (req, reply) => {
    const parsed = incidentFromJson(req.body, JSON.stringify(req.body));
    if ('problems' in parsed) throw new InputError('BAD_INCIDENT', parsed.problems.slice(0, MAX_PROBLEMS).join('; '));
    await storeIncident(deps.store, parsed.incident);
    const i = parsed.incident;
    return reply.code(201).send({ id: i.id, repo: i.repo, services: i.services, traceIds: i.traceIds.length });
  });

  app.get<{ Querystring: { repo?: string; service?: string; since?: string; limit: number } }>(
    '/v1/incidents',
    {
      schema: {
        querystring: {
          type: 'object',
          properties: {
            repo: { type: 'string', maxLength: 512 },
            service: { type: 'string', maxLength: 512 },
            since: { type: 'string', maxLength: 64 },
            limit: { type: 'integer', minimum: 1, maximum: 10_000, default: 100 },
          },
        },
      },
    },
    async (req) => {
      const since = sinceOf(req.query.since);
      const incidents = await listIncidents(deps.store.client, { repo: req.query.repo, service: req.query.service, since, limit: req.query.limit });
      return { incidents };
    },
  );

  app.get<{ Params: { id: string }; Querystring: { repo?: string } }>(
    '/v1/incidents/:id',
    { schema: { querystring: idQuery } },
    async (req) => oneIncident(deps.store, req.params.id, req.query.repo),
  );

  app.get<{ Params: { id: string }; Querystring: { repo?: string; refresh?: boolean } }>(
    '/v1/incidents/:id/suite',
    { schema: { querystring: { type: 'object', properties: { ...idQuery.properties, refresh: { type: 'boolean', default: false } } } } },
    async (req) => {
      const incident = await oneIncident(deps.store, req.params.id, req.query.repo);
      return suiteOf(deps.store, incident, { environments, refresh: req.query.refresh });
    },
  );
}
