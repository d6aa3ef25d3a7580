import { open } from 'node:fs/promises';
import { join } from 'node:path';
import type { ImportedFile, ImportScan } from './graph.ts';
import { GoResolver, goDeclarations, type GoDeclarations } from './go.ts';
import { JsPackages, jsPackageOf, jsSpecifiers, pnpmWorkspaceGlobs, resolveJsImport, type JsPackage } from './javascript.ts';
import { JvmResolver, jvmDeclarations, type JvmDeclarations } from './jvm.ts';
import { PythonResolver, pythonImports, type PyImport } from './python.ts';
import { RepoFiles } from './repo-files.ts';
import { TsPathAliases } from './ts-paths.ts';
import { isTestFile } from './test-files.ts';
import { baseName, dirName, isManifest, isTsConfig, walkCheckout, type WalkedFiles } from './walk.ts';

// scanCheckout: the import graph of a checkout folder, every import resolved to a repository file
// (reach.ts walks it; `signalhouse upload imports` sends it). Two passes: each file is read once and
// reduced to what it declares (its imports, its package), then, with every file's declarations known,
// imports are resolved. Only the declarations are held, never the sources.

/** Files larger than this are not parsed (generated bundles, data as code); imports may still name them. */
export const MAX_PARSED_BYTES = 1 << 20;
/** Files read at once. */
const READ_CONCURRENCY = 16;

type Declared =
  | { lang: 'js'; specifiers: string[] }
  | { lang: 'py'; imports: PyImport[] }
  | { lang: 'go'; decl: GoDeclarations }
  | { lang: 'jvm'; decl: JvmDeclarations };

function languageOf(path: string): Declared['lang'] | null {
  // Declaration files (.d.ts, .d.mts) describe types only; they are import targets, not parsed.
  if (/\.[cm]?[jt]sx?$/.test(path)) return /\.d\.[cm]?ts$/.test(path) ? null : 'js';
  if (path.endsWith('.py')) return 'py';
  if (path.endsWith('.go')) return 'go';
  if (path.endsWith('.java') || path.endsWith('.kt')) return 'jvm';
  return null;
}

function declare(lang: Declared['lang'], source: string): Declared {
  switch (lang) {
    case 'js':
      return { lang, specifiers: jsSpecifiers(source) };
    case 'py':
      return { lang, imports: pythonImports(source) };
    case 'go':
      return { lang, decl: goDeclarations(source) };
    case 'jvm':
      return { lang, decl: jvmDeclarations(source) };
  }
}

/** The file's text, or null when it is larger than `limit` bytes (or vanished meanwhile). */
async function readSmall(path: string, limit: number): Promise<string | null> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch {
    return null;
  }
  try {
    if ((await handle.stat()).size > limit) return null;
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export async function scanCheckout(root: string): Promise<ImportScan> {
  const walked = await walkCheckout(root);
  return importGraph(walked, (path) => readSmall(join(root, path), MAX_PARSED_BYTES));
}

/**
 * The same graph from files held in memory (repository path → text), for generated checkouts: no
 * folder is walked, so nothing is skipped but files of other languages; files over MAX_PARSED_BYTES
 * are not parsed, as on disk.
 */
export async function scanSources(sources: ReadonlyMap<string, string>): Promise<ImportScan> {
  const paths = [...sources.keys()].sort();
  const walked = {
    files: paths.filter((p) => languageOf(p) !== null || p.endsWith('.json')),
    manifests: paths.filter(isManifest),
  };
  return importGraph(walked, async (path) => {
    const text = sources.get(path);
    return text === undefined || Buffer.byteLength(text) > MAX_PARSED_BYTES ? null : text;
  });
}

async function importGraph(walked: WalkedFiles, read: (path: string) => Promise<string | null>): Promise<ImportScan> {
  const files = new RepoFiles(walked.files);
  const sources = walked.files.filter((f) => languageOf(f) !== null);
  const declared = new Map<string, Declared>();
  await mapLimited(sources, READ_CONCURRENCY, async (f) => {
    const text = await read(f);
    if (text !== null) declared.set(f, declare(languageOf(f)!, text));
  });
  const manifests = await mapLimited(walked.manifests, READ_CONCURRENCY, async (file) => ({ file, text: (await read(file)) ?? '' }));

  const ofKind = (name: string) => manifests.filter((m) => baseName(m.file) === name);
  const packages = new JsPackages(
    ofKind('package.json').map((m) => jsPackageOf(m.file, m.text)).filter((p): p is JsPackage => p !== null),
    ofKind('pnpm-workspace.yaml').map((m) => ({ dir: dirName(m.file), globs: pnpmWorkspaceGlobs(m.text) })),
  );
  const aliases = new TsPathAliases(manifests.filter((m) => isTsConfig(baseName(m.file))));
  const goDecls = new Map<string, GoDeclarations>();
  for (const [f, d] of declared) if (d.lang === 'go') goDecls.set(f, d.decl);
  const go = new GoResolver(files, ofKind('go.mod'), goDecls);
  const python = new PythonResolver(files, sources.filter((f) => f.endsWith('.py')));
  const jvmDecls = new Map<string, JvmDeclarations>();
  for (const [f, d] of declared) if (d.lang === 'jvm') jvmDecls.set(f, d.decl);
  const jvm = new JvmResolver(jvmDecls);

  const out: ImportedFile[] = [];
  for (const path of sources) {
    const d = declared.get(path);
    const test = isTestFile(path);
    let imports: string[] = [];
    if (d?.lang === 'js') imports = d.specifiers.map((s) => resolveJsImport(path, s, files, packages, aliases)).filter((p): p is string => p !== null);
    else if (d?.lang === 'py') imports = [...python.resolve(path, d.imports), ...(test ? python.conftestsOf(path) : [])];
    else if (d?.lang === 'go') imports = go.resolve(path, d.decl);
    else if (d?.lang === 'jvm') imports = jvm.resolve(path, d.decl);
    // Go reports name a test's function and package, not its file: the file says which it declares.
    const tests = test && d?.lang === 'go' && d.decl.tests.length > 0 ? { tests: [...d.decl.tests].sort() } : {};
    out.push({ path, test, imports: [...new Set(imports)].filter((p) => p !== path).sort(), ...tests });
  }
  return { files: out };
}
