// How changed files and tests are matched by their paths, in TypeScript (for scoring a request) and as
// ClickHouse SQL (for training over the history). Both sides must give the same answer for the same
// path; test/risk-paths.int.test.ts checks that on the real engine.
//
// - keys of a changed path: the path itself and every folder above it ('a/b/c.ts' → 'a/b/c.ts',
//   'a/b/', 'a/'). The model learns co-failures per key, so a file never changed before still borrows
//   what its folders taught.
// - stem: a file or class name without extension and test markers, lower-case, letters and digits
//   only: ChargeService.java, ChargeServiceTest, ChargeServiceIntegrationTest, charge_service.py,
//   test_charge_service.py, TestChargeService and chargeService.test.ts all have the stem
//   'chargeservice'.
// - a test's locator: its file when the report names one (jest), else its class name with dots as
//   slashes (Surefire: com/acme/pay/ChargeServiceTest; pytest: tests/pay/test_charge/TestCharge), or a
//   Go import path as the package folder (github.com/acme/shop/pkg/inventory/inventory), else its suite. Its
//   dirs are the locator's folder names, lower-case.
//
// SQL text here is built from constants and from column expressions that callers pass from code,
// never from a request.

const STEM_PREFIX = '^test_?';
const STEM_SUFFIX = '(_?integration)?(_?tests?)?$';
const NON_ALNUM = '[^a-z0-9]';

const prefixRe = new RegExp(STEM_PREFIX);
const suffixRe = new RegExp(STEM_SUFFIX);
const nonAlnumRe = new RegExp(NON_ALNUM, 'g');

// Path tokens, for the `tokens` feature: the words of a path (camelCase, snake_case, folders and file
// name split), lower-case, at least 3 letters, without the words every layout uses for its plumbing
// (src, main, test, java, …). A test and a changed file that share rare words ('invoicing', 'rounding')
// are related even when no folder or stem matches: mirrored trees, packages, area names.
export const TOKEN_STOPWORDS = [
  'src', 'main', 'test', 'tests', 'testing', 'spec', 'specs', 'java', 'kotlin', 'scala', 'python', 'com', 'org', 'net',
  'lib', 'libs', 'pkg', 'internal', 'cmd', 'app', 'apps', 'index', 'impl', 'util', 'utils', 'tsx', 'jsx', 'mjs', 'cjs',
  'integration', 'unit', 'init', 'mod', 'package', 'resources', 'fixtures',
] as const;
const TOKEN_MIN = 3;
const CAMEL = '([a-z0-9])([A-Z])';
const camelRe = new RegExp(CAMEL, 'g');
const tokenSplitRe = new RegExp(`${NON_ALNUM}+`);
const stopwords = new Set<string>(TOKEN_STOPWORDS);

/** The distinct tokens of a path or locator. */
export function tokensOf(path: string): string[] {
  const words = path.replace(camelRe, '$1 $2').toLowerCase().split(tokenSplitRe);
  return [...new Set(words.filter((w) => w.length >= TOKEN_MIN && !stopwords.has(w)))];
}

/** Stem of one path component (a file or class name). */
export function stemOf(component: string): string {
  const head = component.split('.')[0] ?? '';
  return head.toLowerCase().replace(prefixRe, '').replace(suffixRe, '').replace(nonAlnumRe, '');
}

function components(path: string): string[] {
  return path.split('/').filter((c) => c !== '');
}

/** The path and each folder above it, folders with a trailing slash. */
export function keysOf(path: string): string[] {
  const parts = components(path);
  const keys = [parts.join('/')];
  for (let i = parts.length - 1; i >= 1; i--) keys.push(`${parts.slice(0, i).join('/')}/`);
  return keys;
}

export interface FileFeatures {
  /** Name of the folder holding the file, lower-case ('' at the root). */
  parentDir: string;
  stem: string;
}

export function fileFeatures(path: string): FileFeatures {
  const parts = components(path);
  return { parentDir: (parts.length >= 2 ? parts[parts.length - 2]! : '').toLowerCase(), stem: stemOf(parts[parts.length - 1] ?? '') };
}

/** The path with the extension of its last component removed ('a/b.test.ts' → 'a/b.test'). */
export function withoutExtension(path: string): string {
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  return dot > slash + 1 ? path.slice(0, dot) : path;
}

