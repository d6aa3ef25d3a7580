import type { ClickHouseClient } from '@clickhouse/client';
import { bin, FEATURES, HYPER, type Weights } from './features.ts';
import { areaOf, impactKeysOf, locatorKeys, tokensOf, treePrefixesOf } from './paths.ts';
import type { ModelMeta } from './train.ts';

// A trained model in memory: what a request scores against. Loaded from risk_model once per training
// (a few queries, then index building); a request then touches only the maps below.

export interface ModelTest {
  index: number;
  testId: string;
  suite: string;
  className: string;
  name: string;
  file: string;
  /** Commits the test ran on, and on how many it failed for real. */
  runs: number;
  fails: number;
  /** Real failures decayed to the model's as-of time (Σ e^(-Δt/τ)). */
  decayed: number;
  durationMs: number;
  lastFailAt: string | null;
  locator: string;
  stem: string;
  dirs: string[];
  /** Smoothed real-failure rate per commit. */
  rate: number;
  /** Binned `base` feature: log(rate / global rate). */
  xBase: number;
  /**
   * Smoothed rate of new real failures (not carried from the parent) per commit: the base `assoc`'s
   * lift is measured against, as its co-failures count only new failures. A regression left on main
   * for ten commits fails ten times but is new once.
   */
  newRate: number;
}

export interface TestRow {
  test_id: string;
  runs: number;
  fails: number;
  /** New real failures (not carried from the parent); absent in older models and test fixtures. */
  co_failures?: number;
  decayed: number;
  duration_ms: number;
  last_fail_at: string;
  suite: string;
  class_name: string;
  name: string;
  file: string;
  locator: string;
  stem: string;
  dirs: string[];
}

export interface RiskModel {
  repo: string;
  modelId: string;
  asOf: Date;
  trainedAt: string;
  meta: ModelMeta;
  weights: Weights;
  tests: ModelTest[];
  byId: Map<string, number>;
  /** Training commits that touched each path or folder. */
  keyCommits: Map<string, number>;
  /** Path or folder → tests that newly failed for real after a change touching it, and how often. */
  assoc: Map<string, { test: number; n: number }[]>;
  /** Path token → its idf and the tests whose locator has it (tokens in too many tests left out). */
  tokenIndex: Map<string, { idf: number; tests: number[] }>;
  /** Lower-case folder name → tests whose locator has that folder. */
  dirIndex: Map<string, number[]>;
  /** Folder names too common to say anything (see HYPER.genericShare). */
  generic: Set<string>;
  /** Locator key → tests (see paths.locatorKeys), to recognise a change to a test's own file. */
  locatorIndex: Map<string, { test: number; full: boolean }[]>;
  medianDurationMs: number;
  /** Per test, recorded median duration, or the repository's median when the test has none (budgets in minutes). */
  duration: Float64Array;
  /** Per test, as typed arrays for the scoring loop. */
  xBase: Float64Array;
  runs: Float64Array;
  fails: Float64Array;
  /** Stems interned as numbers (stemIds maps a stem to its number; 0 is the empty stem). */
  stem: Int32Array;
  stemIds: Map<string, number>;
  /** Tests with past real failures (the only ones with a `recent` value). */
  withFailures: Uint32Array;
  /** Impact key of a file a test executed in a traced run (paths.impactKeysOf) → those tests. */
  impactIndex: Map<string, number[]>;
  /** Tree prefix (paths.treePrefixesOf) → tests whose locator has it; generic prefixes left out. */
  treeIndex: Map<string, number[]>;
  /** Per test, its area's number (-1: none); per area, its tests' decayed real failures at asOf. */
  area: Int32Array;
  areaDecayed: Float64Array;
  /**
   * Reach through imports (reach.ts): a file → the test files reaching it, each as
   * testFile · 256 + hops (hops ≤ 255, code_reach's UInt8); reachTests: test file → its tests.
   */
  reachIndex: Map<string, number[]>;
  reachTests: number[][];
}

const EPOCH = '1970-01-01 00:00:00.000';

