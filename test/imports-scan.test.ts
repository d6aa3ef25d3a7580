import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { glob } from 'tinyglobby';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportScan } from '../ingestion/imports/graph.ts';
import { goImports, goModulePath } from '../ingestion/imports/go.ts';
import { pythonImports } from '../ingestion/imports/python.ts';
import { MAX_HOPS, reachOf } from '../ingestion/imports/reach.ts';
import { scanCheckout, scanSources } from '../ingestion/imports/scan.ts';
import { isTestFile } from '../ingestion/imports/test-files.ts';
import { LOCAL_FIXTURES } from './support/fixtures.ts';
import { REPO_ROOT } from './support/service-process.ts';

// Extraction and resolution on real code: excerpts of released packages (test/fixtures/imports-real,
// README there), every edge below checked by reading the files. Then the rules real code rarely
// shows in a few files, on small written checkouts.

const REAL = `${LOCAL_FIXTURES}imports-real/`;

function importsOf(scan: ImportScan, path: string): string[] {
  const f = scan.files.find((x) => x.path === path);
  if (!f) throw new Error(`${path} was not scanned`);
  return f.imports;
}

function hops(scan: ImportScan, testFile: string): Record<string, number> {
  return Object.fromEntries(reachOf(scan).filter((r) => r.testFile === testFile).map((r) => [r.file, r.hops]));
}

describe('real Python: attrs 25.4.0 (src/ layout, tests/ package, conftest.py)', async () => {
  const scan = await scanCheckout(`${REAL}python-attrs`);
  it('resolves absolute imports from src/, relative ones inside tests/, and adds conftest.py', () => {
    // import attr; from attr._compat …; from attr.exceptions …; from attr.validators …; from .strategies …
    // (pytest, hypothesis, re, collections, typing: not in the repository)
    expect(importsOf(scan, 'tests/test_funcs.py')).toEqual([
      'src/attr/__init__.py',
      'src/attr/_compat.py',
      'src/attr/exceptions.py',
      'src/attr/validators.py',
      'tests/conftest.py',
      'tests/strategies.py',
    ]);
    expect(importsOf(scan, 'tests/strategies.py')).toContain('tests/utils.py'); // from .utils import make_class
  });
  it('resolves `from . import converters, …` to sibling modules, and ._make (not in the excerpt) to nothing', () => {
    expect(importsOf(scan, 'src/attr/__init__.py')).toEqual([
      'src/attr/_config.py',
      'src/attr/_funcs.py',
      'src/attr/converters.py',
      'src/attr/exceptions.py',
      'src/attr/validators.py',
    ]);
    expect(importsOf(scan, 'src/attrs/__init__.py')).toEqual(['src/attr/__init__.py']); // from attr import (…)
  });
  it('knows tests by convention and reaches through the package __init__', () => {
    const tests = scan.files.filter((f) => f.test).map((f) => f.path);
    expect(tests).toEqual(['tests/strategies.py', 'tests/test_funcs.py', 'tests/utils.py']);
    expect(hops(scan, 'tests/test_funcs.py')).toMatchObject({ 'src/attr/__init__.py': 1, 'src/attr/_funcs.py': 2, 'tests/utils.py': 2 });
  });
});

