import picomatch from 'picomatch';
import ts from 'typescript';
import { joinRepoPath, type RepoFiles } from './repo-files.ts';
import type { TsPathAliases } from './ts-paths.ts';
import { dirName } from './walk.ts';

// JS/TS imports: TypeScript's own pre-processor (ts.preProcessFile) lists every module specifier of a
// file: import/export … from, import type, import x = require(), require('…'), import('…') with a
// literal, in .js/.jsx/.ts/.tsx alike, skipping comments and strings. Specifiers resolve as Node and
// TypeScript do (docs/imports.md):
//   relative ('./a', '../b')  the file itself, '.js' written for a '.ts' source (NodeNext/ESM style),
//                             then with each extension, then the folder's index file
//   a workspace package       '@acme/money' or '@acme/money/round' → the workspace member of that name
//                             (or the importing file's own package, by its name), through its "exports" map (any
//                             condition whose target is a file of the checkout: a source condition
//                             like "@zod/source" or "development" usually is, the built "import" one
//                             is not), its source/types/module/main fields, or src/ and index files
//   a tsconfig/jsconfig alias  "paths" ('@/cart' → src/cart) and "baseUrl" of the nearest config (ts-paths.ts)
// Anything else (packages from a registry, Node built-ins, '#subpath' imports) is outside the
// repository and dropped.

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '.json', '.d.ts'];
/** A '.js' specifier may name the TypeScript file it is compiled from. */
const COMPILED_FROM: Record<string, string[]> = { '.js': ['.ts', '.tsx'], '.jsx': ['.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'] };

export function jsSpecifiers(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

/** The repository file a path without extension (or with a compiled one) names, or null. */
function resolveFile(base: string, files: RepoFiles): string | null {
  if (files.has(base)) return base;
  const dot = base.lastIndexOf('.');
  const ext = dot > base.lastIndexOf('/') ? base.slice(dot) : '';
  for (const alt of COMPILED_FROM[ext] ?? []) {
    const p = base.slice(0, dot) + alt;
    if (files.has(p)) return p;
  }
  for (const e of EXTENSIONS) if (files.has(base + e)) return base + e;
  for (const e of EXTENSIONS) if (files.has(`${base}/index${e}`)) return `${base}/index${e}`;
  return null;
}

/** A package.json of the checkout: its name, folder and entry fields. */
export interface JsPackage {
  /** '' when package.json has no name (a workspace root often has none). */
  name: string;
  dir: string;
  /** Entry files named by package.json (source, types, module, main), in that order of preference. */
  entries: string[];
  /** "exports": subpath ('.', './v4', './utils/*') → its targets under every condition, in order. */
  exports: Map<string, string[]>;
  /** Workspace globs this package.json declares (a monorepo's root), relative to its folder. */
  workspaces: string[];
}

/** Every string target of an "exports" value, whatever the conditions (nested objects, arrays). */
function targets(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(targets);
  if (value && typeof value === 'object') return Object.values(value).flatMap(targets);
  return [];
}

function exportsMap(value: unknown): Map<string, string[]> {
  const map = new Map<string, string[]>();
  if (value === undefined || value === null) return map;
  // "exports": "./index.js" or {"import": …, "require": …} is the '.' subpath alone.
  const sugar = typeof value === 'string' || Array.isArray(value) || Object.keys(value as object).every((k) => !k.startsWith('.'));
  if (sugar) map.set('.', targets(value));
  else for (const [k, v] of Object.entries(value as object)) map.set(k, targets(v));
  return map;
}

/** The targets of a subpath: an exact key, or a 'prefix*suffix' pattern with the star filled in. */
function exportTargets(pkg: JsPackage, subpath: string): string[] {
  const exact = pkg.exports.get(subpath);
  if (exact) return exact;
  for (const [key, list] of pkg.exports) {
    const star = key.indexOf('*');
    if (star < 0) continue;
    const [pre, post] = [key.slice(0, star), key.slice(star + 1)];
    if (subpath.startsWith(pre) && subpath.endsWith(post) && subpath.length >= key.length - 1) {
      const fill = subpath.slice(pre.length, subpath.length - post.length);
      return list.map((t) => t.replace('*', fill));
    }
  }
  return [];
}

/** A package.json of the checkout, reduced to what resolution needs; null when it names no package. */
export function jsPackageOf(manifestPath: string, text: string): JsPackage | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null; // a broken package.json names no package; the scan goes on
  }
  if (!json || typeof json !== 'object') return null;
  const m = json as Record<string, unknown>;
  const entries = ['source', 'types', 'typings', 'module', 'main'].map((k) => m[k]).filter((v): v is string => typeof v === 'string');
  // npm and Yarn: "workspaces": ["packages/*"] or {"packages": [...]}.
  const ws = Array.isArray(m.workspaces) ? m.workspaces : (m.workspaces as { packages?: unknown } | undefined)?.packages;
  return {
    name: typeof m.name === 'string' ? m.name : '',
    dir: dirName(manifestPath),
    entries,
    exports: exportsMap(m.exports),
    workspaces: Array.isArray(ws) ? ws.filter((g): g is string => typeof g === 'string') : [],
  };
}

