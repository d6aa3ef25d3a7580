import type { RepoFiles } from './repo-files.ts';
import { dirName } from './walk.ts';

// Go imports (docs/imports.md). A Go import names a package, which is a folder: `import
// "example.com/shop/billing"` in a module whose go.mod says `module example.com/shop` is the folder
// billing/ beside that go.mod, and the importing file depends on every non-test .go file in it. Go
// compiles a package as a whole, so a file also depends on the other files of its own folder: a
// non-test file on the non-test ones, a _test.go file on all of them (tests of the package and its
// external _test package are built into one test binary). Several go.mod files (a go.work workspace,
// nested modules) are several modules; an import resolves in the module with the longest matching path.
// Build constraints (//go:build, _linux.go) are not evaluated: every file of the folder counts.

/** The module path a go.mod declares, or null. */
export function goModulePath(goMod: string): string | null {
  const m = /^\s*module\s+("?)([^\s"]+)\1\s*(?:\/\/.*)?$/m.exec(goMod);
  return m ? m[2]! : null;
}

/** Import paths of a Go file: single imports and import blocks, from its header. */
export function goImports(source: string): string[] {
  // Comments out, but string contents kept: import paths are strings.
  const src = source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, '');
  const out: string[] = [];
  const decl = /^import\s*(\(([^)]*)\)|(?:[\w.]+\s+)?"([^"]+)"|(?:[\w.]+\s+)?`([^`]+)`)/gm;
  for (let m = decl.exec(src); m; m = decl.exec(src)) {
    if (m[2] !== undefined) {
      const spec = /(?:^|\s)(?:[\w.]+\s+)?(?:"([^"]+)"|`([^`]+)`)/g;
      for (let s = spec.exec(m[2]); s; s = spec.exec(m[2])) out.push((s[1] ?? s[2])!);
    } else out.push((m[3] ?? m[4])!);
  }
  return out;
}

export class GoResolver {
  /** Longest module path first. */
  private readonly modules: { path: string; dir: string }[];

  constructor(
    private readonly files: RepoFiles,
    goMods: readonly { file: string; text: string }[],
  ) {
    this.modules = goMods
      .map(({ file, text }) => ({ path: goModulePath(text), dir: dirName(file) }))
      .filter((m): m is { path: string; dir: string } => m.path !== null)
      .sort((a, b) => b.path.length - a.path.length);
  }

  resolve(from: string, importPaths: readonly string[]): string[] {
    const out = new Set<string>();
    for (const imp of importPaths) {
      const mod = this.modules.find((m) => imp === m.path || imp.startsWith(`${m.path}/`));
      if (!mod) continue; // the standard library or another module's package
      const rest = imp.slice(mod.path.length + 1);
      const dir = [mod.dir, rest].filter((p) => p !== '').join('/');
      for (const f of this.packageFiles(dir)) if (!isGoTest(f)) out.add(f);
    }
    const isTest = isGoTest(from);
    for (const f of this.packageFiles(dirName(from))) if (isTest || !isGoTest(f)) out.add(f);
    out.delete(from);
    return [...out];
  }

  private packageFiles(dir: string): string[] {
    return this.files.inDir(dir).filter((f) => f.endsWith('.go'));
  }
}

function isGoTest(f: string): boolean {
  return f.endsWith('_test.go');
}
