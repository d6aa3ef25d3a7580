import { joinRepoPath, type RepoFiles } from './repo-files.ts';
import { baseName, dirName } from './walk.ts';

// Python imports, read from the statements themselves (docs/imports.md):
//   import a.b.c [as x], d        from a.b import c, d as e        from a.b import (c,\n d)
//   from . import x               from ..m import y                 from a import *
// Strings (docstrings with example code) and comments are blanked out first, then statements are
// joined across brackets and backslashes. Imports inside functions and `if TYPE_CHECKING:` count too:
// the test depends on the file either way.
//
// Absolute names resolve against source roots, the folders `import a.b` is looked up from: the
// repository root, src/, every folder holding a top-level package (a folder with __init__.py whose
// parent has none: the parent is on sys.path in any layout that can import it), and, for each file,
// its own first non-package folder (pytest's rootdir-relative "prepend" import mode puts it on
// sys.path, which is how tests/ files import their helpers). a.b is a/b.py or a/b/__init__.py; the
// __init__.py of every enclosing package runs first, so it is a dependency too.

export interface PyImport {
  /** Leading dots of a relative import (0 = absolute). */
  level: number;
  /** Dotted module name after the dots ('' for `from . import x`). */
  module: string;
  /** Names after `from … import` (a name may be a submodule); empty for `import a.b`. */
  names: string[];
}