describe('real Go: github.com/go-chi/chi/v5 v5.5.0 (module zip)', async () => {
  const scan = await scanCheckout(`${REAL}go-chi`);
  it('an import is the files of that package declaring the names used through it (chi.RouteContext: context.go)', () => {
    // middleware/strip.go: import "github.com/go-chi/chi/v5" (package chi, not v5), uses chi.RouteContext
    // only; of its own package, no name (CleanPath, New, contextKey are not mentioned).
    expect(importsOf(scan, 'middleware/strip.go')).toEqual(['context.go']);
    // strip_test.go: chi.NewRouter and chi.Router (chi.go), chi.URLParam (context.go), StripSlashes…
    // (strip.go); not tree.go, whose exported type Route is only a method name here (r.Route(…)).
    expect(importsOf(scan, 'middleware/strip_test.go')).toEqual(['chi.go', 'context.go', 'middleware/strip.go']);
  });
  it('a _test.go file depends on the files of its package declaring what it names; a package file never on a test file', () => {
    // context_test.go: replaceWildcards, RouteParams, Context (context.go), methodTyp, mHEAD, mGET (tree.go).
    expect(importsOf(scan, 'context_test.go')).toEqual(['context.go', 'tree.go']);
    expect(scan.files.filter((f) => !f.test).flatMap((f) => f.imports).some((p) => p.endsWith('_test.go'))).toBe(false);
    // mux.go is reached through chi.go (NewRouter returns *Mux), not directly.
    expect(hops(scan, 'middleware/strip_test.go')['mux.go']).toBe(2);
    expect(hops(scan, 'middleware/strip_test.go')['middleware/clean_path.go']).toBeUndefined();
  });
  it('lists the test functions each _test.go file declares (what go test reports name)', () => {
    const tests = (p: string) => scan.files.find((f) => f.path === p)?.tests;
    expect(tests('context_test.go')).toEqual(['TestContext_Clone', 'TestReplaceWildcardsConsecutive', 'TestRoutePattern']);
    expect(tests('middleware/strip_test.go')).toEqual([
      'TestRedirectSlashes', 'TestRedirectSlashes_PreventBackslashRelativeOpenRedirect', 'TestStripPrefix', 'TestStripSlashes', 'TestStripSlashesInRoute', 'TestStripSlashesWithNilContext',
    ]);
    expect(tests('context.go')).toBeUndefined();
  });
});

describe('real Java: commons-cli 1.9.0 (sources and test-sources jars, Maven layout)', async () => {
  const scan = await scanCheckout(`${REAL}java-commons-cli`);
  const main = (c: string) => `src/main/java/org/apache/commons/cli/${c}.java`;
  const test = (c: string) => `src/test/java/org/apache/commons/cli/${c}.java`;
  it('resolves explicit imports from another package (OptionBuilder, PosixParser: not in the excerpt)', () => {
    expect(importsOf(scan, test('bug/BugCLI13Test'))).toEqual([main('CommandLine'), main('Option'), main('Options'), main('ParseException')]);
  });
  it('finds same-package classes used without an import, in main and in the test\'s own source set', () => {
    // GnuParserTest extends AbstractParserTestCase and makes `new GnuParser()`: no import for either.
    expect(importsOf(scan, test('GnuParserTest'))).toEqual([main('GnuParser'), test('AbstractParserTestCase')]);
    // OptionGroupTest names Parser, CommandLine, OptionGroup … but no other test class.
    expect(importsOf(scan, test('OptionGroupTest'))).toContain(main('Parser'));
    expect(importsOf(scan, test('OptionGroupTest')).some((p) => p.includes('/src/test/'))).toBe(false);
    expect(importsOf(scan, main('Options'))).toEqual([main('Option'), main('OptionGroup'), main('Util')]);
  });
  it('reaches main classes through the abstract test case', () => {
    expect(hops(scan, test('GnuParserTest'))).toMatchObject({ [main('GnuParser')]: 1, [main('Parser')]: 2, [main('Util')]: 2 });
  });
});

describe('real TypeScript and CommonJS: zod 4.6.7 and picomatch 4.0.7 (npm)', async () => {
  const zod = await scanCheckout(`${REAL}js-zod`);
  const picomatch = await scanCheckout(`${REAL}js-picomatch`);
  it('resolves \'.js\' specifiers to the .ts sources, and the package\'s own name through its exports map', () => {
    // import { visit } from "../../core/visit.js"; import { deepPartial } from "../deep-partial.js"; import * as z from "zod"
    expect(importsOf(zod, 'src/v4/classic/tests/deep-partial.test.ts')).toEqual(['src/index.ts', 'src/v4/classic/deep-partial.ts', 'src/v4/core/visit.ts']);
    // import * as z from "zod/v4" → exports["./v4"]["@zod/source"] = ./src/v4/index.ts
    expect(importsOf(zod, 'src/v4/classic/tests/coerce.test.ts')).toEqual(['src/v4/index.ts']);
    expect(hops(zod, 'src/v4/classic/tests/coerce.test.ts')).toMatchObject({ 'src/v4/index.ts': 1, 'src/v4/classic/external.ts': 2, 'src/v4/classic/coerce.ts': 3 });
  });
  it('resolves require() of extensionless paths', () => {
    expect(importsOf(picomatch, 'index.js')).toEqual(['lib/picomatch.js', 'lib/utils.js']);
    expect(importsOf(picomatch, 'lib/picomatch.js')).toEqual(['lib/constants.js', 'lib/parse.js', 'lib/scan.js', 'lib/utils.js']);
  });
});

