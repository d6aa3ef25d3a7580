import type { RepoFiles } from './repo-files.ts';
import { dirName } from './walk.ts';

// Go imports (docs/imports.md). A Go import names a package, which is a folder: `import
// "example.com/shop/billing"` in a module whose go.mod says `module example.com/shop` is the folder
// billing/ beside that go.mod. Several go.mod files (a go.work workspace, nested modules) are several
// modules; an import resolves in the module with the longest matching path.
//
// A package compiles as a whole, but what a file *uses* of it is named: Go has no implicit members, so
// every use of another file's code goes through a package-level name that file declares (a func, type,
// var or const; `billing.Charge` through an import). A file therefore depends on the files, of its own
// package and of the packages it imports, that declare a name it mentions. Depending on whole packages
// instead made a change anywhere in a shared package reach every test of every package importing it
// at one hop, and every test of a package reach every file of it: the import graph then said nothing
// at a package's granularity (docs/go-selection.md). What names cannot show is kept whole:
// - methods are declared apart from their type (`func (s *Stock) Reserve()` in another file) and are
//   called on values, not names: the file declaring a type depends on the files declaring its methods;
// - `func init()` runs whenever its package is linked: every file of a package depends on its init files;
// - a file that could not be parsed (over MAX_PARSED_BYTES) may declare anything: it is always included;
// - an imported package of which no declared name is mentioned (`import _ "…"` for its side effects, a
//   name we do not see) is depended on whole.
// A non-test file never sees a _test.go file's names; a _test.go file sees both (tests of the package
// and its external _test package are built into one test binary). Build constraints (//go:build,
// _linux.go) are not evaluated: every file of the folder counts.

/** The module path a go.mod declares, or null. */
export function goModulePath(goMod: string): string | null {
  const m = /^\s*module\s+("?)([^\s"]+)\1\s*(?:\/\/.*)?$/m.exec(goMod);
  return m ? m[2]! : null;
}

/** One import of a Go file: its path, and the name it is bound to when the file says one (`m`, `.`, `_`). */
export interface GoImport {
  path: string;
  alias?: string;
}

/** Imports of a Go file: single imports and import blocks, from its header. */
export function goImportSpecs(source: string): GoImport[] {
  // Comments out, but string contents kept: import paths are strings.
  const src = source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, '');
  const out: GoImport[] = [];
  const spec = (alias: string | undefined, path: string) => out.push(alias === undefined ? { path } : { path, alias });
  const decl = /^import\s*(\(([^)]*)\)|(?:([\w.]+)\s+)?"([^"]+)"|(?:([\w.]+)\s+)?`([^`]+)`)/gm;
  for (let m = decl.exec(src); m; m = decl.exec(src)) {
    if (m[2] !== undefined) {
      const one = /(?:^|\s)(?:([\w.]+)\s+)?(?:"([^"]+)"|`([^`]+)`)/g;
      for (let s = one.exec(m[2]); s; s = one.exec(m[2])) spec(s[1], (s[2] ?? s[3])!);
    } else spec(m[3] ?? m[5], (m[4] ?? m[6])!);
  }
  return out;
}

/** Import paths of a Go file. */
export function goImports(source: string): string[] {
  return goImportSpecs(source).map((i) => i.path);
}

/** What one Go file declares and mentions, reduced from its source (the source is not kept). */
export interface GoDeclarations {
  imports: GoImport[];
  /** Its package clause's name ('' when none). */
  pkg: string;
  /** Qualified identifiers it mentions (`billing.Charge`), distinct: the names it uses of an import. */
  selectors: string[];
  /** Package-level names it declares: funcs (not methods), types, vars, consts. */
  names: string[];
  /** Types it declares (a subset of names): their methods may live in other files. */
  types: string[];
  /** Receiver types of the methods it declares. */
  methodsOf: string[];
  /** It declares `func init()`. */
  init: boolean;
  /** Test functions it declares (`TestXxx`, `ExampleXxx`, `FuzzXxx`: what `go test` reports run). */
  tests: string[];
  /** Every identifier it mentions, distinct. */
  words: string[];
}