export function buildModel(parts: {
  repo: string;
  modelId: string;
  asOf: string;
  trainedAt: string;
  meta: ModelMeta;
  weights: Partial<Weights>;
  tests: TestRow[];
  keys: { key: string; key_commits: number }[];
  assoc: { key: string; test_id: string; co_failures: number }[];
  /** Files tests executed in traced runs (test_impact), recent as of the model. */
  impact?: { test_id: string; file: string }[];
  /** Each test's test files (kind 'reach' rows), and the files those reach (code_reach), recent as of the model. */
  reach?: { tests: { test_id: string; test_file: string }[]; rows: { test_file: string; file: string; hops: number }[] };
}): RiskModel {
  const g = parts.meta.globalRate;
  const gn = parts.meta.newRate;
  const a = HYPER.basePseudoRuns;
  const tests: ModelTest[] = parts.tests.map((r, index) => {
    const runs = Number(r.runs);
    const fails = Number(r.fails);
    const rate = (fails + a * g) / (runs + a);
    // Models trained before new failures were counted: the real-failure rate, as assoc then used.
    const newRate = gn === undefined ? rate : (Number(r.co_failures ?? 0) + a * gn) / (runs + a);
    return {
      index,
      testId: r.test_id,
      suite: r.suite,
      className: r.class_name,
      name: r.name,
      file: r.file,
      runs,
      fails,
      decayed: Number(r.decayed),
      durationMs: Number(r.duration_ms),
      lastFailAt: r.last_fail_at && r.last_fail_at !== EPOCH && fails > 0 ? `${r.last_fail_at.replace(' ', 'T')}Z` : null,
      locator: r.locator,
      stem: r.stem,
      dirs: r.dirs,
      rate,
      xBase: bin('base', Math.log(rate / g)),
      newRate,
    };
  });
  const byId = new Map(tests.map((t) => [t.testId, t.index] as const));
  const assoc = new Map<string, { test: number; n: number }[]>();
  for (const r of parts.assoc) {
    const test = byId.get(r.test_id);
    if (test === undefined) continue; // a test no longer run
    let list = assoc.get(r.key);
    if (!list) assoc.set(r.key, (list = []));
    list.push({ test, n: Number(r.co_failures) });
  }
  const dirIndex = new Map<string, number[]>();
  const locatorIndex = new Map<string, { test: number; full: boolean }[]>();
  for (const t of tests) {
    for (const d of new Set(t.dirs)) {
      let list = dirIndex.get(d);
      if (!list) dirIndex.set(d, (list = []));
      list.push(t.index);
    }
    const fromFile = t.file !== '' || (t.className === '' && t.suite.includes('/'));
    for (const k of locatorKeys(t.locator, fromFile)) {
      let list = locatorIndex.get(k.key);
      if (!list) locatorIndex.set(k.key, (list = []));
      list.push({ test: t.index, full: k.full });
    }
  }
  // Path tokens of the locators, with their idf; tokens too common to say anything are dropped (the
  // same cut as training's, train.ts).
  const tokenTests = new Map<string, number[]>();
  for (const t of tests) {
    for (const w of tokensOf(t.locator)) {
      let list = tokenTests.get(w);
      if (!list) tokenTests.set(w, (list = []));
      list.push(t.index);
    }
  }
  const tokenIndex = new Map<string, { idf: number; tests: number[] }>();
  const tokenCut = Math.max(HYPER.genericShare * tests.length, HYPER.genericMin);
  for (const [w, list] of tokenTests) if (list.length <= tokenCut) tokenIndex.set(w, { idf: Math.log(tests.length / list.length), tests: list });
  const stemIds = new Map<string, number>([['', 0]]);
  for (const t of tests) if (!stemIds.has(t.stem)) stemIds.set(t.stem, stemIds.size);
  const genericCut = Math.max(HYPER.genericShare * tests.length, HYPER.genericMin);
  const generic = new Set([...dirIndex].filter(([, list]) => list.length > genericCut).map(([d]) => d));
  const durations = tests.map((t) => t.durationMs).filter((d) => d > 0).sort((x, y) => x - y);
  const medianDurationMs = durations.length > 0 ? durations[Math.floor(durations.length / 2)]! : 1000;
  const weights = Object.fromEntries(FEATURES.map((f) => [f, parts.weights[f] ?? 0])) as Weights;
  const impactIndex = new Map<string, number[]>();
  for (const r of parts.impact ?? []) {
    const test = byId.get(r.test_id);
    if (test === undefined) continue;
    for (const k of impactKeysOf(r.file)) {
      let list = impactIndex.get(k);
      if (!list) impactIndex.set(k, (list = []));
      if (list[list.length - 1] !== test) list.push(test);
    }
  }
  // Tree prefixes held by too many tests say nothing (the same cut as training's, train.ts).
  const treeIndex = new Map<string, number[]>();
  for (const t of tests) {
    for (const prefix of treePrefixesOf(t.locator)) {
      let list = treeIndex.get(prefix);
      if (!list) treeIndex.set(prefix, (list = []));
      list.push(t.index);
    }
  }
  for (const [prefix, list] of treeIndex) if (list.length > genericCut) treeIndex.delete(prefix);
  const areaIds = new Map<string, number>();
  const area = Int32Array.from(tests, (t) => {
    const a = areaOf(t.locator);
    if (a === '') return -1;
    if (!areaIds.has(a)) areaIds.set(a, areaIds.size);
    return areaIds.get(a)!;
  });
  const areaDecayed = new Float64Array(areaIds.size);
  for (const t of tests) {
    const a = area[t.index]!;
    if (a >= 0) areaDecayed[a] = areaDecayed[a]! + t.decayed;
  }
  const { reachIndex, reachTests } = reachOf(parts.reach, byId);
  return {
    repo: parts.repo,
    modelId: parts.modelId,
    asOf: new Date(`${parts.asOf.replace(' ', 'T')}Z`),
    trainedAt: `${parts.trainedAt.replace(' ', 'T')}Z`,
    meta: parts.meta,
    weights,
    tests,
    byId,
    keyCommits: new Map(parts.keys.map((k) => [k.key, Number(k.key_commits)] as const)),
    assoc,
    tokenIndex,
    dirIndex,
    generic,
    locatorIndex,
    medianDurationMs,
    duration: Float64Array.from(tests, (t) => (t.durationMs > 0 ? t.durationMs : medianDurationMs)),
    xBase: Float64Array.from(tests, (t) => t.xBase),
    runs: Float64Array.from(tests, (t) => t.runs),
    fails: Float64Array.from(tests, (t) => t.fails),
    stem: Int32Array.from(tests, (t) => stemIds.get(t.stem)!),
    stemIds,
    withFailures: Uint32Array.from(tests.filter((t) => t.decayed > 0 || t.fails > 0), (t) => t.index),
    impactIndex,
    treeIndex,
    area,
    areaDecayed,
    reachIndex,
    reachTests,
  };
}

