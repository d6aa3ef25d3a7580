// The generated code base as files (`checkout/` beside a history): what a CI checkout of the repository
// would hold, for the import scanner (`signalhouse upload imports`) and the risk model's `reach`.
//
// Import statements realise the dependency graph of codebase.ts, in each runner's language: a test file
// imports its subject, the module files and shared utilities its tests depend on; source files import a
// few files of their own module and of the shared module too, as real code does, so reach through
// imports over-approximates what a test really depends on. What a scanner cannot see is left out on
// purpose, so the model gets no perfect oracle: build files and schemas are dependencies but never
// imported, and half of the cross-area dependencies (codebase.ts: 15% of test files depend on a file
// of another area) are runtime ones (a registry, a reflection lookup), not imports.
//
// Languages: TypeScript relative imports (`import * as x from '../shared/format'`); Python
// `from pkg.area.mod import name` from the Python root (the folder of pyproject.toml); Java package
// declarations, `import com.acme.area.Class;` across packages and bare class names within one (no
// import: Java resolves same-package names); Go one package per folder with a go.mod, importing other
// packages by path (a file sees its own package's files without an import); a Go test file declares
// the TestXxx functions its tests' report names.
//
// Randomness comes from its own stream (Rng.derive(seed, 'checkout')), never from the streams the
// history draws from: writing the checkout changes no byte of the history for the same seed.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import type { Codebase, RepoFile } from './codebase.ts';
import { compareStrings } from './codebase.ts';
import { GO_MODULE, type LayoutSpec } from './layouts.ts';
import { Rng, WeightedPicker, zipfWeights } from './prng.ts';

/** Share of cross-area dependencies that are runtime ones (no import statement). */
export const HIDDEN_CROSS_AREA_SHARE = 0.5;

export interface CheckoutFile {
  path: string;
  text: string;
}

export interface Checkout {
  files: CheckoutFile[];
  /**
   * File → the repository files its code refers to, as a scanner that resolves the language's imports
   * and same-package names would find them (Go: the files declaring the package-level names it uses,
   * in its own package or through an import). Sorted, never the file itself.
   */
  refers: Map<string, string[]>;
  /** Test file → dependencies of its tests that no import expresses (build files, schemas, runtime picks). */
  hidden: Map<string, string[]>;
}

export function buildCheckout(codebase: Codebase, layout: LayoutSpec, seed: number): Checkout {
  const rng = Rng.derive(seed, 'checkout');
  const files = codebase.files;
  const byModule = new Map(codebase.modules.map((m) => [m.spec.name, m] as const));
  const sharedOf = new Map(codebase.modules.filter((m) => m.spec.shared).map((m) => [m.spec.runner, m] as const));
  const imports = new Map<number, Set<number>>();
  const importsOf = (f: number): Set<number> => {
    let s = imports.get(f);
    if (!s) imports.set(f, (s = new Set()));
    return s;
  };
  const hidden = new Map<string, string[]>();

  // Test files: the union of their tests' dependencies, each either imported or hidden.
  for (const tf of codebase.testFiles) {
    const deps = new Set<number>();
    for (const t of tf.tests) for (const f of codebase.tests[t]!.dependsOn) deps.add(f);
    deps.delete(tf.file);
    const own = importsOf(tf.file);
    const hide: string[] = [];
    for (const f of [...deps].sort((a, b) => a - b)) {
      const dep = files[f]!;
      const crossArea = dep.kind === 'source' && dep.module !== tf.module && !byModule.get(dep.module)?.spec.shared;
      if (dep.kind !== 'source' || (crossArea && rng.chance(HIDDEN_CROSS_AREA_SHARE))) hide.push(dep.path);
      else own.add(f);
    }
    if (hide.length > 0) hidden.set(files[tf.file]!.path, hide);
  }
  // Source files: a few files of their module (earlier ones, as a module's core is imported by the
  // rest) and, now and then, a shared utility.
  for (const m of codebase.modules) {
    const shared = sharedOf.get(m.spec.runner);
    const sharedZipf = shared ? new WeightedPicker(zipfWeights(shared.sourceFiles.length, 1.1)) : null;
    m.sourceFiles.forEach((f, k) => {
      const own = importsOf(f);
      for (let i = Math.min(k, rng.poisson(1.2)); i > 0; i--) own.add(m.sourceFiles[rng.int(0, k - 1)]!);
      if (shared && sharedZipf && shared !== m && rng.chance(0.35)) own.add(shared.sourceFiles[sharedZipf.pick(rng)]!);
    });
  }

  const out: CheckoutFile[] = [];
  const refers = new Map<string, string[]>();
  // The test functions each test file declares (Go: a report names the function, not its file).
  const testNames = new Map<number, string[]>();
  for (const tf of codebase.testFiles) {
    testNames.set(tf.file, [...new Set(tf.tests.map((t) => codebase.tests[t]!.name.split('/')[0]!))]);
  }
  for (const f of files) {
    const deps = [...(imports.get(f.index) ?? [])].sort((a, b) => a - b).map((i) => files[i]!);
    out.push({ path: f.path, text: render(f, deps, layout, testNames.get(f.index) ?? []) });
    if (f.kind !== 'source' && f.kind !== 'test') continue;
    // Every language names what it uses: an import, a class, or (Go) a package-level identifier of
    // the file declaring it, which is what a scanner resolving Go names finds (ingestion/imports/go.ts).
    const seen = new Set<string>();
    for (const d of deps) seen.add(d.path);
    seen.delete(f.path);
    if (seen.size > 0) refers.set(f.path, [...seen].sort(compareStrings));
  }
  for (const extra of supportFiles(codebase, layout)) out.push(extra);
  out.sort((a, b) => compareStrings(a.path, b.path));
  return { files: out, refers, hidden };
}

