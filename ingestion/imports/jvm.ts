import { isJvmTestSourceSet } from './test-files.ts';
import { baseName } from './walk.ts';

// Java and Kotlin imports (docs/imports.md). Each file's own `package` line says where it belongs, so
// classes are found by package and file name, wherever the source root is (src/main/java, a Gradle
// module's src/main/kotlin, a Kotlin file outside the folder of its package):
//   import com.acme.pay.Charge;         → Charge.java / Charge.kt of package com.acme.pay
//   import com.acme.pay.Charge.Result;  → the same file (a nested class): the longest name that is a file
//   import static com.acme.pay.Charge.total; and .* forms likewise
//   import com.acme.pay.*;              → every file of package com.acme.pay
//   import com.acme.util.formatMoney    (Kotlin: a top-level function) → the package's Kotlin files
// Classes of the file's own package need no import: a file depends on the other files of its package
// in the same build module (the folder above src/), the production ones (src/main/…) and, for test
// files, those of its own source set (an abstract test case the test extends). For Java, only the
// classes it names: a class is used by its simple name, which the file then contains (a package of
// 200 classes is not a dependency of each of its files); a Kotlin file may declare anything, so every
// Kotlin file of the package counts. Wildcard imports are narrowed the same way. Imports resolve to
// production files of any module and to test files of the importer's own source set only: a test's
// helper class is not visible from elsewhere.

export interface JvmDeclarations {
  package: string;
  /** Dotted names as written, without `static`; a wildcard import ends in '.*'. */
  imports: string[];
  /** Capitalised identifiers the file uses (class names, by Java convention), outside comments. */
  typeNames: string[];
}

export function jvmDeclarations(source: string): JvmDeclarations {
  const src = source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, '');
  const pkg = /^\s*package\s+([\w.`]+)\s*;?/m.exec(src);
  const imports: string[] = [];
  const re = /^\s*import\s+(?:static\s+)?([\w.`]+(?:\.\*)?)\s*(?:as\s+\w+\s*)?;?\s*$/gm;
  for (let m = re.exec(src); m; m = re.exec(src)) imports.push(m[1]!.replace(/`/g, ''));
  const body = src.replace(/"(?:[^"\\\n]|\\.)*"/g, '""'); // not the words of string literals
  const typeNames = [...new Set(body.match(/\b[A-Z][A-Za-z0-9_]*\b/g) ?? [])];
  return { package: pkg ? pkg[1]!.replace(/`/g, '') : '', imports, typeNames };
}

/** The build module of a file: the path before its src/ folder ('' at the root). */
function moduleOf(path: string): string {
  const i = path.lastIndexOf('src/');
  return i < 0 ? '' : path.slice(0, i);
}

/** The source set of a file: its path up to and including src/<set>/. */
function sourceSetOf(path: string): string {
  const m = /^(.*?(?:^|\/)src\/[^/]+\/)/.exec(path);
  return m ? m[1]! : '';
}

export class JvmResolver {
  private readonly byPackage = new Map<string, string[]>();

  constructor(declared: ReadonlyMap<string, JvmDeclarations>) {
    for (const [file, d] of declared) {
      let list = this.byPackage.get(d.package);
      if (!list) this.byPackage.set(d.package, (list = []));
      list.push(file);
    }
  }

  /** Files of a package that `from` can see: production files, and its own source set's. */
  private visible(pkg: string, from: string): string[] {
    const set = sourceSetOf(from);
    return (this.byPackage.get(pkg) ?? []).filter((f) => !isJvmTestSourceSet(f) || sourceSetOf(f) === set);
  }

  resolve(from: string, d: JvmDeclarations): string[] {
    const out = new Set<string>();
    const names = new Set(d.typeNames);
    // A Java file of a package counts when `from` names its class; a Kotlin one always (see above).
    const used = (f: string) => !f.endsWith('.java') || names.has(baseName(f).slice(0, -'.java'.length));
    for (const imp of d.imports) {
      const parts = imp.split('.');
      if (parts.at(-1) === '*') {
        parts.pop();
        // com.acme.pay.* is a package; com.acme.pay.Charge.* a class's members.
        const pkgFiles = this.visible(parts.join('.'), from);
        if (pkgFiles.length > 0) for (const f of pkgFiles.filter(used)) out.add(f);
        else for (const f of this.classFiles(parts, from)) out.add(f);
        continue;
      }
      const found = this.classFiles(parts, from);
      if (found.length > 0) for (const f of found) out.add(f);
      else if (from.endsWith('.kt')) {
        // A Kotlin top-level declaration: some file of the package declares it.
        for (const f of this.visible(parts.slice(0, -1).join('.'), from)) if (f.endsWith('.kt')) out.add(f);
      }
    }
    const module = moduleOf(from);
    for (const f of this.visible(d.package, from)) if (moduleOf(f) === module && used(f)) out.add(f);
    out.delete(from);
    return [...out];
  }

  /** The file of class a.b.C, or of a.b.C.Inner / a.b.C.member: the longest prefix that names a file. */
  private classFiles(parts: readonly string[], from: string): string[] {
    for (let k = parts.length; k >= 2; k--) {
      const cls = parts[k - 1]!;
      const files = this.visible(parts.slice(0, k - 1).join('.'), from).filter((f) => {
        const name = baseName(f);
        return name === `${cls}.java` || name === `${cls}.kt`;
      });
      if (files.length > 0) return files;
    }
    return [];
  }
}
