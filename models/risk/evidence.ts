import { bin, BINS, HYPER } from './features.ts';
import type { RiskModel } from './model.ts';
import { changedPathSuffixes, fileFeatures, keysOf, looksLikeTestFile, tokensOf, treePrefixesOf } from './paths.ts';
import type { ScoreIndex, Workspace } from './score-index.ts';

// The evidence a change's paths give (features.ts: near, same, assoc, tokens, impact, tree, reach; and the tests
// of changed test files), written for the tests reached through short posting lists into the request's
// workspace (each such test marked as scored one by one), and for everything reached through long lists
// per path class (score-index.ts). The values are those of the plain per-test definition: a test's
// value is its own when it is marked, its class's otherwise.

export interface ChangedPath {
  path: string;
  added: number;
  removed: number;
}

/** Per class, this request's values from long lists; files by index into the change's files (-1: none). */
export interface ClassEvidence {
  near: Uint8Array;
  nearFile: (string | undefined)[];
  /** Raw (unbinned) best word weight and its file; binned value. */
  tokensRaw: Float64Array;
  tokensAt: Int32Array;
  tokens: Float64Array;
  /** Binned tree depth and its file. */
  tree: Float64Array;
  treeAt: Int32Array;
}

export interface ChangedDir {
  dir: string;
  /** ScoreIndex.dirIdOf (-1: no test has it). */
  id: number;
  stems: Map<number, string>;
  anyFile: string;
  generic: boolean;
}

export interface PathEvidence {
  lines: number;
  changedTestFiles: string[];
  classes: ClassEvidence;
  /** Changed folder names, in the change's order: stem number → a changed file with that stem, the first file. */
  dirs: ChangedDir[];
  /** When a changed file is deeper than the tree bin's top: what replaying a test's tree needs. */
  deepTree: { classTree: Int32Array; prefixes: string[][] } | null;
}

/**
 * Marks test `i` as scored one by one in this request (every write to a workspace entry follows a touch:
 * returnWorkspace resets exactly the touched entries).
 */
export function toucher(ws: Workspace): (i: number) => void {
  const { mark, touched } = ws;
  return (i) => {
    if (mark[i] === 0) {
      mark[i] = 1;
      touched.push(i);
    }
  };
}