/** Writes the checkout under `dir` (created; files of an earlier checkout are overwritten). */
export function writeCheckout(dir: string, checkout: Checkout): void {
  for (const f of checkout.files) {
    const path = join(dir, ...f.path.split('/'));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.text);
  }
}

// ---- languages -----------------------------------------------------------------------------------

function stemOfPath(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.slice(0, name.indexOf('.') < 0 ? name.length : name.indexOf('.'));
}

function identifier(s: string): string {
  const id = s.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[0-9]/.test(id) ? `_${id}` : id;
}

function render(f: RepoFile, deps: RepoFile[], layout: LayoutSpec, testNames: readonly string[]): string {
  switch (f.kind) {
    case 'build':
      return buildFileText(f, layout);
    case 'schema':
      return `syntax = "proto3";\n\npackage ${f.symbol};\n\nmessage ${pascalCase(f.stem)}Event {\n  string id = 1;\n}\n`;
    default:
      break;
  }
  switch (f.runner) {
    case 'jest':
      return typescript(f, deps);
    case 'pytest':
      return python(f, deps, layout);
    case 'surefire':
      return java(f, deps);
    case 'gotest':
      return go(f, deps, testNames);
    default:
      return '';
  }
}

function typescript(f: RepoFile, deps: RepoFile[]): string {
  const from = posix.dirname(f.path);
  const lines = deps.map((d, i) => {
    let rel = posix.relative(from, d.path.replace(/\.tsx?$/, ''));
    if (!rel.startsWith('.')) rel = `./${rel}`;
    return `import * as dep${i} from '${rel}';`;
  });
  const name = identifier(stemOfPath(f.path));
  const uses = deps.map((_, i) => `dep${i}`).join(', ');
  if (f.kind === 'test') {
    return `${lines.join('\n')}\n\ndescribe('${name}', () => {\n  it('loads its dependencies', () => {\n    expect([${uses}].length).toBe(${deps.length});\n  });\n});\n`;
  }
  return `${lines.join('\n')}${lines.length > 0 ? '\n\n' : ''}export function ${name}(): unknown[] {\n  return [${uses}];\n}\n`;
}

/** The folder Python imports are resolved from: where pyproject.toml is ('' at the repository root). */
function pythonRoot(layout: LayoutSpec): string {
  const dir = posix.dirname(layout.buildFile('pytest'));
  return dir === '.' ? '' : `${dir}/`;
}

function python(f: RepoFile, deps: RepoFile[], layout: LayoutSpec): string {
  const root = pythonRoot(layout);
  const lines = deps.map((d) => {
    const mod = d.path.slice(d.path.startsWith(root) ? root.length : 0).replace(/\.py$/, '').split('/');
    const name = mod.pop()!;
    return `from ${mod.join('.')}.${name} import ${identifier(name)}`;
  });
  const uses = deps.map((d) => identifier(stemOfPath(d.path))).join(', ');
  const name = identifier(stemOfPath(f.path));
  const body = f.kind === 'test' ? `def ${name.startsWith('test') ? name : `test_${name}`}():\n    assert len([${uses}]) == ${deps.length}\n` : `def ${name}():\n    return [${uses}]\n`;
  return `${lines.join('\n')}${lines.length > 0 ? '\n\n\n' : ''}${body}`;
}