/**
 * Locator keys under which a changed file is recognised as a test's own file: the locator without
 * extension, and for class-based locators also the locator without its last component (a pytest
 * module holding a test class). Matched against suffixes of the changed path (see changedPathSuffixes).
 */
export function locatorKeys(locator: string, fromFile: boolean): { key: string; full: boolean }[] {
  const base = fromFile ? withoutExtension(locator) : locator;
  const keys = [{ key: base, full: true }];
  const parts = components(base);
  if (!fromFile && parts.length >= 3) keys.push({ key: parts.slice(0, -1).join('/'), full: false });
  return keys;
}

/** Every suffix of the path (without extension) at a folder boundary: 'a/b/c.ts' → 'a/b/c', 'b/c', 'c'. */
export function changedPathSuffixes(path: string): string[] {
  const parts = components(withoutExtension(path));
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) out.push(parts.slice(i).join('/'));
  return out;
}

/** Does the file name look like a test file (test_x.py, XTest.java, x.test.ts, x.spec.js, tests/…)? */
export function looksLikeTestFile(path: string): boolean {
  const parts = components(path);
  const name = parts[parts.length - 1] ?? '';
  return (
    /(^test_|^spec_|_test\.|_spec\.|\.test\.|\.spec\.)/.test(name.toLowerCase()) ||
    /(Test|Tests|IT|TestCase)\.[A-Za-z]+$/.test(name) ||
    parts.slice(0, -1).includes('__tests__')
  );
}

// ---- SQL twins -------------------------------------------------------------------------------