function reachOf(reach: Parameters<typeof buildModel>[0]['reach'], byId: Map<string, number>): Pick<RiskModel, 'reachIndex' | 'reachTests'> {
  const fileIds = new Map<string, number>();
  const reachTests: number[][] = [];
  for (const r of reach?.tests ?? []) {
    const test = byId.get(r.test_id);
    if (test === undefined) continue;
    let id = fileIds.get(r.test_file);
    if (id === undefined) {
      fileIds.set(r.test_file, (id = reachTests.length));
      reachTests.push([]);
    }
    reachTests[id]!.push(test);
  }
  // Tests in index order within a test file: the order every other posting list has.
  for (const list of reachTests) list.sort((a, b) => a - b);
  const reachIndex = new Map<string, number[]>();
  for (const r of reach?.rows ?? []) {
    const id = fileIds.get(r.test_file);
    if (id === undefined) continue;
    let list = reachIndex.get(r.file);
    if (!list) reachIndex.set(r.file, (list = []));
    list.push(id * 256 + Math.min(255, Math.max(1, Number(r.hops))));
  }
  return { reachIndex, reachTests };
}

async function rows<T>(client: ClickHouseClient, query: string, params: Record<string, unknown>, comment: string): Promise<T[]> {
  const rs = await client.query({ query, query_params: params, format: 'JSONEachRow', clickhouse_settings: { log_comment: comment } });
  return rs.json<T>();
}