describe('scanSources (files in memory, for generated checkouts)', () => {
  it.each(['python-attrs', 'go-chi', 'java-commons-cli', 'js-zod'])('gives the same graph as scanCheckout for %s', async (dir) => {
    const onDisk = await scanCheckout(`${REAL}${dir}`);
    const paths = await glob('**/*', { cwd: `${REAL}${dir}` });
    const inMemory = await scanSources(new Map(paths.map((p) => [p, readFileSync(`${REAL}${dir}/${p}`, 'utf8')])));
    expect(inMemory).toEqual(onDisk);
    expect(onDisk.files.some((f) => f.imports.length > 0)).toBe(true);
  });
});

describe('this repository', async () => {
  const scan = await scanCheckout(REPO_ROOT);
  it('finds its vitest files and their imports', () => {
    expect(importsOf(scan, 'test/imports-scan.test.ts')).toEqual(expect.arrayContaining(['ingestion/imports/scan.ts', 'ingestion/imports/reach.ts', 'test/support/fixtures.ts']));
    expect(scan.files.find((f) => f.path === 'test/imports-scan.test.ts')?.test).toBe(true);
  });
  it('does not take a fixture\'s package.json for the dependency of the same name', () => {
    // src/config/config.ts imports 'zod' from npm, not test/fixtures/imports-real/js-zod (no workspace).
    expect(importsOf(scan, 'src/config/config.ts').some((p) => p.includes('fixtures'))).toBe(false);
    expect(scan.files.some((f) => f.path.startsWith('node_modules/'))).toBe(false);
  });
});

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function checkout(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'imports-scan-'));
  dirs.push(root);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), text);
  }
  return root;
}

describe('walk', () => {
  it('skips dependencies, build output, virtualenvs under any name and files over 1 MiB', async () => {
    const root = checkout({
      'src/a.ts': "import './b';\nimport 'left-pad';",
      'src/b.ts': '',
      'src/a.test.ts': "import { a } from './a.js';",
      'node_modules/left-pad/index.js': '',
      'web/node_modules/x/index.ts': '',
      'vendor/github.com/x/y.go': '',
      'dist/a.js': '',
      'build/gen.py': '',
      'target/classes/A.java': '',
      'myenv/pyvenv.cfg': 'home = /usr/bin',
      'myenv/lib/python3.12/site-packages/requests/__init__.py': '',
      '.git/hooks/pre-commit.py': '',
      'src/huge.ts': `import './b';\n${'// padding\n'.repeat(120_000)}`,
    });
    const scan = await scanCheckout(root);
    expect(scan.files.map((f) => f.path)).toEqual(['src/a.test.ts', 'src/a.ts', 'src/b.ts', 'src/huge.ts']);
    expect(importsOf(scan, 'src/a.ts')).toEqual(['src/b.ts']);
    expect(importsOf(scan, 'src/a.test.ts')).toEqual(['src/a.ts']);
    expect(importsOf(scan, 'src/huge.ts')).toEqual([]); // not parsed, but importable
  });
});

