import { dirName } from './walk.ts';

// The files of one checkout, for resolving imports: membership and the files of a folder.

export class RepoFiles {
  private readonly all: ReadonlySet<string>;
  private readonly byDir = new Map<string, string[]>();

  constructor(paths: readonly string[]) {
    this.all = new Set(paths);
    for (const p of paths) {
      const d = dirName(p);
      let list = this.byDir.get(d);
      if (!list) this.byDir.set(d, (list = []));
      list.push(p);
    }
  }

  has(path: string): boolean {
    return this.all.has(path);
  }

  /** The files directly in `dir` ('' = the root), not in its subfolders. */
  inDir(dir: string): readonly string[] {
    return this.byDir.get(dir) ?? [];
  }

  hasDir(dir: string): boolean {
    return this.byDir.has(dir);
  }
}

/**
 * `rel` ('./a', '../b/c', 'x/y') taken from folder `dir`, as a normalised repository path; null when it
 * leaves the repository (more '..' than folders).
 */
export function joinRepoPath(dir: string, rel: string): string | null {
  const out = dir === '' ? [] : dir.split('/');
  for (const part of rel.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(part);
  }
  return out.join('/');
}