/** The `packages:` globs of a pnpm-workspace.yaml (a plain YAML list, as pnpm documents it). */
export function pnpmWorkspaceGlobs(text: string): string[] {
  const out: string[] = [];
  let inPackages = false;
  for (const line of text.split('\n')) {
    if (/^packages\s*:/.test(line)) inPackages = true;
    else if (/^\S/.test(line)) inPackages = false;
    else if (inPackages) {
      const m = /^\s*-\s*(['"]?)([^'"#]+)\1\s*(?:#.*)?$/.exec(line);
      if (m) out.push(m[2]!.trim());
    }
  }
  return out;
}

/**
 * The packages a bare specifier can name inside the repository, as Node finds them: members of a
 * workspace (npm/Yarn "workspaces", pnpm-workspace.yaml: linked into node_modules by the package
 * manager), and a file's own package by its name (self-reference). Any other package.json (a fixture,
 * an example, a vendored copy) is not importable by name: a package called "zod" under test/fixtures
 * must not capture the project's `import { z } from 'zod'`.
 */
export class JsPackages {
  private readonly byName = new Map<string, JsPackage>();
  private readonly byDir = new Map<string, JsPackage>();

  constructor(packages: readonly JsPackage[], pnpmWorkspaces: readonly { dir: string; globs: string[] }[] = []) {
    for (const p of packages) this.byDir.set(p.dir, p);
    const roots = [...packages.filter((p) => p.workspaces.length > 0).map((p) => ({ dir: p.dir, globs: p.workspaces })), ...pnpmWorkspaces];
    for (const root of roots) {
      const include = root.globs.filter((g) => !g.startsWith('!')).map((g) => joinRepoPath(root.dir, g.replace(/\/+$/, '')) ?? '');
      const exclude = root.globs.filter((g) => g.startsWith('!')).map((g) => joinRepoPath(root.dir, g.slice(1).replace(/\/+$/, '')) ?? '');
      const isIn = picomatch(include.filter((g) => g !== ''));
      const isOut = exclude.length > 0 ? picomatch(exclude.filter((g) => g !== '')) : () => false;
      for (const p of packages) if (p.name !== '' && !this.byName.has(p.name) && isIn(p.dir) && !isOut(p.dir)) this.byName.set(p.name, p);
    }
  }

  find(from: string, name: string): JsPackage | null {
    const member = this.byName.get(name);
    if (member) return member;
    // Self-reference: the nearest package.json above the importing file.
    for (let d = dirName(from); ; d = dirName(d)) {
      const own = this.byDir.get(d);
      if (own) return own.name === name ? own : null;
      if (d === '') return null;
    }
  }
}

export function resolveJsImport(from: string, spec: string, files: RepoFiles, packages: JsPackages, aliases?: TsPathAliases): string | null {
  const clean = spec.replace(/[?#].*$/, ''); // bundler queries: './icon.svg?raw'
  if (clean === '.' || clean === '..' || clean.startsWith('./') || clean.startsWith('../')) {
    const base = joinRepoPath(dirName(from), clean);
    return base === null || base === '' ? null : resolveFile(base, files);
  }
  // tsconfig paths and baseUrl come before node_modules, as in tsc and the bundlers that read them.
  for (const candidate of aliases?.forFile(from)?.candidates(clean) ?? []) {
    const r = resolveFile(candidate, files);
    if (r) return r;
  }
  // '@scope/name/sub' or 'name/sub': the package name is the first one or two segments.
  const parts = clean.split('/');
  const nameLength = clean.startsWith('@') ? 2 : 1;
  const pkg = packages.find(from, parts.slice(0, nameLength).join('/'));
  if (!pkg) return null;
  const sub = parts.slice(nameLength).join('/');
  const at = (rel: string) => {
    const p = joinRepoPath(pkg.dir, rel);
    return p === null || p === '' ? null : resolveFile(p, files);
  };
  for (const t of exportTargets(pkg, sub === '' ? '.' : `./${sub}`)) {
    const r = at(t);
    if (r) return r;
  }
  if (sub !== '') return at(sub) ?? at(`src/${sub}`);
  for (const e of pkg.entries) {
    // A built entry (dist/index.js) is not in the scan: its source usually sits in src/.
    const r = at(e);
    if (r) return r;
  }
  return at('src/index') ?? at('index');
}