describe('JS/TS resolution', () => {
  it('follows Node and TypeScript rules: extensions, index files, .js → .ts, .mjs → .mts, JSON, workspaces', async () => {
    const root = checkout({
      'package.json': JSON.stringify({ name: 'root', workspaces: ['packages/*'] }),
      'packages/money/package.json': JSON.stringify({ name: '@acme/money', main: 'dist/index.js' }),
      'packages/money/src/index.ts': "export * from './round';",
      'packages/money/src/round.ts': '',
      'apps/web/src/cart.tsx': "import { round } from '@acme/money';\nimport data from './data.json';\nconst lazy = () => import('./lazy/index.mjs');",
      'apps/web/src/data.json': '{}',
      'apps/web/src/lazy/index.mts': '',
      'apps/web/src/__tests__/cart.tsx': "import { Cart } from '../cart';\nconst m = require('../util');\nimport '@acme/money/src/round';",
      'apps/web/src/util/index.js': '',
      'examples/zod/package.json': JSON.stringify({ name: 'zod' }),
      'examples/zod/index.ts': '',
      'apps/web/src/form.ts': "import { z } from 'zod';",
      'apps/web/src/env.d.mts': "import './form';", // types only: a target, never parsed
    });
    const scan = await scanCheckout(root);
    expect(importsOf(scan, 'apps/web/src/cart.tsx')).toEqual(['apps/web/src/data.json', 'apps/web/src/lazy/index.mts', 'packages/money/src/index.ts']);
    expect(importsOf(scan, 'apps/web/src/__tests__/cart.tsx')).toEqual(['apps/web/src/cart.tsx', 'apps/web/src/util/index.js', 'packages/money/src/round.ts']);
    expect(importsOf(scan, 'apps/web/src/form.ts')).toEqual([]); // examples/zod is no workspace member
    expect(scan.files.some((f) => f.path.endsWith('.d.mts'))).toBe(false);
    expect(scan.files.filter((f) => f.test).map((f) => f.path)).toEqual(['apps/web/src/__tests__/cart.tsx']);
  });
});

describe('tsconfig path aliases', () => {
  it('applies the nearest config\'s paths (inherited through a relative extends, JSONC) and baseUrl', async () => {
    const root = checkout({
      // A monorepo's shared base, with comments and a trailing comma as tsc accepts them.
      'tsconfig.base.json': '{\n  // shared\n  "compilerOptions": { "strict": true, },\n}',
      'apps/web/tsconfig.json': JSON.stringify({ extends: '../../tsconfig.base', compilerOptions: { paths: { '@/*': ['./src/*'], '@lib': ['./src/lib/index.ts'] } } }),
      'apps/web/src/lib/index.ts': '',
      'apps/web/src/invoicing/rounding.ts': '',
      'apps/web/test/invoicing/totals.test.ts': "import { round } from '@/invoicing/rounding';\nimport lib from '@lib';\nimport React from 'react';",
      'apps/api/tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: 'src' } }),
      'apps/api/src/db/pool.ts': '',
      'apps/api/src/db/pool.spec.ts': "import { pool } from 'db/pool';\nimport '@/invoicing/rounding';",
    });
    const scan = await scanCheckout(root);
    expect(importsOf(scan, 'apps/web/test/invoicing/totals.test.ts')).toEqual(['apps/web/src/invoicing/rounding.ts', 'apps/web/src/lib/index.ts']);
    // apps/api's config has no '@/*': that alias is apps/web's alone.
    expect(importsOf(scan, 'apps/api/src/db/pool.spec.ts')).toEqual(['apps/api/src/db/pool.ts']);
  });
});

