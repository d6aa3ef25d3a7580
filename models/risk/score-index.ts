import { HYPER } from './features.ts';
import type { RiskModel } from './model.ts';
import { tokensOf, treePrefixesOf } from './paths.ts';

// What scoring needs of a model beyond its indexes, made once per model: the tests partitioned so that a
// request scores one by one only the tests with evidence of their own, and the rest by group.
//
// A feature read from a short posting list (a module's folder, a rare path word, an association) reaches
// few tests: those are scored one by one. A long list (a folder name like `src` held by half the tests,
// an area's word or tree prefix held by thousands) would make every request walk most tests, so long
// lists are read per *path class*: tests that share the same long dirs, long words and long tree
// prefixes get the same value from them for any change. Tests that a change reaches through no short
// list then differ only by class, binned base rate and area: a *group*, scored once, ranked as a block.
//
// Per-request buffers (one entry per test) live in workspaces kept per model and reused: a request
// takes one, writes only the entries of the tests it scores one by one, and on release puts those
// entries back to their resting value (0, the model's own base and failures), so nothing of size n
// is allocated or cleared per request.

/** Lists held by more tests than this (and by more than 1/64 of the tests) are read per class. */
const LONG_MIN = 64;
/** Workspaces kept per model (one per request in flight; more are made, and dropped, when busy). */
const POOL = 4;

export interface ScoreIndex {
  /** Per test, its path class. */
  classOf: Uint32Array;
  classes: number;
  /** Per class, the long non-generic folder names its tests have (near), and its long path words (tokens). */
  classDirs: Set<string>[];
  classWords: Set<string>[];
  /** Long path word → its idf and the classes whose tests have it. */
  tokenClasses: Map<string, { idf: number; classes: Uint32Array }>;
  /** Long tree prefix → the classes whose tests have it. */
  treeClasses: Map<string, Uint32Array>;
  /** Long folder name, `\n`, stem number → the tests in that folder with that stem (same). */
  dirStem: Map<string, number[]>;
  /** Per test, the ids of its distinct folder names (dirIdOf): test i's are dirIds[dirStart[i] … dirStart[i+1]). */
  dirIdOf: Map<string, number>;
  dirStart: Uint32Array;
  dirIds: Int32Array;
  /** Per test, its group: (class, binned base, area). */
  groupOf: Uint32Array;
  groups: number;
  groupClass: Uint32Array;
  groupBase: Float64Array;
  groupArea: Int32Array;
  groupSize: Uint32Array;
  /** Tests recorded on fewer than HYPER.minRuns commits: always run, so always scored one by one. */
  newTests: Uint32Array;
  /** Is the list of this length read per class? */
  isLong(length: number): boolean;
  pool: Workspace[];
}

/** Per-test buffers of one request; entries not in `touched` hold their resting value. */
export interface Workspace {
  /** 1 for the tests scored one by one in this request, listed in `touched`. */
  mark: Uint8Array;
  touched: number[];
  carry: Uint8Array;
  fixing: Uint8Array;
  near: Uint8Array;
  same: Uint8Array;
  impact: Uint8Array;
  assoc: Float64Array;
  /** Resting value: the model's binned base (model.xBase). */
  base: Float64Array;
  recent: Float64Array;
  tokens: Float64Array;
  tree: Float64Array;
  /** 1/hops of the nearest changed file the test's own file imports (reach). */
  reach: Float64Array;
  /** Resting value: the model's failures (model.fails). */
  fails: Float64Array;
  assocKey: (string | undefined)[];
  assocFailures: Float64Array;
  assocCommits: Float64Array;
  nearFile: (string | undefined)[];
  tokenFile: (string | undefined)[];
  impactFile: (string | undefined)[];
  treeFile: (string | undefined)[];
  reachFile: (string | undefined)[];
  always: (string | undefined)[];
  quarantined: Uint8Array;
  /** Every test's probability (written whole per request: the answer reads any test's). */
  probability: Float64Array;
  /** log(1 − p) of the tests in `touched`. */
  logNone: Float64Array;
  /** Changed file index + 1 of a test's best `tokens` and `tree` file among those it reached by short lists. */
  tokenAt: Int32Array;
  treeAt: Int32Array;
  /** Scratch, 0 between uses: a test reached in one changed file (tokens), its tree depth in one file. */
  seen: Uint8Array;
  depth: Int32Array;
  selected: Uint8Array;
  ranked: Uint32Array;
  /** The ranking of the tests that are neither always run nor quarantined, and its scratch. */
  rest: Uint32Array;
  blocks: Uint32Array;
}

