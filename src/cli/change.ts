import { Command, Option } from 'commander';
import { detectCi, resolveFields, type CiEnv } from './ci-env/index.ts';
import type { CiValue } from './ci-env/types.ts';
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
  /**
   * The commit the CI provider says was built (ci-env/), when no --commit was given. With --from-git
   * the diff is still read at HEAD (a pull request checkout is often GitHub's or Azure's merge commit,
   * and a shallow clone may not hold the head), but the change is stored under this commit, the one
   * the run's results are uploaded for; the diff BASE...merge shows the pull request's files too.
   */
  ciCommit?: string;
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
    const commit = o.commit ?? o.ciCommit ?? g.head;
    // HEAD's parent is not the CI commit's parent when HEAD is a merge made for the run.
    const parent = o.parent ?? (commit === g.head ? g.parent : '');
    return { repo: o.repo, commit, parent, branch: o.branch ?? g.branch, files: g.files };
  }
  if (o.files) {
    const commit = o.commit ?? o.ciCommit;
    if (!commit) throw new CliError('--commit is required with --files');
    return { repo: o.repo, commit, parent: o.parent ?? '', branch: o.branch ?? '', files: o.files.map((path) => ({ path, added: 0, removed: 0 })) };
  }
  throw new CliError('name the changed files: --files a,b or --from-git BASE');
}

/**
 * A pull request build's change when neither --files nor --from-git was given: `git diff BASE...HEAD`
 * against the target branch the CI names (ci-env/ `base`). A CliError says why git could not (a
 * shallow clone without the base, no checkout), naming where the base came from.
 */
export async function resolveChangeFromCiBase(o: ChangeInput, base: CiValue): Promise<ResolvedChange> {
  try {
    return await resolveChange({ ...o, fromGit: base.value });
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    throw new CliError(`the pull request's base ${base.value} (${base.from}): ${e.message}`);
  }
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
export async function sendChangeFromGit(o: { repo: string; commit?: string; ciCommit?: string; branch: string; fromGit?: string; server: string }): Promise<void> {
  if (!o.fromGit) return;
  await sendChange(await resolveChange({ repo: o.repo, commit: o.commit, ciCommit: o.ciCommit, branch: o.branch, fromGit: o.fromGit }), o.server);
}

export function describeChange(a: ChangeAnswer): string {
  return `change ${a.commit}${a.parent ? ` (parent ${a.parent.slice(0, 12)})` : ''}: ${a.files} file(s), +${a.added} −${a.removed} sent`;
}

export function registerChangeCommand(program: Command, env: CiEnv = {}): void {
  program
    .command('change')
    .description('send the files a commit changed (from --files or git diff), so the risk model learns from them')
    .option('--repo <repo>', 'repository, e.g. acme/shop (default in CI: detected)')
    .option('--commit <sha>', 'the commit (default: detected in CI, else with --from-git HEAD)')
    .option('--parent <sha>', 'its parent commit (default with --from-git: its first parent)')
    .option('--branch <branch>', 'branch (default: detected in CI, else with --from-git the checked-out branch)')
    .option('--files <paths>', 'changed files, comma-separated (repeatable)', collectFiles)
    .option('--from-git <base>', 'read the changed files from `git diff <base>...<commit>` in the current repository (default in a pull request build: its target branch)')
    .addOption(serverOption())
    .option('--json', 'print the answer as JSON')
    .action(async (o: ChangeInput & { server: string; json?: boolean }) => {
      const ci = detectCi(env);
      const run = resolveFields({ repo: o.repo, commit: o.commit, branch: o.branch }, ci, ['repo']);
      const input = { ...o, repo: run.repo, branch: run.branch, ciCommit: o.commit ? undefined : run.commit };
      // In a pull request build, no --files/--from-git means the diff against its target branch.
      const change = !o.files && !o.fromGit && ci?.base ? await resolveChangeFromCiBase(input, ci.base) : await resolveChange(input);
      const answer = await sendChange(change, o.server);
      process.stdout.write(o.json ? `${JSON.stringify(answer, null, 2)}\n` : `${describeChange(answer)}\n`);
    });
}
