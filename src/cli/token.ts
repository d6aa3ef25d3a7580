import { InvalidArgumentError, Option, type Command } from 'commander';
import { callServer } from './server-client.ts';

// Token administration from a shell, through the admin API (an admin token in SIGNALHOUSE_TOKEN):
//   signalhouse token create --scope ingest --scope read --repo 'acme/*' [--name ci] [--json]
//   signalhouse token list [--json]
//   signalhouse token revoke ID

interface TokenShown {
  id: string;
  name: string;
  scopes: string[];
  repos: string[];
  createdAt: string;
  revokedAt?: string | null;
}

const collect = (v: string, all: string[] = []) => [...all, v];

const SCOPES = ['ingest', 'read', 'admin'];
function scope(v: string, all: string[] = []): string[] {
  if (!SCOPES.includes(v)) throw new InvalidArgumentError(`must be one of ${SCOPES.join(', ')}`);
  return [...all, v];
}

export function registerTokenCommands(program: Command, serverOption: () => Option): void {
  const token = program.command('token').description('create, list and revoke API tokens (needs an admin token)');

  token
    .command('create')
    .description('create a token; it is printed once and cannot be shown again')
    .addOption(new Option('--scope <scope>', 'what it may do: ingest, read or admin (repeatable)').argParser(scope).makeOptionMandatory())
    .requiredOption('--repo <pattern>', "repositories it may touch: a name, 'owner/*' or '*' (repeatable)", collect, [])
    .option('--name <name>', 'what the token is for, e.g. "github actions"')
    .addOption(serverOption())
    .option('--json', 'print {id, token, …} as JSON')
    .action(async (o: { scope: string[]; repo: string[]; name?: string; server: string; json?: boolean }) => {
      const { body } = await callServer<TokenShown & { token: string }>(o.server, 'v1/tokens', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ scopes: o.scope, repos: o.repo, ...(o.name ? { name: o.name } : {}) }),
        what: 'token create',
      });
      if (o.json) {
        process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
        return;
      }
      process.stdout.write(`${body.token}\n`);
      process.stderr.write(`token ${body.id} (${body.scopes.join(', ')} on ${body.repos.join(', ')}): store it now, it is not shown again\n`);
    });

  token
    .command('list')
    .description('list tokens (never the tokens themselves)')
    .addOption(serverOption())
    .option('--json', 'print the answer as JSON')
    .action(async (o: { server: string; json?: boolean }) => {
      const { body } = await callServer<{ tokens: TokenShown[] }>(o.server, 'v1/tokens', { method: 'GET', what: 'token list' });
      if (o.json) {
        process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
        return;
      }
      const lines = body.tokens.map(
        (t) => `${t.id}  ${t.revokedAt ? 'revoked' : 'live   '}  ${t.scopes.join(',').padEnd(18)} ${t.repos.join(',')}${t.name ? `  (${t.name})` : ''}`,
      );
      process.stdout.write(lines.length > 0 ? `${lines.join('\n')}\n` : 'No tokens: the service runs open on loopback, or on SIGNALHOUSE_ADMIN_TOKEN alone.\n');
    });

  token
    .command('revoke')
    .description('revoke a token at once')
    .argument('<id>', 'the token id (from token list)')
    .addOption(serverOption())
    .action(async (id: string, o: { server: string }) => {
      await callServer(o.server, `v1/tokens/${encodeURIComponent(id)}`, { method: 'DELETE', what: 'token revoke' });
      process.stdout.write(`revoked ${id}\n`);
    });
}
