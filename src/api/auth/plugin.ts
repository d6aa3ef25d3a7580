import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { InputError } from '../../../ingestion/errors.ts';
import { SCOPES, type Scope } from '../../store/tokens.ts';
import type { TokenRegistry } from './registry.ts';
import { allRepos, hasScope, mayTouchRepo, type Principal } from './tokens.ts';

// Every route behind one gate, so a route added later is covered without doing anything:
//   onRequest      a token (Authorization: Bearer …) that the registry knows, with the route's scope;
//   preValidation  the repo the request names (query, JSON body, or x-signalhouse-repo) within the
//                  token's repo patterns. Runs once the body is parsed, before anything is stored.
// The scope of a route is its `config.scope`, else `read` for GET and `ingest` for any other method.
// A refusal names neither the repo's data nor whether the repo exists: the same answer either way.

declare module 'fastify' {
  interface FastifyContextConfig {
    /** What the route needs: a scope, or `public` for probes that need no token. */
    scope?: Scope | 'public';
    /** The route checks the repos it touches itself (OTLP: the repos of its test spans). */
    checksRepos?: boolean;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
}

export class UnauthenticatedError extends InputError {
  constructor(message: string) {
    super('UNAUTHENTICATED', message, 401);
  }
}

export class ForbiddenError extends InputError {
  constructor(message: string) {
    super('FORBIDDEN', message, 403);
  }
}

/** Who calls when auth is off: everything allowed. */
const OPEN: Principal = { tokenId: 'open', scopes: SCOPES, repos: ['*'] };

/** Probes an orchestrator calls without credentials. */
const PUBLIC_PATHS = new Set(['/healthz', '/readyz']);

function neededScope(req: FastifyRequest): Scope | 'public' {
  const declared = req.routeOptions.config?.scope;
  if (declared) return declared;
  const url = req.routeOptions.url;
  if (url !== undefined && PUBLIC_PATHS.has(url)) return 'public';
  return req.method === 'GET' || req.method === 'HEAD' ? 'read' : 'ingest';
}

function bearer(req: FastifyRequest): string | undefined {
  const h = req.headers.authorization;
  if (typeof h !== 'string') return undefined;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(h);
  return m?.[1];
}

/** The repo a request names: ?repo=, a JSON body's `repo`, or the OTLP header. */
function namedRepo(req: FastifyRequest): string | undefined {
  const fromQuery = (req.query as Record<string, unknown> | undefined)?.repo;
  if (typeof fromQuery === 'string' && fromQuery !== '') return fromQuery;
  const body = req.body;
  if (body && typeof body === 'object' && !Buffer.isBuffer(body) && typeof (body as Record<string, unknown>).repo === 'string') {
    return (body as { repo: string }).repo;
  }
  const header = req.headers['x-signalhouse-repo'];
  return typeof header === 'string' && header !== '' ? header : undefined;
}

/** Throws 403 unless the request's principal may touch `repo`. For routes with `config.checksRepos`. */
export function requireRepoAccess(req: FastifyRequest, repo: string): void {
  const p = req.principal ?? OPEN;
  if (!mayTouchRepo(p, repo)) throw new ForbiddenError(`this token may not access repository "${repo}"`);
}

export function registerAuth(app: FastifyInstance, registry: TokenRegistry): void {
  app.decorateRequest('principal', null);

  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    // Unknown routes answer 404 whoever asks: that a path does not exist is no secret.
    if (req.routeOptions.url === undefined) return;
    const scope = neededScope(req);
    if (scope === 'public' || !registry.required()) {
      req.principal = OPEN;
      return;
    }
    const token = bearer(req);
    const principal = token === undefined ? undefined : registry.find(token);
    if (!principal) {
      reply.header('www-authenticate', 'Bearer realm="signalhouse"');
      throw new UnauthenticatedError(
        token === undefined
          ? 'this service needs a token: send "Authorization: Bearer <token>" (the CLI reads SIGNALHOUSE_TOKEN; OTLP exporters OTEL_EXPORTER_OTLP_HEADERS="Authorization=Bearer <token>")'
          : 'unknown or revoked token',
      );
    }
    if (!hasScope(principal, scope)) throw new ForbiddenError(`this token lacks the "${scope}" scope this route needs`);
    req.principal = principal;
  });

  app.addHook('preValidation', async (req: FastifyRequest) => {
    const p = req.principal;
    if (!p || allRepos(p) || req.routeOptions.config?.checksRepos) return;
    const repo = namedRepo(req);
    if (repo === undefined) {
      throw new ForbiddenError(
        `this token is limited to repositories ${p.repos.join(', ')}: name one with repo= (data that belongs to no repository, such as production traces, needs a token for all repositories, "*")`,
      );
    }
    requireRepoAccess(req, repo);
  });
}
