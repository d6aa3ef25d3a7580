import { createReadStream } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { readBody } from '../../../ingestion/body.ts';
import { InputError } from '../../../ingestion/errors.ts';
import { backupToFile, BackupUnsupportedError, restoreFromFile, storedRows } from '../../store/backup.ts';
import { deleteRepo } from '../../store/repo-deletion.ts';
import type { AppDeps } from '../app.ts';
import { repoProperty } from '../repo-property.ts';

// Admin operations (admin scope): a backup of the embedded store streamed to the caller, a restore into
// an empty store, and the deletion of one repository's data.

const admin = { scope: 'admin' as const };

function unsupported(e: unknown): never {
  if (e instanceof BackupUnsupportedError) throw new InputError('NOT_SUPPORTED', e.message, 501);
  throw e;
}

export async function adminRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.post('/v1/admin/backup', { config: admin }, async (_req, reply) => {
    const file = await backupToFile(deps.store).catch(unsupported);
    const stream = createReadStream(file);
    stream.once('close', () => void rm(file, { force: true }));
    return reply.type('application/x-tar').header('content-disposition', 'attachment; filename="signalhouse-backup.tar"').send(stream);
  });

  // The tar arrives as the raw body (application/x-tar); this route reads it itself, like /v1/junit.
  app.addContentTypeParser('application/x-tar', (_req, payload, done) => done(null, payload));
  app.post('/v1/admin/restore', { config: admin }, async (req) => {
    if (!deps.store.backupDir) unsupported(new BackupUnsupportedError('restores through the service are for the embedded store'));
    const rows = await storedRows(deps.store);
    if (rows > 0) {
      throw new InputError('STORE_NOT_EMPTY', `restore goes into an empty store, and this one holds ${rows} rows: start the service on a new SIGNALHOUSE_DATA_DIR, then restore`, 409);
    }
    const bytes = await readBody(req.body as AsyncIterable<Uint8Array>, req.headers['content-encoding'], Number.MAX_SAFE_INTEGER);
    if (bytes.length === 0) throw new InputError('EMPTY_BODY', 'send the backup tar as the body (content-type application/x-tar)');
    const file = join(deps.store.backupDir!, `restore-${randomUUID()}.tar`);
    await writeFile(file, bytes);
    await restoreFromFile(deps.store, file);
    return { restored: true, rows: await storedRows(deps.store) };
  });

  app.delete<{ Querystring: { repo: string } }>(
    '/v1/repos',
    { config: admin, schema: { querystring: { type: 'object', required: ['repo'], properties: { repo: repoProperty } } } },
    async (req) => ({ repo: req.query.repo, deleted: await deleteRepo(deps.store.client, req.query.repo) }),
  );
}