describe('Python statements', () => {
  it('reads every import form, skipping strings and comments', () => {
    const src = [
      '"""Docs.\n\nfrom not_real import thing\n"""',
      'import a.b.c as abc, d  # import e',
      'from ..m import (x,',
      '    y as z)',
      'from . import sibling',
      'from pkg.sub import *',
      "s = 'import fake'",
      'if TYPE_CHECKING: from typing_only import T',
      'x = 1; import after_semicolon',
      'from f \\',
      '    import g',
    ].join('\n');
    expect(pythonImports(src)).toEqual([
      { level: 0, module: 'a.b.c', names: [] },
      { level: 0, module: 'd', names: [] },
      { level: 2, module: 'm', names: ['x', 'y'] },
      { level: 1, module: '', names: ['sibling'] },
      { level: 0, module: 'pkg.sub', names: [] },
      { level: 0, module: 'typing_only', names: ['T'] },
      { level: 0, module: 'after_semicolon', names: [] },
      { level: 0, module: 'f', names: ['g'] },
    ]);
  });
  it('resolves against src/, a folder holding a top-level package, and the test file\'s own folder', async () => {
    const root = checkout({
      'services/billing/shop_billing/__init__.py': '',
      'services/billing/shop_billing/invoice.py': 'from .rounding import round_half\nfrom . import tax',
      'services/billing/shop_billing/rounding.py': '',
      'services/billing/shop_billing/tax.py': '',
      'services/billing/tests/test_invoice.py': 'from shop_billing.invoice import Invoice\nfrom helpers import make\nimport os',
      'services/billing/tests/helpers.py': '',
      'services/billing/tests/conftest.py': '',
      'conftest.py': '',
      // A namespace package (no __init__.py) under src/.
      'src/acme/plugins/pdf.py': '',
      'tests/test_pdf.py': 'from acme.plugins import pdf',
    });
    const scan = await scanCheckout(root);
    expect(importsOf(scan, 'services/billing/tests/test_invoice.py')).toEqual([
      'conftest.py',
      'services/billing/shop_billing/__init__.py',
      'services/billing/shop_billing/invoice.py',
      'services/billing/tests/conftest.py',
      'services/billing/tests/helpers.py',
    ]);
    expect(importsOf(scan, 'services/billing/shop_billing/invoice.py')).toEqual(['services/billing/shop_billing/rounding.py', 'services/billing/shop_billing/tax.py']);
    expect(importsOf(scan, 'tests/test_pdf.py')).toEqual(['conftest.py', 'src/acme/plugins/pdf.py']);
  });
});

describe('Go declarations', () => {
  it('reads single, aliased, blank and block imports, and the module path', () => {
    const src = 'package x\n\n// import "commented/out"\nimport "fmt"\nimport m "example.com/shop/money"\nimport (\n\t_ "example.com/shop/db" // driver\n\t. "example.com/shop/dsl"\n\t"net/http"\n)\n\nfunc f() { s := "import \\"not/this\\"" }\n';
    expect(goImports(src)).toEqual(['fmt', 'example.com/shop/money', 'example.com/shop/db', 'example.com/shop/dsl', 'net/http']);
    expect(goModulePath('// comment\nmodule "example.com/shop"\n\ngo 1.22\n')).toBe('example.com/shop');
  });
  it('resolves in the nested module with the longest path', async () => {
    const root = checkout({
      'go.mod': 'module example.com/shop\n',
      'money/round.go': 'package money',
      'tools/go.mod': 'module example.com/shop/tools\n',
      'tools/gen/gen.go': 'package gen',
      'api/handler_test.go': 'package api\nimport (\n"example.com/shop/money"\n"example.com/shop/tools/gen"\n)',
    });
    const scan = await scanCheckout(root);
    // No name of either package is used: each is depended on whole.
    expect(importsOf(scan, 'api/handler_test.go')).toEqual(['money/round.go', 'tools/gen/gen.go']);
  });
  it('resolves names: blocks, methods declared apart from their type, init, aliases, dot and blank imports', async () => {
    const root = checkout({
      'go.mod': 'module example.com/shop\n',
      'money/money.go': 'package money\n\ntype (\n\tAmount struct {\n\t\tCents int\n\t}\n\tCurrency string\n)\n',
      'money/amount_ops.go': 'package money\n\nfunc (a *Amount) Add(b Amount) Amount { return Amount{a.Cents + b.Cents} }\n',
      'money/round.go': 'package money\n\nconst (\n\tHalfUp = iota\n\tHalfEven\n)\n\nvar table, other = map[string]int{\n\t"x": 1,\n}, 2\n\nfunc Round(a Amount) Amount { return a }\n',
      'money/registry.go': 'package money\n\nfunc init() { register() }\n\nfunc register() {}\n',
      'money/fx.go': 'package money\n\n// Round is not used here: a comment.\nvar Rates = "Round"\n',
      'money/money_test.go': 'package money\n\nimport "testing"\n\nfunc TestRound(t *testing.T) { _ = Round(Amount{}) }\n\nfunc TestRound_HalfEven(t *testing.T) {}\n\nfunc helper() {}\n',
      'cart/cart.go': 'package cart\n\nimport m "example.com/shop/money"\n\nvar total = m.Round\n',
      'cart/dot.go': 'package cart\n\nimport . "example.com/shop/money"\n\nvar c Currency\n',
      'cart/blank.go': 'package cart\n\nimport _ "example.com/shop/money"\n',
    });
    const scan = await scanCheckout(root);
    // Round's file, plus the init file (it runs whenever money is linked); not fx.go (a comment and a string).
    expect(importsOf(scan, 'cart/cart.go')).toEqual(['money/registry.go', 'money/round.go']);
    expect(importsOf(scan, 'cart/dot.go')).toEqual(['money/money.go', 'money/registry.go']);
    // A blank import is for side effects: the whole package.
    expect(importsOf(scan, 'cart/blank.go')).toEqual(['money/amount_ops.go', 'money/fx.go', 'money/money.go', 'money/registry.go', 'money/round.go']);
    // A type's file depends on its methods' file; a struct literal's field (Cents) is no declaration.
    expect(importsOf(scan, 'money/money.go')).toEqual(['money/amount_ops.go', 'money/registry.go']);
    expect(importsOf(scan, 'money/money_test.go')).toEqual(['money/money.go', 'money/registry.go', 'money/round.go']);
    expect(scan.files.find((f) => f.path === 'money/money_test.go')?.tests).toEqual(['TestRound', 'TestRound_HalfEven']);
  });
});

