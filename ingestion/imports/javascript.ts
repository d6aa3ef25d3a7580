import ts from 'typescript';
import { joinRepoPath, type RepoFiles } from './repo-files.ts';
import { dirName } from './walk.ts';

// JS/TS imports: TypeScript's own pre-processor (ts.preProcessFile) lists every module specifier of a
// file: import/export … from, import type, import x = require(), require('…'), import('…') with a
// literal, in .js/.jsx/.ts/.tsx alike, skipping comments and strings. Specifiers resolve as Node and
// TypeScript do (docs/imports.md):
//   relative ('./a', '../b')  the file itself, '.js' written for a '.ts' source (NodeNext/ESM style),
//                             then with each extension, then the folder's index file
//   a workspace package       '@acme/money' or '@acme/money/round' → the package folder of that name in
//                             the repository (its package.json), through its source/main fields or
//                             src/ and index files
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

/** Workspace packages of the repository: package.json name → its folder and entry fields. */
export interface JsPackage {
  dir: string;
  /** Entry files named by package.json (source, types, module, main), in that order of preference. */
  entries: string[];
}

export function jsPackageOf(manifestPath: string, text: string): [name: string, pkg: JsPackage] | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null; // a broken package.json names no package; the scan goes on
  }
  if (!json || typeof json !== 'object') return null;
  const m = json as Record<string, unknown>;
  if (typeof m.name !== 'string' || m.name === '') return null;
  const entries = ['source', 'types', 'typings', 'module', 'main'].map((k) => m[k]).filter((v): v is string => typeof v === 'string');
  return [m.name, { dir: dirName(manifestPath), entries }];
}

export function resolveJsImport(from: string, spec: string, files: RepoFiles, packages: ReadonlyMap<string, JsPackage>): string | null {
  const clean = spec.replace(/[?#].*$/, ''); // bundler queries: './icon.svg?raw'
  if (clean === '.' || clean === '..' || clean.startsWith('./') || clean.startsWith('../')) {
    const base = joinRepoPath(dirName(from), clean);
    return base === null || base === '' ? null : resolveFile(base, files);
  }
  // '@scope/name/sub' or 'name/sub': the package name is the first one or two segments.
  const parts = clean.split('/');
  const nameLength = clean.startsWith('@') ? 2 : 1;
  const pkg = packages.get(parts.slice(0, nameLength).join('/'));
  if (!pkg) return null;
  const sub = parts.slice(nameLength).join('/');
  const at = (rel: string) => {
    const p = joinRepoPath(pkg.dir, rel);
    return p === null || p === '' ? null : resolveFile(p, files);
  };
  if (sub !== '') return at(sub) ?? at(`src/${sub}`);
  for (const e of pkg.entries) {
    // A built entry (dist/index.js) is not in the scan: its source usually sits in src/.
    const r = at(e);
    if (r) return r;
  }
  return at('src/index') ?? at('index');
}
