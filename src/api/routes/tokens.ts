import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { insertToken, listTokens, revokeToken, SCOPES } from '../../store/tokens.ts';
import { hashToken, newToken, REPO_PATTERN } from '../auth/tokens.ts';
import type { TokenRegistry } from '../auth/registry.ts';
import { NotFoundError } from '../errors.ts';
import type { AppDeps } from '../app.ts';

// The admin API for tokens. A token is shown once, in the answer that creates it; afterwards only its
// id, name, scopes and repos are listed. Creating the first token turns auth on (see auth/plugin.ts).

interface CreateBody {
  scopes: ('ingest' | 'read' | 'admin')[];
  repos: string[];
  name?: string;
}

const createSchema = {
  type: 'object',
  required: ['scopes', 'repos'],
  additionalProperties: false,
  properties: {
    scopes: { type: 'array', minItems: 1, maxItems: 3, uniqueItems: true, items: { type: 'string', enum: [...SCOPES] } },
    repos: {
      type: 'array',
      minItems: 1,
      maxItems: 100,
      items: { type: 'string', minLength: 1, maxLength: 512, pattern: REPO_PATTERN.source },
    },
    name: { type: 'string', maxLength: 200 },
  },
} as const;

export async function tokensRoutes(app: FastifyInstance, deps: AppDeps & { tokens: TokenRegistry }): Promise<void> {
  const admin = { scope: 'admin' as const };

  app.post<{ Body: CreateBody }>('/v1/tokens', { config: admin, schema: { body: createSchema } }, async (req, reply) => {
    const token = newToken();
    const record = {
      id: randomUUID(),
      name: req.body.name ?? '',
      tokenHash: hashToken(token),
      scopes: req.body.scopes,
      repos: req.body.repos,
      createdAt: new Date().toISOString(),
    };
    await insertToken(deps.store.client, record);
    await deps.tokens.refresh();
    return reply.code(201).send({ id: record.id, token, name: record.name, scopes: record.scopes, repos: record.repos, createdAt: record.createdAt });
  });

  app.get('/v1/tokens', { config: admin }, async () => {
    const tokens = await listTokens(deps.store.client);
    return { tokens: tokens.map(({ tokenHash: _hash, ...shown }) => shown) };
  });

  app.delete<{ Params: { id: string } }>(
    '/v1/tokens/:id',
    { config: admin, schema: { params: { type: 'object', properties: { id: { type: 'string', maxLength: 64 } } } } },
    async (req) => {
      if (!(await revokeToken(deps.store.client, req.params.id, new Date()))) {
        throw new NotFoundError(`no live token with id ${req.params.id}`);
      }
      await deps.tokens.refresh();
      return { id: req.params.id, revoked: true };
    },
  );
}