function quote(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** SQL: stem of a component expression. */
export function stemSql(componentExpr: string): string {
  const head = `splitByChar('.', ${componentExpr})[1]`;
  return (
    `replaceRegexpAll(replaceRegexpOne(replaceRegexpOne(lower(${head}), ${quote(STEM_PREFIX)}, ''), ` +
    `${quote(STEM_SUFFIX)}, ''), ${quote(NON_ALNUM)}, '')`
  );
}

/** SQL: non-empty components of a path expression. */
function componentsSql(pathExpr: string): string {
  return `arrayFilter(c -> c != '', splitByChar('/', ${pathExpr}))`;
}

/** SQL: Array(String) of the keys of a path expression (see keysOf). */
export function keysSql(pathExpr: string): string {
  const parts = componentsSql(pathExpr);
  return (
    `arrayConcat([arrayStringConcat(${parts}, '/')], ` +
    `arrayMap(i -> concat(arrayStringConcat(arraySlice(${parts}, 1, i), '/'), '/'), ` +
    `arrayReverse(range(1, toUInt64(length(${parts}))))))`
  );
}

/** SQL: the parent folder name of a path expression, lower-case. */
export function parentDirSql(pathExpr: string): string {
  const parts = componentsSql(pathExpr);
  return `if(length(${parts}) >= 2, lowerUTF8(${parts}[-2]), '')`;
}

/** SQL: the stem of a path expression's last component. */
export function fileStemSql(pathExpr: string): string {
  return stemSql(`${componentsSql(pathExpr)}[-1]`);
}

/**
 * SQL: a test's locator from its file, class name and suite columns. A class name with a slash is a Go
 * package's import path (go-junit-report, gotestsum: `github.com/acme/shop/pkg/inventory`): its
 * package is a folder, named again as the locator's last part (`…/pkg/inventory/inventory`: a Go
 * package's name is its folder's), and its dots are part of names, not separators. As a class
 * path it read `github/com/acme/shop/pkg` + stem `inventory`, so every Go test sat in the one folder
 * `pkg` and `near` never saw `pkg/inventory/` changes.
 */
export function locatorSql(file: string, className: string, suite: string): string {
  return (
    `multiIf(${file} != '', ${file}, position(${className}, '/') > 0, concat(${className}, '/', splitByChar('/', ${className})[-1]), ` +
    `${className} != '', replaceAll(${className}, '.', '/'), ` +
    `position(${suite}, '/') > 0, ${suite}, replaceAll(${suite}, '.', '/'))`
  );
}

/** SQL: the lower-case folder names of a locator expression. */
export function locatorDirsSql(locatorExpr: string): string {
  return `arrayMap(d -> lowerUTF8(d), arrayPopBack(${componentsSql(locatorExpr)}))`;
}

/** SQL: the stem of a locator expression. */
export function locatorStemSql(locatorExpr: string): string {
  return fileStemSql(locatorExpr);
}

/** SQL: Array(String) of the distinct tokens of a path expression (see tokensOf). */
export function tokensSql(pathExpr: string): string {
  const words = `splitByRegexp(${quote(`${NON_ALNUM}+`)}, lower(replaceRegexpAll(${pathExpr}, ${quote(CAMEL)}, ${quote('\\1 \\2')})))`;
  const stop = `[${TOKEN_STOPWORDS.map(quote).join(', ')}]`;
  return `arrayDistinct(arrayFilter(w -> length(w) >= ${TOKEN_MIN} AND NOT has(${stop}, w), ${words}))`;
}

// ---- Test impact and tree distance ---------------------------------------------------------------

/**
 * Keys under which a file a test executed (test_impact) matches a changed file: a repository-relative
 * path is its own key; a path left absolute at ingestion (an unknown CI work directory) matches by
 * each of its suffixes of two or more components, so /builds/acme/shop/src/pay/charge.ts matches a
 * change to src/pay/charge.ts (its repository-relative suffix).
 */
export function impactKeysOf(file: string): string[] {
  if (!file.startsWith('/')) return [file];
  const parts = components(file);
  const out: string[] = [];
  for (let i = 0; i <= parts.length - 2; i++) out.push(parts.slice(i).join('/'));
  return out;
}

/** SQL: Array(String) of the impact keys of a file expression (see impactKeysOf). */
export function impactKeysSql(fileExpr: string): string {
  const parts = componentsSql(fileExpr);
  return (
    `if(startsWith(${fileExpr}, '/'), ` +
    `arrayMap(i -> arrayStringConcat(arraySlice(${parts}, i), '/'), range(1, toUInt64(greatest(length(${parts}), 1)))), ` +
    `[${fileExpr}])`
  );
}

// Folders every layout uses as plumbing around the same tree: Maven's src/main/java ↔ src/test/java,
// src/ ↔ test/, pkg/ ↔ tests/, __tests__/. Dropped before comparing where a test and a file sit, and so
// are Python test modules used as folders of a class locator (test_totals, totals_test).
export const TREE_PLUMBING = [
  'src', 'main', 'test', 'tests', 'testing', 'spec', 'specs', '__tests__', 'java', 'kotlin', 'scala', 'lib', 'libs', 'pkg',
  'it', 'unit', 'integration',
] as const;
const TREE_TEST_MODULE = '^test_|_tests?$';
const treePlumbing = new Set<string>(TREE_PLUMBING);
const treeTestModuleRe = new RegExp(TREE_TEST_MODULE);

/** The folders of a path or locator, lower-case, without layout plumbing. */
export function treeDirsOf(path: string): string[] {
  return components(path)
    .slice(0, -1)
    .map((c) => c.toLowerCase())
    .filter((c) => !treePlumbing.has(c) && !treeTestModuleRe.test(c));
}

/** Each leading run of treeDirsOf: 'a', 'a/b', 'a/b/c' (its depth is its index + 1). */
export function treePrefixesOf(path: string): string[] {
  const dirs = treeDirsOf(path);
  return dirs.map((_, i) => dirs.slice(0, i + 1).join('/'));
}

/** SQL: the folders of a path expression without layout plumbing (see treeDirsOf). */
export function treeDirsSql(pathExpr: string): string {
  const plumbing = `[${TREE_PLUMBING.map(quote).join(', ')}]`;
  return `arrayFilter(c -> NOT has(${plumbing}, c) AND NOT match(c, ${quote(TREE_TEST_MODULE)}), arrayMap(c -> lowerUTF8(c), arrayPopBack(${componentsSql(pathExpr)})))`;
}

/** SQL: Array(String) of the tree prefixes of a path expression (see treePrefixesOf). */
export function treePrefixesSql(pathExpr: string): string {
  const dirs = treeDirsSql(pathExpr);
  return `arrayMap(i -> arrayStringConcat(arraySlice(${dirs}, 1, i), '/'), range(1, toUInt64(length(${dirs})) + 1))`;
}

/** A test's area: its locator's folders without plumbing ('' when none). */
export function areaOf(locator: string): string {
  return treeDirsOf(locator).join('/');
}

/** SQL: a locator expression's area (see areaOf). */
export function areaSql(locatorExpr: string): string {
  return `arrayStringConcat(${treeDirsSql(locatorExpr)}, '/')`;
}
