import type { FastifyInstance } from 'fastify';
import { reachOf } from '../../../ingestion/imports/reach.ts';
import { MAX_IMPORT_PATH_LENGTH, MAX_REACH_ROWS, MAX_TEST_NAME_LENGTH, parseImportUpload, type ImportUploadBody } from '../../../ingestion/imports/upload.ts';
import { readCodeReach, storeCodeReach } from '../../store/code-reach.ts';
import { InputError } from '../../../ingestion/errors.ts';
import type { AppDeps } from '../app.ts';
import { repoProperty } from '../repo-property.ts';

// POST /v1/imports: the import graph of one CI checkout (`signalhouse upload imports`, docs/imports.md).
// The service walks it from each test file (ingestion/imports/reach.ts) and stores which files each test
// file reaches (code_reach): test impact for repositories whose test runs are not traced; and the test
// functions each test file declares (code_tests: a Go report names a test's package, not its file).
// Everything is checked before anything is stored: a bad path refuses the whole upload.
// GET /v1/imports/reach?repo=&testFile= (what one test file reaches) or &file= (which test files reach
// one file): the stored reach, merged over every scan.

const path = { type: 'string', minLength: 1, maxLength: MAX_IMPORT_PATH_LENGTH } as const;

const bodySchema = {
  type: 'object',
  required: ['repo', 'files'],
  properties: {
    repo: repoProperty,
    commit: { type: 'string', maxLength: 128 },
    scannedAt: { type: 'string', format: 'date-time', description: 'when the checkout was scanned; default: when received' },
    // Limits (files, imports) are checked by parseImportUpload, with a message that says them.
    files: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'imports'],
        properties: {
          path: { ...path, description: 'repository-relative, /-separated' },
          test: { type: 'boolean', description: 'a test file: reach is walked from it' },
          imports: { type: 'array', items: path, description: 'repository files it imports directly (resolved)' },
          tests: {
            type: 'array',
            items: { type: 'string', minLength: 1, maxLength: MAX_TEST_NAME_LENGTH },
            maxItems: 100_000,
            description: 'test functions a test file declares, where reports name a test without its file (Go: TestXxx)',
          },
        },
      },
    },
  },
} as const;

export async function importsRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.post<{ Body: ImportUploadBody }>('/v1/imports', { schema: { body: bodySchema } }, async (req, reply) => {
    const upload = parseImportUpload(req.body, new Date());
    const reach = reachOf(upload, { maxRows: MAX_REACH_ROWS });
    const declared = upload.files.flatMap((f) => (f.tests ? [{ testFile: f.path, names: f.tests }] : []));
    await storeCodeReach(deps.store, upload, reach, declared);
    return reply.code(201).send({
      repo: upload.repo,
      commit: upload.commit,
      scanId: upload.scanId,
      scannedAt: upload.scannedAt.toISOString(),
      files: upload.files.length,
      testFiles: upload.files.filter((f) => f.test).length,
      reachRows: reach.length,
      declaredTests: declared.reduce((n, d) => n + d.names.length, 0),
    });
  });

  app.get<{ Querystring: { repo: string; testFile?: string; file?: string } }>(
    '/v1/imports/reach',
    {
      schema: {
        querystring: {
          type: 'object',
          required: ['repo'],
          properties: { repo: repoProperty, testFile: path, file: path },
        },
      },
    },
    async (req) => {
      const { repo, testFile, file } = req.query;
      if ((testFile === undefined) === (file === undefined)) throw new InputError('BAD_REQUEST', 'name one of testFile= (what it reaches) or file= (which test files reach it)');
      const rows = await readCodeReach(deps.store.client, repo, testFile !== undefined ? { testFiles: [testFile] } : { files: [file!] });
      return {
        repo,
        ...(testFile !== undefined ? { testFile } : { file }),
        reach: rows.map((r) => ({ testFile: r.testFile, file: r.file, hops: r.hops, firstSeen: r.firstSeen.toISOString(), lastSeen: r.lastSeen.toISOString() })),
      };
    },
  );
}