describe('test files by convention', () => {
  it.each([
    ['web/src/cart.test.tsx', true], ['web/src/cart.spec.mjs', true], ['web/src/__tests__/cart.js', true], ['web/src/cart.ts', false],
    ['pkg/tests/test_a.py', true], ['pkg/a_test.py', true], ['pkg/tests/helpers.py', true], ['pkg/tests/conftest.py', false], ['pkg/a.py', false],
    ['pay/charge_test.go', true], ['pay/charge.go', false],
    ['pay/src/test/java/com/acme/ChargeFixture.java', true], ['pay/src/main/java/com/acme/ChargeIT.java', true], ['pay/src/main/java/com/acme/Charge.java', false],
    ['app/src/integrationTest/kotlin/FlowSpec.kt', true],
  ])('%s → %s', (path, expected) => {
    expect(isTestFile(path)).toBe(expected);
  });
});

describe('reach', () => {
  it('keeps the fewest hops, never lists the test file itself, and stops at MAX_HOPS', () => {
    const chain = Array.from({ length: MAX_HOPS + 3 }, (_, k) => ({ path: `f${k}.ts`, test: false, imports: [`f${k + 1}.ts`] }));
    const scan = { files: [{ path: 't.test.ts', test: true, imports: ['f0.ts', 'f2.ts'] }, ...chain, { path: `f${MAX_HOPS + 3}.ts`, test: false, imports: ['t.test.ts'] }] };
    const rows = reachOf(scan);
    const byFile = Object.fromEntries(rows.map((r) => [r.file, r.hops]));
    expect(byFile['f2.ts']).toBe(1); // directly, not through f0 → f1
    expect(byFile['f3.ts']).toBe(2);
    expect(Math.max(...rows.map((r) => r.hops))).toBe(MAX_HOPS);
    expect(byFile['t.test.ts']).toBeUndefined();
    expect(rows.every((r) => r.testFile === 't.test.ts')).toBe(true);
  });
  it('refuses past maxRows with REACH_TOO_LARGE', () => {
    const scan = { files: [{ path: 'a.test.ts', test: true, imports: ['b.ts', 'c.ts', 'd.ts'] }] };
    expect(() => reachOf(scan, { maxRows: 2 })).toThrow(expect.objectContaining({ code: 'REACH_TOO_LARGE', statusCode: 413 }));
  });
});
