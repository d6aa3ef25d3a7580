import type { FastifyInstance } from 'fastify';
import { MAX_PATH_LENGTH, normalizeFiles, readChange, storeChange } from '../../store/changes.ts';
import { NotFoundError } from '../errors.ts';
import type { AppDeps } from '../app.ts';
import { repoProperty } from '../repo-property.ts';

// POST /v1/changes: commit → changed files, what the risk model learns from and scores.
// GET  /v1/changes?repo=&commit=: the stored change of one commit.

interface ChangeBody {
  repo: string;
  commit: string;
  parent?: string;
  branch?: string;
  files: { path: string; added?: number; removed?: number }[];
}

export const fileSchema = {
  type: 'object',
  required: ['path'],
  properties: {
    path: { type: 'string', minLength: 1, maxLength: MAX_PATH_LENGTH },
    added: { type: 'integer', minimum: 0 },
    removed: { type: 'integer', minimum: 0 },
  },
} as const;

const bodySchema = {
  type: 'object',
  required: ['repo', 'commit', 'files'],
  properties: {
    repo: repoProperty,
    commit: { type: 'string', minLength: 1, maxLength: 128 },
    parent: { type: 'string', maxLength: 128 },
    branch: { type: 'string', maxLength: 512 },
    // The limit is checked by normalizeFiles, with a message that says it (a schema error would not).
    files: { type: 'array', items: fileSchema },
  },
} as const;

export async function changesRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.post<{ Body: ChangeBody }>('/v1/changes', { schema: { body: bodySchema } }, async (req, reply) => {
    const { repo, commit, parent = '', branch = '' } = req.body;
    const files = normalizeFiles(req.body.files);
    await storeChange(deps.store, { repo, commit, parent, branch, files });
    return reply.code(201).send({
      repo,
      commit,
      parent,
      branch,
      files: files.length,
      added: files.reduce((n, f) => n + f.added, 0),
      removed: files.reduce((n, f) => n + f.removed, 0),
    });
  });

  app.get<{ Querystring: { repo: string; commit: string } }>(
    '/v1/changes',
    {
      schema: {
        querystring: {
          type: 'object',
          required: ['repo', 'commit'],
          properties: { repo: repoProperty, commit: { type: 'string', minLength: 1, maxLength: 128 } },
        },
      },
    },
    async (req) => {
      const change = await readChange(deps.store.client, req.query.repo, req.query.commit);
      if (!change) throw new NotFoundError(`no change recorded for commit ${req.query.commit} in ${req.query.repo}`);
      return change;
    },
  );
}