/** Source text with string literals and comments replaced by spaces (newlines kept). */
export function blankStringsAndComments(src: string): string {
  let out = '';
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '#') {
      while (i < src.length && src[i] !== '\n') {
        out += ' ';
        i++;
      }
    } else if (c === '"' || c === "'") {
      const triple = src.startsWith(c.repeat(3), i);
      const q = triple ? c.repeat(3) : c;
      out += ' '.repeat(q.length);
      i += q.length;
      while (i < src.length && !src.startsWith(q, i)) {
        if (src[i] === '\\') {
          out += ' ';
          i++;
        }
        if (!triple && src[i] === '\n') break; // an unterminated one-line string ends at its line
        out += src[i] === '\n' ? '\n' : ' ';
        i++;
      }
      if (src.startsWith(q, i)) {
        out += ' '.repeat(q.length);
        i += q.length;
      }
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Logical lines: physical lines joined inside brackets and after a trailing backslash. */
function logicalLines(src: string): string[] {
  const lines: string[] = [];
  let cur = '';
  let depth = 0;
  for (const raw of src.split('\n')) {
    const continued = raw.endsWith('\\');
    const line = continued ? raw.slice(0, -1) : raw;
    for (const ch of line) {
      if (ch === '(' || ch === '[' || ch === '{') depth++;
      else if ((ch === ')' || ch === ']' || ch === '}') && depth > 0) depth--;
    }
    cur += `${line} `;
    if (depth === 0 && !continued) {
      lines.push(cur);
      cur = '';
    }
  }
  if (cur.trim() !== '') lines.push(cur);
  return lines;
}

const DOTTED = /^[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*$/;

export function pythonImports(source: string): PyImport[] {
  const out: PyImport[] = [];
  for (const logical of logicalLines(blankStringsAndComments(source))) {
    // `if x: import y` and `a = 1; import b` are rare but legal: each `;` part is a statement.
    for (const stmt of logical.split(';')) {
      const s = stmt.trim().replace(/^(?:if|elif|else|try|except|finally|with)\b[^:]*:\s*/, '');
      let m = /^import\s+(.+)$/.exec(s);
      if (m) {
        for (const part of m[1]!.split(',')) {
          const name = part.trim().split(/\s+as\s+/)[0]!.trim();
          if (DOTTED.test(name)) out.push({ level: 0, module: name, names: [] });
        }
        continue;
      }
      m = /^from\s+(\.*)\s*([\w.]*)\s+import\s+(.+)$/.exec(s);
      if (m && (m[1] !== '' || DOTTED.test(m[2]!))) {
        const names = m[3]!
          .replace(/[()]/g, ' ')
          .split(',')
          .map((n) => n.trim().split(/\s+as\s+/)[0]!.trim())
          .filter((n) => /^[A-Za-z_]\w*$/.test(n));
        out.push({ level: m[1]!.length, module: m[2]!, names });
      }
    }
  }
  return out;
}

/** Resolves the imports of Python files of one checkout. */
export class PythonResolver {
  private readonly roots: string[];

  constructor(private readonly files: RepoFiles, pyFiles: readonly string[]) {
    const roots = new Set<string>(['', 'src']);
    for (const f of pyFiles) {
      if (baseName(f) !== '__init__.py') continue;
      const pkg = dirName(f);
      const parent = dirName(pkg);
      if (pkg !== '' && !files.has(parent === '' ? '__init__.py' : `${parent}/__init__.py`)) roots.add(parent);
    }
    this.roots = [...roots];
  }

  /** The files `from` depends on through its imports (repository paths, deduplicated). */
  resolve(from: string, imports: readonly PyImport[]): string[] {
    const out = new Set<string>();
    const ownRoot = this.nonPackageFolder(dirName(from));
    const roots = this.roots.includes(ownRoot) ? this.roots : [ownRoot, ...this.roots];
    for (const imp of imports) {
      if (imp.level === 0) {
        for (const root of roots) {
          const parts = imp.module.split('.');
          // `from a import b` with `a` a namespace package (PEP 420, no __init__.py): only b is a file.
          const found = [...this.moduleAt(root, parts), ...imp.names.flatMap((n) => this.moduleAt(root, [...parts, n]))];
          if (found.length === 0) continue;
          for (const f of found) out.add(f);
          break; // the first root that has the module wins, as on sys.path
        }
      } else {
        // `from ..m import x` in a/b/c.py: '.' is a/b, '..' is a.
        let pkg: string | null = dirName(from);
        for (let k = 1; k < imp.level && pkg !== null; k++) pkg = pkg === '' ? null : dirName(pkg);
        if (pkg === null) continue;
        const base = imp.module === '' ? pkg : joinRepoPath(pkg, imp.module.replace(/\./g, '/'));
        if (base === null) continue;
        let fromPackageItself = imp.module !== '' || imp.names.length === 0;
        for (const n of imp.names) {
          const sub = this.fileOf(base === '' ? n : `${base}/${n}`);
          if (sub) out.add(sub);
          else fromPackageItself = true; // a name defined in the package's __init__.py
        }
        // `from . import tax` names a sibling module: the importer's own package needs no edge.
        const mod = fromPackageItself ? this.fileOf(base) : null;
        if (mod) out.add(mod);
      }
    }
    out.delete(from);
    return [...out];
  }

  /** a.b.c under root: the module's file and its enclosing packages' __init__.py; [] when absent. */
  private moduleAt(root: string, parts: readonly string[]): string[] {
    const path = [root, ...parts].filter((p) => p !== '').join('/');
    const file = this.fileOf(path);
    if (!file) return [];
    const out = [file];
    for (let k = 1; k < parts.length; k++) {
      const init = [root, ...parts.slice(0, k), '__init__.py'].filter((p) => p !== '').join('/');
      if (this.files.has(init)) out.push(init);
    }
    return out;
  }

  /** a/b → a/b.py, else a/b/__init__.py. */
  private fileOf(path: string): string | null {
    if (path !== '' && this.files.has(`${path}.py`)) return `${path}.py`;
    const init = path === '' ? '__init__.py' : `${path}/__init__.py`;
    return this.files.has(init) ? init : null;
  }

  /** The first folder from `dir` upwards that is not a package: on sys.path for files in it (pytest). */
  private nonPackageFolder(dir: string): string {
    let d = dir;
    while (d !== '' && this.files.has(`${d}/__init__.py`)) d = dirName(d);
    return d;
  }

  /** conftest.py files pytest loads for a test in `file`'s folder: its own and every ancestor's. */
  conftestsOf(file: string): string[] {
    const out: string[] = [];
    for (let d = dirName(file); ; d = dirName(d)) {
      const c = d === '' ? 'conftest.py' : `${d}/conftest.py`;
      if (c !== file && this.files.has(c)) out.push(c);
      if (d === '') return out;
    }
  }
}
