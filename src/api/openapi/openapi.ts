import { readFileSync } from 'node:fs';
import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { COMMON_ERRORS, DOCUMENTED_RESPONSES } from './responses.ts';

// The API described as OpenAPI 3.1, served at GET /openapi.json for client generators. @fastify/swagger
// collects every route registered after it, with its own request schemas (query, params, body), so a
// new route is described without doing anything; the answers come from responses.ts.

const version = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** The first path segment after /v1 names the area: junit, runs, tests, risk… */
function tagOf(url: string): string {
  const m = /^\/v1\/([^/]+)/.exec(url);
  return m ? m[1]! : 'service';
}

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Signalhouse',
        version,
        description: 'CI reliability analytics: test results and traces in; flaky tests, failure classes, risk-based selection out.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'an API token (see docs/security.md); needed once auth is on' } } },
      security: [{ bearer: [] }],
    },
    transform: ({ schema, url, route }) => {
      const method = (Array.isArray(route.method) ? route.method[0] : route.method) as string;
      const documented = DOCUMENTED_RESPONSES[`${method} ${url}`];
      const own = (schema ?? {}) as Record<string, unknown>;
      const isProbe = route.config?.scope === 'public';
      return {
        url,
        schema: {
          ...own,
          tags: [tagOf(url)],
          ...(isProbe ? { security: [] } : {}),
          response: { ...COMMON_ERRORS, ...(own.response as object | undefined), ...documented },
        },
      };
    },
  });
  app.get('/openapi.json', { config: { scope: 'public' }, schema: { hide: true } }, async () => app.swagger());
}
