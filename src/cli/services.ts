import { readFile } from 'node:fs/promises';
import type { Command, Option } from 'commander';
import { callServer, CliError } from './server-client.ts';

// Which files belong to which service, from a file checked into the repository (docs/incidents.md):
//   signalhouse services push --repo R [--file .signalhouse/services.json]
// The file: {"services": {"checkout": ["services/checkout/**", "libs/pricing/**"], ...}}. Sent to
// PUT /v1/service-paths, it replaces the repository's mapping; POST /v1/risk then knows which services
// (and so which incidents' tests) a change touches.

const DEFAULT_FILE = '.signalhouse/services.json';

export function registerServicesCommand(program: Command, serverOption: () => Option): void {
  const services = program.command('services').description("the repository's services and their paths");
  services
    .command('push')
    .description('send the checked-in service → path globs mapping to the service')
    .requiredOption('--repo <repo>', 'repository, e.g. acme/shop')
    .option('--file <path>', 'mapping file', DEFAULT_FILE)
    .addOption(serverOption())
    .action(async (o: { repo: string; file: string; server: string }) => {
      let json: unknown;
      try {
        json = JSON.parse(await readFile(o.file, 'utf8'));
      } catch (e) {
        throw new CliError(`cannot read the mapping ${o.file}: ${(e as Error).message}`);
      }
      const mapping = (json as { services?: unknown } | null)?.services;
      if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping)) {
        throw new CliError(`${o.file}: expected {"services": {"<service>": ["<path glob>", …]}}`);
      }
      const { body } = await callServer<{ services: number }>(o.server, 'v1/service-paths', {
        method: 'PUT',
        body: JSON.stringify({ repo: o.repo, services: mapping }),
        headers: { 'content-type': 'application/json' },
        what: 'services push',
      });
      process.stdout.write(`sent the path globs of ${body.services} service${body.services === 1 ? '' : 's'} for ${o.repo}\n`);
    });
}