const IDENT = '[A-Za-z_][A-Za-z0-9_]*';
const identRe = new RegExp(IDENT, 'g');

/** The source without comments, string, raw string and rune literals (their words are not uses). */
function codeOnly(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|"(?:[^"\\\n]|\\.)*"|`[^`]*`|'(?:[^'\\\n]|\\.)*'/g, (m) => (m.startsWith('/') || m.startsWith('`') ? m.replace(/[^\n]/g, ' ') : '""'));
}

/** Names a `var`/`const`/`type` block declares: identifiers starting a line at bracket depth 0. */
function blockNames(body: string, kind: string): string[] {
  const out: string[] = [];
  let depth = 0;
  for (const line of body.split('\n')) {
    if (depth === 0) {
      const m = new RegExp(`^\\s*(${IDENT}(?:\\s*,\\s*${IDENT})*)`).exec(line);
      // A type block's line is `Name Type` or `Name = Type`; a var/const line may list several names.
      if (m) out.push(...(kind === 'type' ? [m[1]!.split(',')[0]!.trim()] : m[1]!.split(',').map((s) => s.trim())));
    }
    for (const c of line) {
      if (c === '(' || c === '{' || c === '[') depth++;
      else if ((c === ')' || c === '}' || c === ']') && depth > 0) depth--;
    }
  }
  return out;
}

export function goDeclarations(source: string): GoDeclarations {
  const code = codeOnly(source);
  const names = new Set<string>();
  const types = new Set<string>();
  const methodsOf = new Set<string>();
  const tests: string[] = [];
  let init = false;
  // gofmt puts top-level declarations at column 0; a block's closing bracket too.
  const top = new RegExp(`^(?:func\\s*\\(([^)]*)\\)\\s*(${IDENT})|func\\s+(${IDENT})|(var|const|type)\\s*\\(([\\s\\S]*?)^\\)|(var|const)\\s+(${IDENT}(?:\\s*,\\s*${IDENT})*)|type\\s+(${IDENT}))`, 'gm');
  for (let m = top.exec(code); m; m = top.exec(code)) {
    if (m[1] !== undefined) {
      // A method: the receiver's type is its last identifier once type parameters are dropped.
      const recv = m[1].replace(/\[[^\]]*\]/g, '').match(identRe) ?? [];
      if (recv.length > 0) methodsOf.add(recv[recv.length - 1]!);
    } else if (m[3] !== undefined) {
      if (m[3] === 'init') init = true;
      else if (m[3] !== '_') names.add(m[3]);
      if (/^(Test|Example|Fuzz)([^a-z]|$)/.test(m[3])) tests.push(m[3]);
    } else if (m[4] !== undefined) {
      for (const n of blockNames(m[5]!, m[4])) {
        if (n === '_') continue;
        names.add(n);
        if (m[4] === 'type') types.add(n);
      }
    } else if (m[6] !== undefined) {
      for (const n of m[7]!.split(',').map((s) => s.trim())) if (n !== '_') names.add(n);
    } else if (m[8] !== undefined) {
      names.add(m[8]);
      types.add(m[8]);
    }
  }
  const selectors = new Set<string>();
  const sel = new RegExp(`(?<![\\w.])(${IDENT})\\s*\\.\\s*(${IDENT})`, 'g');
  for (let m = sel.exec(code); m; m = sel.exec(code)) selectors.add(`${m[1]}.${m[2]}`);
  const pkg = new RegExp(`^package\\s+(${IDENT})`, 'm').exec(code)?.[1] ?? '';
  return { imports: goImportSpecs(source), pkg, selectors: [...selectors], names: [...names], types: [...types], methodsOf: [...methodsOf], init, tests, words: [...new Set(code.match(identRe) ?? [])] };
}

/** One folder's Go files, indexed by what they declare. */
interface GoPackage {
  files: string[];
  /** Name → files declaring it. */
  byName: Map<string, string[]>;
  /** Type → files declaring methods on it. */
  methods: Map<string, string[]>;
  /** Files declaring init(), and files that could not be parsed: depended on by every user. */
  always: string[];
}

