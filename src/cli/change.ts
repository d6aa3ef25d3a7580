import type { Command } from 'commander';
import { gitChange, type GitChangedFile } from './git-diff.ts';
import { callServer, CliError, serverOption } from './server-client.ts';

// `signalhouse change --repo R --commit C [--files a,b | --from-git BASE]`: tells the service which
// files a commit changed (POST /v1/changes), so the risk model can learn which changes break which
// tests. `--from-git BASE` reads `git diff BASE...C` in the repository the CLI runs in.


/** `--files a,b --files c` → ['a', 'b', 'c'] (commas separate; repeat the option for a path with a comma). */
export function collectFiles(value: string, previous: string[] = []): string[] {
  return previous.concat(value.split(',').filter((p) => p !== ''));
}

export interface ChangeInput {
  repo: string;
  commit?: string;
  parent?: string;
  branch?: string;
  files?: string[];
  fromGit?: string;
  cwd?: string;
}

export interface ResolvedChange {
  repo: string;
  commit: string;
  parent: string;
  branch: string;
  files: GitChangedFile[];
}

/** The change named on the command line: given files, or read from git. */
export async function resolveChange(o: ChangeInput): Promise<ResolvedChange> {
  if (o.files && o.fromGit) throw new CliError('give --files or --from-git, not both');
  if (o.fromGit) {
    const g = await gitChange({ base: o.fromGit, commit: o.commit, cwd: o.cwd });
    return { repo: o.repo, commit: o.commit ?? g.head, parent: o.parent ?? g.parent, branch: o.branch ?? g.branch, files: g.files };
  }
  if (o.files) {
    if (!o.commit) throw new CliError('--commit is required with --files');
    return { repo: o.repo, commit: o.commit, parent: o.parent ?? '', branch: o.branch ?? '', files: o.files.map((path) => ({ path, added: 0, removed: 0 })) };
  }
  throw new CliError('name the changed files: --files a,b or --from-git BASE');
}

export interface ChangeAnswer {
  repo: string;
  commit: string;
  parent: string;
  branch: string;
  files: number;
  added: number;
  removed: number;
}

export async function sendChange(change: ResolvedChange, server: string): Promise<ChangeAnswer> {
  const { body } = await callServer<ChangeAnswer>(server, 'v1/changes', {
    method: 'POST',
    body: JSON.stringify(change),
    headers: { 'content-type': 'application/json' },
    what: `change ${change.commit}`,
  });
  return body;
}

/** For `upload junit --from-git BASE`: the commit's change goes first, so its results find it. */
export async function sendChangeFromGit(o: { repo: string; commit: string; branch: string; fromGit?: string; server: string }): Promise<void> {
  if (!o.fromGit) return;
  await sendChange(await resolveChange({ repo: o.repo, commit: o.commit, branch: o.branch, fromGit: o.fromGit }), o.server);
}

export function describeChange(a: ChangeAnswer): string {
  return `change ${a.commit}${a.parent ? ` (parent ${a.parent.slice(0, 12)})` : ''}: ${a.files} file(s), +${a.added} −${a.removed} sent`;
}

export function registerChangeCommand(program: Command): void {
  program
    .command('change')
    .description('send the files a commit changed (from --files or git diff), so the risk model learns from them')
    .requiredOption('--repo <repo>', 'repository, e.g. acme/shop')
    .option('--commit <sha>', 'the commit (default with --from-git: HEAD)')
    .option('--parent <sha>', 'its parent commit (default with --from-git: its first parent)')
    .option('--branch <branch>', 'branch (default with --from-git: the checked-out branch)')
    .option('--files <paths>', 'changed files, comma-separated (repeatable)', collectFiles)
    .option('--from-git <base>', 'read the changed files from `git diff <base>...<commit>` in the current repository')
    .addOption(serverOption())
    .option('--json', 'print the answer as JSON')
    .action(async (o: ChangeInput & { server: string; json?: boolean }) => {
      const change = await resolveChange(o);
      const answer = await sendChange(change, o.server);
      process.stdout.write(o.json ? `${JSON.stringify(answer, null, 2)}\n` : `${describeChange(answer)}\n`);
    });
}