const indexes = new WeakMap<RiskModel, ScoreIndex>();

export function scoreIndexOf(model: RiskModel): ScoreIndex {
  let ix = indexes.get(model);
  if (!ix) indexes.set(model, (ix = buildIndex(model)));
  return ix;
}

function buildIndex(model: RiskModel): ScoreIndex {
  const n = model.tests.length;
  const long = Math.max(LONG_MIN, n / 64);
  const isLong = (length: number) => length > long;
  // Path classes: the long lists each test is in, as one key.
  const classIds = new Map<string, number>();
  const classDirs: Set<string>[] = [];
  const classTokens: Set<string>[] = [];
  const classTree: Set<string>[] = [];
  const classOf = new Uint32Array(n);
  const dirStem = new Map<string, number[]>();
  for (const t of model.tests) {
    const dirs = [...new Set(t.dirs)].filter((d) => isLong(model.dirIndex.get(d)!.length));
    for (const d of dirs) {
      const key = `${d}\n${model.stem[t.index]}`;
      let list = dirStem.get(key);
      if (!list) dirStem.set(key, (list = []));
      list.push(t.index);
    }
    const near = dirs.filter((d) => !model.generic.has(d)).sort();
    const words = tokensOf(t.locator).filter((w) => isLong(model.tokenIndex.get(w)?.tests.length ?? 0)).sort();
    const prefixes = treePrefixesOf(t.locator).filter((p) => isLong(model.treeIndex.get(p)?.length ?? 0));
    const key = `${near.join('/')}\n${words.join('/')}\n${prefixes.join('\n')}`;
    let c = classIds.get(key);
    if (c === undefined) {
      classIds.set(key, (c = classIds.size));
      classDirs.push(new Set(near));
      classTokens.push(new Set(words));
      classTree.push(new Set(prefixes));
    }
    classOf[t.index] = c;
  }
  const tokenClasses = new Map<string, { idf: number; classes: Uint32Array }>();
  for (const [w, hit] of model.tokenIndex) {
    if (!isLong(hit.tests.length)) continue;
    const cs: number[] = [];
    classTokens.forEach((words, c) => words.has(w) && cs.push(c));
    tokenClasses.set(w, { idf: hit.idf, classes: Uint32Array.from(cs) });
  }
  const treeClasses = new Map<string, Uint32Array>();
  for (const [prefix, list] of model.treeIndex) {
    if (!isLong(list.length)) continue;
    const cs: number[] = [];
    classTree.forEach((ps, c) => ps.has(prefix) && cs.push(c));
    treeClasses.set(prefix, Uint32Array.from(cs));
  }
  // Groups: (class, binned base, area).
  const groupIds = new Map<string, number>();
  const gClass: number[] = [];
  const gBase: number[] = [];
  const gArea: number[] = [];
  const groupOf = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const key = `${classOf[i]} ${model.xBase[i]} ${model.area[i]}`;
    let g = groupIds.get(key);
    if (g === undefined) {
      groupIds.set(key, (g = groupIds.size));
      gClass.push(classOf[i]!);
      gBase.push(model.xBase[i]!);
      gArea.push(model.area[i]!);
    }
    groupOf[i] = g;
  }
  // Folder names as numbers in one flat array: a request compares a test's folders with the changed
  // ones without reaching into its object (thousands of scattered objects per request).
  const dirIdOf = new Map<string, number>();
  const dirStart = new Uint32Array(n + 1);
  const flat: number[] = [];
  for (const t of model.tests) {
    dirStart[t.index] = flat.length;
    for (const d of new Set(t.dirs)) {
      if (!dirIdOf.has(d)) dirIdOf.set(d, dirIdOf.size);
      flat.push(dirIdOf.get(d)!);
    }
  }
  dirStart[n] = flat.length;
  const groupSize = new Uint32Array(groupIds.size);
  for (let i = 0; i < n; i++) groupSize[groupOf[i]!]!++;
  return {
    classOf,
    classes: classIds.size,
    classDirs,
    classWords: classTokens,
    tokenClasses,
    treeClasses,
    dirStem,
    dirIdOf,
    dirStart,
    dirIds: Int32Array.from(flat),
    groupOf,
    groups: groupIds.size,
    groupClass: Uint32Array.from(gClass),
    groupBase: Float64Array.from(gBase),
    groupArea: Int32Array.from(gArea),
    groupSize,
    newTests: Uint32Array.from(model.tests.filter((t) => t.runs < HYPER.minRuns), (t) => t.index),
    isLong,
    pool: [],
  };
}