function add(map: Map<string, string[]>, key: string, file: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [file]);
  else list.push(file);
}

export class GoResolver {
  /** Longest module path first. */
  private readonly modules: { path: string; dir: string }[];
  /** Folder → its package as non-test files see it, and as its _test.go files see it. */
  private readonly packages = new Map<string, { plain: GoPackage; withTests: GoPackage }>();

  constructor(
    private readonly files: RepoFiles,
    goMods: readonly { file: string; text: string }[],
    private readonly decls: ReadonlyMap<string, GoDeclarations> = new Map(),
  ) {
    this.modules = goMods
      .map(({ file, text }) => ({ path: goModulePath(text), dir: dirName(file) }))
      .filter((m): m is { path: string; dir: string } => m.path !== null)
      .sort((a, b) => b.path.length - a.path.length);
  }

  resolve(from: string, d: GoDeclarations): string[] {
    const out = new Set<string>();
    const words = new Set(d.words);
    const selectors = new Set(d.selectors);
    for (const { path: imp, alias } of d.imports) {
      const mod = this.modules.find((m) => imp === m.path || imp.startsWith(`${m.path}/`));
      if (!mod) continue; // the standard library or another module's package
      const rest = imp.slice(mod.path.length + 1);
      const dir = [mod.dir, rest].filter((p) => p !== '').join('/');
      if (dir === dirName(from)) continue; // an external _test package importing its own folder: below
      const pkg = this.packageOf(dir).plain;
      // Only exported names are visible through an import, as `q.Name` where q is the import's alias or
      // the package's own name (not always its folder's: `…/chi/v5` is package chi); a dot import
      // brings them in bare.
      const q = alias ?? this.packageName(pkg);
      const used =
        alias === '_' || q === '' ? new Set<string>() : this.declaring(pkg, alias === '.' ? words : new Set([...selectors].filter((x) => x.startsWith(`${q}.`)).map((x) => x.slice(q.length + 1))), (n) => /^[A-Z]/.test(n));
      for (const f of used.size > 0 ? [...used, ...pkg.always] : pkg.files) out.add(f);
    }
    const own = this.packageOf(dirName(from));
    const pkg = isGoTest(from) ? own.withTests : own.plain;
    for (const f of this.declaring(pkg, words, () => true)) out.add(f);
    for (const f of pkg.always) out.add(f);
    // A type's methods, wherever its package declares them.
    for (const t of d.types) for (const f of pkg.methods.get(t) ?? []) out.add(f);
    out.delete(from);
    return [...out];
  }

  private declaring(pkg: GoPackage, words: ReadonlySet<string>, visible: (name: string) => boolean): Set<string> {
    const out = new Set<string>();
    for (const [name, files] of pkg.byName) if (visible(name) && words.has(name)) for (const f of files) out.add(f);
    return out;
  }

  /** The package clause of a folder's files (the first one read), '' when none was read. */
  private packageName(pkg: GoPackage): string {
    for (const f of pkg.files) {
      const name = this.decls.get(f)?.pkg;
      if (name) return name;
    }
    return '';
  }

  private packageOf(dir: string): { plain: GoPackage; withTests: GoPackage } {
    let p = this.packages.get(dir);
    if (!p) {
      const all = this.files.inDir(dir).filter((f) => f.endsWith('.go'));
      p = { plain: this.index(all.filter((f) => !isGoTest(f))), withTests: this.index(all) };
      this.packages.set(dir, p);
    }
    return p;
  }

  private index(files: string[]): GoPackage {
    const pkg: GoPackage = { files, byName: new Map(), methods: new Map(), always: [] };
    for (const f of files) {
      const d = this.decls.get(f);
      if (!d || d.init) pkg.always.push(f);
      if (!d) continue;
      for (const n of d.names) add(pkg.byName, n, f);
      for (const t of d.methodsOf) add(pkg.methods, t, f);
    }
    return pkg;
  }
}

function isGoTest(f: string): boolean {
  return f.endsWith('_test.go');
}
