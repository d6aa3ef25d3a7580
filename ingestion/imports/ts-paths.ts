import ts from 'typescript';
import { joinRepoPath } from './repo-files.ts';
import { dirName } from './walk.ts';

// Path aliases of tsconfig.json / jsconfig.json: `compilerOptions.paths` ("@/*": ["src/*"]) and
// `baseUrl` (non-relative specifiers looked up from a folder), as TypeScript applies them to the files
// under the config's folder. `extends` with a relative path is followed (a monorepo's
// tsconfig.base.json); a config extended from a package (@tsconfig/node20) is not in the checkout.

interface Options {
  paths?: [pattern: string, targets: string[]][];
  /** Folder of the config that set `paths`: targets are relative to it when no baseUrl is set. */
  pathsDir?: string;
  /** Repository folder non-relative specifiers are looked up from. */
  baseUrl?: string;
}

export interface PathAliases {
  /** Candidate repository paths (without extension resolution) for a specifier, best first; [] when no alias applies. */
  candidates(spec: string): string[];
}

/** The configs TypeScript looks for above a file. */
const TS_CONFIG_NAMES = ['tsconfig.json', 'jsconfig.json'];

export class TsPathAliases {
  private readonly texts = new Map<string, string>();
  private readonly merged = new Map<string, Options>();

  constructor(configs: readonly { file: string; text: string }[]) {
    for (const c of configs) this.texts.set(c.file, c.text);
  }

  /** The aliases that apply to a file: those of the nearest config above it; null when none has any. */
  forFile(from: string): PathAliases | null {
    for (let d = dirName(from); ; d = dirName(d)) {
      for (const name of TS_CONFIG_NAMES) {
        const file = d === '' ? name : `${d}/${name}`;
        if (this.texts.has(file)) return aliasesOf(this.options(file, 0));
      }
      if (d === '') return null;
    }
  }

  private options(file: string, depth: number): Options {
    const known = this.merged.get(file);
    if (known) return known;
    const text = this.texts.get(file);
    // JSON with comments and trailing commas, as tsc reads it.
    const parsed = text === undefined ? {} : (ts.parseConfigFileTextToJson(file, text).config as Record<string, unknown> | undefined) ?? {};
    let out: Options = {};
    const ext = parsed.extends;
    for (const parent of (Array.isArray(ext) ? ext : [ext]).filter((e): e is string => typeof e === 'string' && e.startsWith('.'))) {
      const p = joinRepoPath(dirName(file), parent.endsWith('.json') ? parent : `${parent}.json`);
      // A cycle or a chain deeper than any real one stops here.
      if (p !== null && depth < 8) out = { ...out, ...this.options(p, depth + 1) };
    }
    const co = (parsed.compilerOptions ?? {}) as Record<string, unknown>;
    const dir = dirName(file);
    if (typeof co.baseUrl === 'string') {
      const base = joinRepoPath(dir, co.baseUrl);
      if (base !== null) out = { ...out, baseUrl: base };
    }
    if (co.paths && typeof co.paths === 'object') {
      const paths = Object.entries(co.paths as Record<string, unknown>).map(
        ([k, v]) => [k, Array.isArray(v) ? v.filter((t): t is string => typeof t === 'string') : []] as [string, string[]],
      );
      out = { ...out, paths, pathsDir: dir };
    }
    this.merged.set(file, out);
    return out;
  }
}

function aliasesOf(o: Options): PathAliases | null {
  if (!o.paths && o.baseUrl === undefined) return null;
  return {
    candidates(spec) {
      const out: string[] = [];
      // TypeScript: an exact pattern, else the matching pattern with the longest prefix before '*'.
      let best: { targets: string[]; fill: string; prefix: number } | null = null;
      for (const [pattern, targets] of o.paths ?? []) {
        const star = pattern.indexOf('*');
        if (star < 0) {
          if (pattern === spec) best = { targets, fill: '', prefix: Infinity };
          continue;
        }
        const [pre, post] = [pattern.slice(0, star), pattern.slice(star + 1)];
        if (spec.length >= pre.length + post.length && spec.startsWith(pre) && spec.endsWith(post) && (!best || pre.length > best.prefix)) {
          best = { targets, fill: spec.slice(pre.length, spec.length - post.length), prefix: pre.length };
        }
      }
      for (const t of best?.targets ?? []) {
        const p = joinRepoPath(o.baseUrl ?? o.pathsDir ?? '', t.replace('*', best!.fill));
        if (p) out.push(p);
      }
      if (o.baseUrl !== undefined) {
        const p = joinRepoPath(o.baseUrl, spec);
        if (p) out.push(p);
      }
      return out;
    },
  };
}