function newWorkspace(model: RiskModel): Workspace {
  const n = model.tests.length;
  const none = () => new Array<string | undefined>(n).fill(undefined);
  return {
    mark: new Uint8Array(n),
    touched: [],
    carry: new Uint8Array(n),
    fixing: new Uint8Array(n),
    near: new Uint8Array(n),
    same: new Uint8Array(n),
    impact: new Uint8Array(n),
    assoc: new Float64Array(n),
    base: model.xBase.slice(),
    recent: new Float64Array(n),
    tokens: new Float64Array(n),
    tree: new Float64Array(n),
    reach: new Float64Array(n),
    fails: model.fails.slice(),
    assocKey: none(),
    assocFailures: new Float64Array(n),
    assocCommits: new Float64Array(n),
    nearFile: none(),
    tokenFile: none(),
    impactFile: none(),
    treeFile: none(),
    reachFile: none(),
    always: none(),
    quarantined: new Uint8Array(n),
    probability: new Float64Array(n),
    logNone: new Float64Array(n),
    tokenAt: new Int32Array(n),
    treeAt: new Int32Array(n),
    seen: new Uint8Array(n),
    depth: new Int32Array(n),
    selected: new Uint8Array(n),
    ranked: new Uint32Array(n),
    rest: new Uint32Array(n),
    blocks: new Uint32Array(n),
  };
}

/** A workspace at rest for the model: from its pool, or new. */
export function takeWorkspace(model: RiskModel): Workspace {
  return scoreIndexOf(model).pool.pop() ?? newWorkspace(model);
}

/** Puts the entries a request wrote back to rest, and the workspace back in the model's pool. */
export function returnWorkspace(model: RiskModel, ws: Workspace): void {
  for (const i of ws.touched) {
    ws.mark[i] = 0;
    ws.tokenAt[i] = ws.treeAt[i] = 0;
    ws.carry[i] = ws.fixing[i] = ws.near[i] = ws.same[i] = ws.impact[i] = ws.quarantined[i] = 0;
    ws.assoc[i] = ws.recent[i] = ws.tokens[i] = ws.tree[i] = ws.reach[i] = ws.assocFailures[i] = ws.assocCommits[i] = 0;
    ws.base[i] = model.xBase[i]!;
    ws.fails[i] = model.fails[i]!;
    ws.assocKey[i] = ws.nearFile[i] = ws.tokenFile[i] = ws.impactFile[i] = ws.treeFile[i] = ws.reachFile[i] = ws.always[i] = undefined;
  }
  ws.touched.length = 0;
  const pool = scoreIndexOf(model).pool;
  if (pool.length < POOL) pool.push(ws);
}