/** The repository's newest complete model, or null when none was trained. */
export async function loadRiskModel(client: ClickHouseClient, repo: string): Promise<RiskModel | null> {
  const [meta] = await rows<{ model_id: string; as_of: string; trained_at: string; detail: string }>(
    client,
    `SELECT model_id, toString(as_of) AS as_of, toString(trained_at) AS trained_at, detail
     FROM risk_model WHERE repo = {repo:String} AND kind = 'meta'
     ORDER BY trained_at DESC LIMIT 1`,
    { repo },
    'models.risk.model.meta',
  );
  if (!meta) return null;
  const p = { repo, mid: meta.model_id };
  const where = 'repo = {repo:String} AND model_id = {mid:String}';
  const [weights, tests, keys, assoc, impact, reachTests, reachRows] = await Promise.all([
    rows<{ key: string; weight: number }>(client, `SELECT key, weight FROM risk_model WHERE ${where} AND kind = 'weight'`, p, 'models.risk.model.weights'),
    rows<TestRow>(
      client,
      `SELECT test_id, runs, fails, co_failures, decayed, duration_ms, toString(last_fail_at) AS last_fail_at, suite, class_name, name, file,
              locator, stem, dirs
       FROM risk_model WHERE ${where} AND kind = 'test' ORDER BY test_id`,
      p,
      'models.risk.model.tests',
    ),
    rows<{ key: string; key_commits: number }>(client, `SELECT key, key_commits FROM risk_model WHERE ${where} AND kind = 'key'`, p, 'models.risk.model.keys'),
    rows<{ key: string; test_id: string; co_failures: number }>(
      client,
      `SELECT key, test_id, co_failures FROM risk_model WHERE ${where} AND kind = 'assoc'`,
      p,
      'models.risk.model.assoc',
    ),
    // As training saw them (train.ts): first seen before the model's as-of time, last seen within
    // activeDays of it. Traced runs since then count from the next training (their results trigger it).
    rows<{ test_id: string; file: string }>(
      client,
      `SELECT test_id, file FROM test_impact WHERE repo = {repo:String}
       GROUP BY test_id, file
       HAVING min(first_seen) < {asOf:DateTime64(3, 'UTC')}
          AND max(last_seen) >= {asOf:DateTime64(3, 'UTC')} - INTERVAL {activeDays:UInt32} DAY`,
      { repo, asOf: meta.as_of, activeDays: HYPER.activeDays },
      'models.risk.model.impact',
    ),
    rows<{ test_id: string; test_file: string }>(client, `SELECT test_id, key AS test_file FROM risk_model WHERE ${where} AND kind = 'reach'`, p, 'models.risk.model.reachTests'),
    // As training read them (train.ts): rows last seen within activeDays of the model's as-of time,
    // whenever first seen (a scan describes the code as it is).
    rows<{ test_file: string; file: string; hops: number }>(
      client,
      `SELECT test_file, file, min(hops) AS hops FROM code_reach
       WHERE repo = {repo:String}
         AND test_file IN (SELECT key FROM risk_model WHERE ${where} AND kind = 'reach')
       GROUP BY test_file, file
       HAVING max(last_seen) >= {asOf:DateTime64(3, 'UTC')} - INTERVAL {activeDays:UInt32} DAY`,
      { ...p, asOf: meta.as_of, activeDays: HYPER.activeDays },
      'models.risk.model.reach',
    ),
  ]);
  return buildModel({
    repo,
    modelId: meta.model_id,
    asOf: meta.as_of,
    trainedAt: meta.trained_at,
    meta: JSON.parse(meta.detail) as ModelMeta,
    weights: Object.fromEntries(weights.map((w) => [w.key, Number(w.weight)])),
    tests,
    keys,
    assoc,
    impact,
    reach: { tests: reachTests, rows: reachRows },
  });
}
