import { open } from 'node:fs/promises';
import { join } from 'node:path';
import type { ImportedFile, ImportScan } from './graph.ts';
import { GoResolver, goImports } from './go.ts';
import { jsPackageOf, jsSpecifiers, resolveJsImport, type JsPackage } from './javascript.ts';
import { JvmResolver, jvmDeclarations, type JvmDeclarations } from './jvm.ts';
import { PythonResolver, pythonImports, type PyImport } from './python.ts';
import { RepoFiles } from './repo-files.ts';
import { isTestFile } from './test-files.ts';
import { walkCheckout } from './walk.ts';

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
  | { lang: 'go'; imports: string[] }
  | { lang: 'jvm'; decl: JvmDeclarations };

function languageOf(path: string): Declared['lang'] | null {
  if (/\.[cm]?[jt]sx?$/.test(path)) return path.endsWith('.d.ts') ? null : 'js';
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
      return { lang, imports: goImports(source) };
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
  const files = new RepoFiles(walked.files);
  const sources = walked.files.filter((f) => languageOf(f) !== null);
  const declared = new Map<string, Declared>();
  await mapLimited(sources, READ_CONCURRENCY, async (f) => {
    const text = await readSmall(join(root, f), MAX_PARSED_BYTES);
    if (text !== null) declared.set(f, declare(languageOf(f)!, text));
  });
  const manifests = await mapLimited(walked.manifests, READ_CONCURRENCY, async (file) => ({ file, text: (await readSmall(join(root, file), MAX_PARSED_BYTES)) ?? '' }));

  const packages = new Map<string, JsPackage>();
  for (const m of manifests) {
    if (!m.file.endsWith('package.json')) continue;
    const pkg = jsPackageOf(m.file, m.text);
    if (pkg && !packages.has(pkg[0])) packages.set(pkg[0], pkg[1]);
  }
  const go = new GoResolver(files, manifests.filter((m) => m.file.endsWith('go.mod')));
  const python = new PythonResolver(files, sources.filter((f) => f.endsWith('.py')));
  const jvmDecls = new Map<string, JvmDeclarations>();
  for (const [f, d] of declared) if (d.lang === 'jvm') jvmDecls.set(f, d.decl);
  const jvm = new JvmResolver(jvmDecls);

  const out: ImportedFile[] = [];
  for (const path of sources) {
    const d = declared.get(path);
    const test = isTestFile(path);
    let imports: string[] = [];
    if (d?.lang === 'js') imports = d.specifiers.map((s) => resolveJsImport(path, s, files, packages)).filter((p): p is string => p !== null);
    else if (d?.lang === 'py') imports = [...python.resolve(path, d.imports), ...(test ? python.conftestsOf(path) : [])];
    else if (d?.lang === 'go') imports = go.resolve(path, d.imports);
    else if (d?.lang === 'jvm') imports = jvm.resolve(path, d.decl);
    out.push({ path, test, imports: [...new Set(imports)].filter((p) => p !== path).sort() });
  }
  return { files: out };
}
