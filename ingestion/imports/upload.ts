import { createHash } from 'node:crypto';
import { InputError } from '../errors.ts';
import type { ImportedFile } from './graph.ts';

// One upload of an import graph (POST /v1/imports), checked before anything is stored: every path is
// repository-relative, or the whole upload is refused naming the first bad entry (a path that escapes
// the checkout or names the scanning machine's folders is a scanner bug, and its rows would never
// match a changed file).

export interface ImportUploadBody {
  repo: string;
  commit?: string;
  /** When the checkout was scanned (ISO 8601); default: when the service received it. */
  scannedAt?: string;
  files: { path: string; test?: boolean; imports: string[]; tests?: string[] }[];
}

export interface ImportUpload {
  repo: string;
  commit: string;
  scannedAt: Date;
  files: ImportedFile[];
  /** Names this scan: the same upload sent again has the same id, so its rows are written once. */
  scanId: string;
}

/** A 100k-file monorepo fits; a runaway scanner does not. */
export const MAX_IMPORT_FILES = 200_000;
/** Imports (edges) in one upload, all files together. */
export const MAX_IMPORT_EDGES = 2_000_000;
export const MAX_IMPORT_PATH_LENGTH = 4096;
/** A declared test function's name (Go identifiers are short; this bounds a runaway scanner). */
export const MAX_TEST_NAME_LENGTH = 1024;
/**
 * (test file, reached file) rows one upload may make: each is held in memory and encoded before it is
 * written (~200 bytes), so this bounds a request to a few hundred MiB. 20k test files reaching 100
 * files each fit.
 */
export const MAX_REACH_ROWS = 2_000_000;

/** Why a path is not repository-relative, or null when it is. */
export function badRepoPath(p: string): string | null {
  if (p === '') return 'is empty';
  if (p.length > MAX_IMPORT_PATH_LENGTH) return `is longer than ${MAX_IMPORT_PATH_LENGTH} characters`;
  if (p.includes('\0')) return 'contains a NUL character';
  if (p.startsWith('/') || p.startsWith('\\') || /^[A-Za-z]:[\\/]/.test(p)) return 'is absolute: send paths relative to the repository root';
  if (p.includes('\\')) return "uses '\\': send '/'-separated paths";
  const parts = p.split('/');
  if (parts.includes('..')) return "contains '..': send paths inside the repository";
  if (parts.some((s) => s === '' || s === '.')) return "has an empty or '.' segment: send normalised paths like src/a/b.ts";
  return null;
}

export function parseImportUpload(body: ImportUploadBody, receivedAt: Date): ImportUpload {
  if (body.files.length > MAX_IMPORT_FILES) {
    throw new InputError('TOO_MANY_FILES', `an import scan may name at most ${MAX_IMPORT_FILES} files; this one names ${body.files.length}`, 413);
  }
  let edges = 0;
  const seen = new Set<string>();
  const files: ImportedFile[] = [];
  for (const [i, f] of body.files.entries()) {
    const bad = badRepoPath(f.path);
    if (bad) throw new InputError('BAD_PATH', `files[${i}].path ${JSON.stringify(f.path)} ${bad}; nothing was stored`);
    if (seen.has(f.path)) throw new InputError('DUPLICATE_FILE', `files[${i}].path ${JSON.stringify(f.path)} is named twice; nothing was stored`);
    seen.add(f.path);
    edges += f.imports.length;
    if (edges > MAX_IMPORT_EDGES) {
      throw new InputError('TOO_MANY_IMPORTS', `an import scan may hold at most ${MAX_IMPORT_EDGES} imports in all; files[${i}] goes past it`, 413);
    }
    for (const [j, to] of f.imports.entries()) {
      const badTo = badRepoPath(to);
      if (badTo) throw new InputError('BAD_PATH', `files[${i}].imports[${j}] ${JSON.stringify(to)} (imported by ${f.path}) ${badTo}; nothing was stored`);
    }
    const tests = [...new Set(f.tests ?? [])];
    if (tests.length > 0 && !(f.test ?? false)) throw new InputError('BAD_TESTS', `files[${i}] (${f.path}) lists tests but is not a test file ("test": true); nothing was stored`);
    // A self-import (Go and JVM package siblings are computed per folder) is no edge.
    files.push({ path: f.path, test: f.test ?? false, imports: [...new Set(f.imports)].filter((to) => to !== f.path), ...(tests.length > 0 ? { tests: tests.sort() } : {}) });
  }
  const scannedAt = body.scannedAt === undefined ? receivedAt : new Date(body.scannedAt);
  if (Number.isNaN(scannedAt.getTime()) || scannedAt.getUTCFullYear() < 1900 || scannedAt.getUTCFullYear() > 2299) {
    throw new InputError('BAD_TIME', `scannedAt ${JSON.stringify(body.scannedAt)} is not a time between the years 1900 and 2299`);
  }
  const commit = body.commit ?? '';
  const hash = createHash('sha256').update(`${body.repo}\n${commit}\n${scannedAt.toISOString()}\n`);
  for (const f of files) hash.update(`${f.path}\n${f.test ? 1 : 0}\n${f.imports.join('\n')}\n${f.tests ? `\0${f.tests.join('\n')}\n` : ''}\n`);
  return { repo: body.repo, commit, scannedAt, files, scanId: hash.digest('hex').slice(0, 32) };
}