/** Sorted ascending `list` holds `i`? (posting lists are built in test order.) */
function holds(list: readonly number[], i: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = list[mid]!;
    if (v === i) return true;
    if (v < i) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

export function pathEvidence(
  model: RiskModel,
  ix: ScoreIndex,
  ws: Workspace,
  files: readonly ChangedPath[],
): PathEvidence {
  const touch = toucher(ws);
  const F = files.length;
  const C = ix.classes;
  const { always } = ws;
  // Paths: folders and stems (near, same), own test files (always), keys (assoc).
  const keys = new Set<string>();
  let lines = 0;
  const changedTestFiles: string[] = [];
  const byDir = new Map<string, Map<number, string>>();
  for (const f of files) {
    lines += f.added + f.removed;
    for (const k of keysOf(f.path)) keys.add(k);
    const ff = fileFeatures(f.path);
    let stems = byDir.get(ff.parentDir);
    if (!stems) byDir.set(ff.parentDir, (stems = new Map()));
    const stemId = ff.stem === '' ? -1 : (model.stemIds.get(ff.stem) ?? -1);
    if (!stems.has(stemId)) stems.set(stemId, f.path);
    const isTestFile = looksLikeTestFile(f.path);
    if (isTestFile) changedTestFiles.push(f.path);
    for (const suffix of changedPathSuffixes(f.path)) {
      const hits = model.locatorIndex.get(suffix);
      if (!hits) continue;
      for (const h of hits) {
        if (h.full || isTestFile) {
          touch(h.test);
          always[h.test] ??= `changed test file ${f.path}`;
        }
      }
    }
  }
  // near, same: the tests of a changed folder held by few tests, and in a long folder those with a
  // changed stem, are resolved one by one (resolveNearSame); the long folder reaches the rest by class.
  for (const [dir, stems] of byDir) {
    const inDir = model.dirIndex.get(dir);
    if (!inDir) continue;
    if (!ix.isLong(inDir.length)) {
      for (const i of inDir) touch(i);
      continue;
    }
    for (const stemId of stems.keys()) {
      if (stemId < 1) continue;
      for (const i of ix.dirStem.get(`${dir}\n${stemId}`) ?? []) touch(i);
    }
  }
  const classes: ClassEvidence = {
    near: new Uint8Array(C),
    nearFile: new Array<string | undefined>(C).fill(undefined),
    tokensRaw: new Float64Array(C),
    tokensAt: new Int32Array(C).fill(-1),
    tokens: new Float64Array(C),
    tree: new Float64Array(C),
    treeAt: new Int32Array(C).fill(-1),
  };
  for (let c = 0; c < C; c++) {
    for (const [dir, stems] of byDir) {
      if (!ix.classDirs[c]!.has(dir)) continue;
      classes.near[c] = 1;
      classes.nearFile[c] = stems.values().next().value as string;
      break;
    }
  }
  // assoc: few tests per key (the tests that failed after it changed).
  const m = HYPER.assocPseudoCommits;
  for (const key of keys) {
    const entries = model.assoc.get(key);
    if (!entries) continue;
    const nk = model.keyCommits.get(key) ?? 0;
    for (const e of entries) {
      touch(e.test);
      // Against the test's rate of new failures: assoc counts only those (train.ts).
      const b = model.tests[e.test]!.newRate;
      const v = Math.max(0, Math.log((e.n + m * b) / (nk + m) / b));
      if (v > ws.assoc[e.test]!) {
        ws.assoc[e.test] = v;
        ws.assocKey[e.test] = key;
        ws.assocFailures[e.test] = e.n;
        ws.assocCommits[e.test] = nk;
      }
    }
  }
  for (const key of keys) {
    const entries = model.assoc.get(key);
    if (entries) for (const e of entries) ws.assoc[e.test] = bin('assoc', ws.assoc[e.test]!);
  }
  // tokens: per changed file, the idf of the words a test shares with it, summed; the best file. Long
  // words add to their classes; a test reached by a short word sums, in the file's word order, every
  // word it has (long ones through its class), as the plain definition does.
  const classTokens = new Float64Array(C * F);
  const reached: number[] = [];
  const { seen, classOf } = { seen: ws.seen, classOf: ix.classOf };
  for (let f = 0; f < F; f++) {
    const path = files[f]!.path;
    const words: { idf: number; tests: number[]; long: boolean; word: string }[] = [];
    for (const w of tokensOf(path)) {
      const hit = model.tokenIndex.get(w);
      if (!hit) continue;
      const long = ix.tokenClasses.get(w);
      words.push({ idf: hit.idf, tests: hit.tests, long: long !== undefined, word: w });
      if (long) {
        for (const c of long.classes) classTokens[c * F + f] = classTokens[c * F + f]! + hit.idf;
      } else {
        for (const i of hit.tests) {
          if (seen[i] === 0) {
            seen[i] = 1;
            reached.push(i);
          }
        }
      }
    }
    for (const i of reached) {
      seen[i] = 0;
      touch(i);
      const own = ix.classWords[classOf[i]!]!;
      let v = 0;
      for (const w of words) if (w.long ? own.has(w.word) : holds(w.tests, i)) v += w.idf;
      if (v > ws.tokens[i]!) {
        ws.tokens[i] = v;
        ws.tokenFile[i] = path;
        ws.tokenAt[i] = f + 1;
      }
    }
    reached.length = 0;
  }
  // impact (few tests per file) and tree distance (deepest shared non-generic folder): long prefixes
  // by class, short ones per test; a test's depth in a file is the deeper of both.
  const classTree = new Int32Array(C * F);
  let deepest = 0;
  for (let f = 0; f < F; f++) {
    const path = files[f]!.path;
    for (const i of model.impactIndex.get(path) ?? []) {
      touch(i);
      if (ws.impact[i] === 0) ws.impactFile[i] = path;
      ws.impact[i] = 1;
    }
    // reach: the test files whose imports reach the file (1/hops), then their tests; the first file
    // reaching a test's best value is its reason.
    for (const e of model.reachIndex.get(path) ?? []) {
      const v = 1 / (e % 256);
      for (const i of model.reachTests[Math.floor(e / 256)]!) {
        touch(i);
        if (v > ws.reach[i]!) {
          ws.reach[i] = v;
          ws.reachFile[i] = path;
        }
      }
    }
    const prefixes = treePrefixesOf(path);
    deepest = Math.max(deepest, prefixes.length);
    for (let d = 0; d < prefixes.length; d++) {
      const long = ix.treeClasses.get(prefixes[d]!);
      if (long) {
        for (const c of long) classTree[c * F + f] = d + 1;
        continue;
      }
      for (const i of model.treeIndex.get(prefixes[d]!) ?? []) {
        if (ws.depth[i] === 0) reached.push(i);
        ws.depth[i] = d + 1;
      }
    }
    for (const i of reached) {
      touch(i);
      const h = Math.max(ws.depth[i]!, classTree[classOf[i]! * F + f]!);
      ws.depth[i] = 0;
      if (h > ws.tree[i]!) {
        ws.tree[i] = bin('tree', h);
        ws.treeFile[i] = path;
        ws.treeAt[i] = f + 1;
      }
    }
    reached.length = 0;
  }
  for (let c = 0; c < C; c++) {
    for (let f = 0; f < F; f++) {
      const v = classTokens[c * F + f]!;
      if (v > classes.tokensRaw[c]!) {
        classes.tokensRaw[c] = v;
        classes.tokensAt[c] = f;
      }
      const h = classTree[c * F + f]!;
      if (h > classes.tree[c]!) {
        classes.tree[c] = bin('tree', h);
        classes.treeAt[c] = f;
      }
    }
    if (classes.tokensRaw[c] !== 0) classes.tokens[c] = bin('tokens', classes.tokensRaw[c]!);
  }
  // Deeper than the tree bin's top, "deeper than the best so far" compares against the clamped value:
  // a test's best file is then not simply the better of its class's and its own; replayed per test
  // (resolvePaths; never seen on real layouts: 9 folders below the layout's plumbing).
  const deepTree = deepest > BINS.tree.hi ? { classTree, prefixes: files.map((f) => treePrefixesOf(f.path)) } : null;
  const dirs = [...byDir].map(([dir, stems]) => ({ dir, id: ix.dirIdOf.get(dir) ?? -1, stems, anyFile: stems.values().next().value as string, generic: model.generic.has(dir) }));
  return { lines, changedTestFiles, classes, dirs, deepTree };
}

/** A marked test's tree depth and file, file by file as the plain definition reads them. */
function replayTree(model: RiskModel, ix: ScoreIndex, ws: Workspace, files: readonly ChangedPath[], deep: NonNullable<PathEvidence['deepTree']>, i: number): void {
  const F = files.length;
  const own = new Set(treePrefixesOf(model.tests[i]!.locator));
  let cur = 0;
  let at = -1;
  for (let f = 0; f < F; f++) {
    let h = deep.classTree[ix.classOf[i]! * F + f]!;
    deep.prefixes[f]!.forEach((p, d) => {
      if (own.has(p) && model.treeIndex.has(p)) h = Math.max(h, d + 1);
    });
    if (h > cur) {
      cur = bin('tree', h);
      at = f;
    }
  }
  ws.tree[i] = cur;
  ws.treeFile[i] = at >= 0 ? files[at]!.path : undefined;
}

/**
 * A marked test's own near/same, tokens and tree: its folders against the changed ones (the plain
 * definition, in the change's folder order), and the better of its own best file and its class's.
 */
export function resolvePaths(model: RiskModel, ix: ScoreIndex, ws: Workspace, files: readonly ChangedPath[], e: PathEvidence, i: number): void {
  const stem = model.stem[i]!;
  const from = ix.dirStart[i]!;
  const to = ix.dirStart[i + 1]!;
  let near = 0;
  let same = 0;
  let file: string | undefined;
  for (const d of e.dirs) {
    let holds = false;
    for (let k = from; k < to && !holds; k++) holds = ix.dirIds[k] === d.id;
    if (!holds) continue;
    const sameFile = stem === 0 ? undefined : d.stems.get(stem);
    if (sameFile !== undefined) {
      same = 1;
      near = 0;
      file = sameFile;
    } else if (!d.generic && !same && !near) {
      near = 1;
      file = d.anyFile;
    }
  }
  ws.near[i] = near;
  ws.same[i] = same;
  ws.nearFile[i] = file;
  const c = ix.classOf[i]!;
  const k = e.classes;
  // The first file reaching the best value wins, as when files are read in order.
  const ownAt = ws.tokenAt[i]! - 1;
  if (k.tokensRaw[c]! > ws.tokens[i]! || (k.tokensRaw[c]! > 0 && k.tokensRaw[c] === ws.tokens[i] && k.tokensAt[c]! < ownAt)) {
    ws.tokens[i] = k.tokensRaw[c]!;
    ws.tokenFile[i] = files[k.tokensAt[c]!]!.path;
  }
  if (ws.tokens[i] !== 0) ws.tokens[i] = bin('tokens', ws.tokens[i]!);
  if (e.deepTree) {
    replayTree(model, ix, ws, files, e.deepTree, i);
    return;
  }
  const treeAt = ws.treeAt[i]! - 1;
  if (k.tree[c]! > ws.tree[i]! || (k.tree[c]! > 0 && k.tree[c] === ws.tree[i] && k.treeAt[c]! < treeAt)) {
    ws.tree[i] = k.tree[c]!;
    ws.treeFile[i] = files[k.treeAt[c]!]!.path;
  }
}