function javaPackage(path: string): string {
  const at = path.indexOf('/java/');
  return posix.dirname(path.slice(at + '/java/'.length)).replaceAll('/', '.');
}

function java(f: RepoFile, deps: RepoFile[]): string {
  const pkg = javaPackage(f.path);
  const cls = stemOfPath(f.path);
  // Classes of the same package are used by their simple name, without an import (as in real Java).
  const imports = deps.filter((d) => javaPackage(d.path) !== pkg).map((d) => `import ${javaPackage(d.path)}.${stemOfPath(d.path)};`);
  const uses = deps.map((d) => `${stemOfPath(d.path)}.class`).join(', ');
  const body =
    f.kind === 'test'
      ? `class ${cls} {\n    @org.junit.jupiter.api.Test\n    void loadsItsDependencies() {\n        java.util.List.of(${uses});\n    }\n}\n`
      : `public class ${cls} {\n    static final Object[] USES = {${uses}};\n}\n`;
  return `package ${pkg};\n\n${imports.join('\n')}${imports.length > 0 ? '\n\n' : ''}${body}`;
}

function go(f: RepoFile, deps: RepoFile[], testNames: readonly string[]): string {
  const dir = posix.dirname(f.path);
  const pkg = identifier(posix.basename(dir));
  const others = [...new Set(deps.map((d) => posix.dirname(d.path)).filter((d) => d !== dir))].sort(compareStrings);
  const imports = others.map((d) => `\t"${GO_MODULE}/${d}"`);
  // Same-package files are used without an import; another package through its import.
  const uses = deps.map((d) => {
    const name = `${identifier(pascalCase(stemOfPath(d.path)))}Name`;
    return posix.dirname(d.path) === dir ? name : `${identifier(posix.basename(posix.dirname(d.path)))}.${name}`;
  });
  const fn = identifier(pascalCase(stemOfPath(f.path)));
  const head = `package ${pkg}\n\n${f.kind === 'test' ? 'import (\n\t"testing"\n' : imports.length > 0 ? 'import (\n' : ''}`;
  const importBlock = f.kind === 'test' || imports.length > 0 ? `${head}${imports.map((l) => `${l}\n`).join('')})\n\n` : `package ${pkg}\n\n`;
  // A test file declares the functions its report names (TestXxx; a subtest TestXxx/case is TestXxx's).
  const tests = testNames.length > 0 ? testNames.map(identifier) : [`Test${fn}`];
  const body =
    f.kind === 'test'
      ? `var uses${fn}Test = []any{${uses.join(', ')}}\n${tests.map((t) => `\nfunc ${t}(t *testing.T) {\n\t_ = uses${fn}Test\n}\n`).join('')}`
      : `const ${fn}Name = "${fn}"\n\nvar uses${fn} = []any{${uses.join(', ')}}\n`;
  return `${importBlock}${body}`;
}

function pascalCase(s: string): string {
  return s
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '')
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

function buildFileText(f: RepoFile, layout: LayoutSpec): string {
  switch (f.runner) {
    case 'gotest':
      return `module ${GO_MODULE}\n\ngo 1.22\n`;
    case 'pytest':
      return `[project]\nname = "acme-${layout.id}"\nversion = "0.1.0"\n`;
    case 'jest':
      return `${JSON.stringify({ name: `acme-${layout.id}`, private: true, scripts: { test: 'jest' } }, null, 2)}\n`;
    case 'surefire':
      return `<project xmlns="http://maven.apache.org/POM/4.0.0">\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>com.acme</groupId>\n  <artifactId>acme-${layout.id}</artifactId>\n  <version>1.0.0</version>\n</project>\n`;
    default:
      return '';
  }
}

/** Python packages need an __init__.py in each folder imports go through. */
function supportFiles(codebase: Codebase, layout: LayoutSpec): CheckoutFile[] {
  const root = pythonRoot(layout);
  const inits = new Set<string>();
  const paths = new Set(codebase.files.map((f) => f.path));
  for (const f of codebase.files) {
    if (f.runner !== 'pytest' || (f.kind !== 'source' && f.kind !== 'test')) continue;
    let dir = posix.dirname(f.path);
    while (dir !== '.' && `${dir}/` !== root && dir.length >= root.length) {
      inits.add(`${dir}/__init__.py`);
      dir = posix.dirname(dir);
    }
  }
  return [...inits].filter((p) => !paths.has(p)).map((path) => ({ path, text: '' }));
}
