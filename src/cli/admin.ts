import { createReadStream } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import type { Command, Option } from 'commander';
import { callServer, CliError } from './server-client.ts';

// Admin commands (an admin token in SIGNALHOUSE_TOKEN when auth is on):
//   signalhouse backup --out FILE        the embedded store, as a ClickHouse BACKUP tar
//   signalhouse restore FILE             into a service started on an empty data folder
//   signalhouse repo delete R --yes      every row of one repository

export function registerAdminCommands(program: Command, serverOption: () => Option): void {
  program
    .command('backup')
    .description('download a backup of the embedded store (ClickHouse BACKUP, a tar file)')
    .requiredOption('--out <file>', 'where to write the backup')
    .addOption(serverOption())
    .action(async (o: { out: string; server: string }) => {
      const { body } = await callServer<ArrayBuffer>(o.server, 'v1/admin/backup', { method: 'POST', what: 'backup', raw: true });
      await writeFile(o.out, Buffer.from(body));
      process.stdout.write(`wrote ${o.out} (${body.byteLength} bytes)\n`);
    });

  program
    .command('restore')
    .description('restore a backup into a service whose store is empty')
    .argument('<file>', 'a backup written by `signalhouse backup`')
    .addOption(serverOption())
    .option('--json', 'print the answer as JSON')
    .action(async (file: string, o: { server: string; json?: boolean }) => {
      const size = await stat(file).then((s) => s.size, () => {
        throw new CliError(`restore: cannot read ${file}`);
      });
      const { body } = await callServer<{ rows: number }>(o.server, 'v1/admin/restore', {
        method: 'POST',
        headers: { 'content-type': 'application/x-tar', 'content-length': String(size) },
        body: createReadStream(file) as unknown as BodyInit,
        what: 'restore',
      });
      process.stdout.write(o.json ? `${JSON.stringify(body, null, 2)}\n` : `restored ${file}: ${body.rows} rows\n`);
    });

  program
    .command('repo')
    .description('manage repositories')
    .command('delete')
    .description("delete every row of one repository's data (test results, runs, changes, models…)")
    .argument('<repo>', 'repository, e.g. acme/shop')
    .option('--yes', 'really delete (required)')
    .addOption(serverOption())
    .action(async (repo: string, o: { yes?: boolean; server: string }) => {
      if (!o.yes) throw new CliError(`repo delete: this deletes all of ${repo}'s data for good; add --yes to go ahead`);
      const { body } = await callServer<{ deleted: Record<string, number> }>(o.server, `v1/repos?repo=${encodeURIComponent(repo)}`, { method: 'DELETE', what: 'repo delete' });
      const total = Object.values(body.deleted).reduce((a, b) => a + b, 0);
      process.stdout.write(`deleted ${total} rows of ${repo} from ${Object.keys(body.deleted).length} tables\n`);
    });
}
