import { execFile } from 'node:child_process';
import { CliError } from './server-client.ts';

// What a change is, read from the git repository the CLI runs in: `git diff BASE...HEAD` (the files
// the commit changed since it left BASE, the way a pull request shows them), with lines added and
// removed. git runs without a shell and paths come NUL-separated (-z), so any file name survives.

export interface GitChangedFile {
  path: string;
  added: number;
  removed: number;
}

export interface GitChange {
  /** The commit the diff ends at (full sha). */
  head: string;
  /** Its first parent ('' for a root commit). */
  parent: string;
  /** The checked-out branch ('' when HEAD is detached, as in most CI checkouts). */
  branch: string;
  files: GitChangedFile[];
}

function git(args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (err) {
        const e = err as NodeJS.ErrnoException & { code?: string | number };
        if (e.code === 'ENOENT') return reject(new CliError('git is not installed (needed by --from-git); pass --files instead'));
        return reject(Object.assign(new Error(stderr.trim() || err.message), { gitStderr: stderr }));
      }
      resolve(stdout);
    });
  });
}

async function revParse(ref: string, cwd: string): Promise<string | null> {
  try {
    return (await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd)).trim() || null;
  } catch {
    return null;
  }
}

/** Parses `git diff --numstat -z` output: "added\tremoved\tpath\0" per file, "-" for binary files. */
export function parseNumstat(out: string): GitChangedFile[] {
  const files: GitChangedFile[] = [];
  for (const rec of out.split('\0')) {
    if (rec === '') continue;
    const first = rec.indexOf('\t');
    const second = rec.indexOf('\t', first + 1);
    if (first < 0 || second < 0) continue;
    const added = rec.slice(0, first);
    const removed = rec.slice(first + 1, second);
    // numstat -z starts each record after the previous NUL, possibly with a newline left by git.
    files.push({
      path: rec.slice(second + 1),
      added: added === '-' ? 0 : Number(added.replace(/^\n/, '')),
      removed: removed === '-' ? 0 : Number(removed),
    });
  }
  return files;
}

export async function gitChange(opts: { base: string; commit?: string; cwd?: string }): Promise<GitChange> {
  const cwd = opts.cwd ?? process.cwd();
  try {
    await git(['rev-parse', '--git-dir'], cwd);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`--from-git: ${cwd} is not in a git repository; run in the repository's checkout, or pass --files`);
  }
  const base = await revParse(opts.base, cwd);
  if (!base) {
    throw new CliError(
      `--from-git ${opts.base}: no such commit in the repository at ${cwd} (a shallow CI clone? fetch it first, e.g. git fetch origin ${opts.base})`,
    );
  }
  const headRef = opts.commit ?? 'HEAD';
  const head = await revParse(headRef, cwd);
  if (!head) throw new CliError(`commit ${headRef} is not in the repository at ${cwd}; check it out or fetch it, or pass --files`);
  let out: string;
  try {
    // BASE...HEAD: changes on HEAD's side since the merge base, as a pull request shows them.
    out = await git(['-c', 'core.quotepath=off', 'diff', '--numstat', '-z', '--no-renames', '--no-color', `${base}...${head}`, '--'], cwd);
  } catch (e) {
    throw new CliError(`git diff ${opts.base}...${headRef} failed: ${(e as Error).message}`);
  }
  const parent = (await revParse(`${head}^`, cwd)) ?? '';
  let branch = '';
  try {
    const b = (await git(['symbolic-ref', '--quiet', '--short', 'HEAD'], cwd)).trim();
    if (b && (await revParse('HEAD', cwd)) === head) branch = b;
  } catch {
    // detached HEAD
  }
  return { head, parent, branch, files: parseNumstat(out) };
}

/** The top folder and HEAD commit of the git checkout holding `cwd`; null outside one, or without git. */
export async function gitCheckoutOf(cwd: string): Promise<{ root: string; head: string } | null> {
  try {
    const root = (await git(['rev-parse', '--show-toplevel'], cwd)).trim();
    const head = await revParse('HEAD', cwd);
    return root && head ? { root, head } : null;
  } catch {
    return null;
  }
}
