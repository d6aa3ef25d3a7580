import type { ClickHouseClient } from '@clickhouse/client';
import { InputError } from '../../ingestion/errors.ts';
import { latestRunCommit, type BaseCommit } from '../../src/store/base-commit.ts';
import { normalizeFiles, readChange, type ChangedFile } from '../../src/store/changes.ts';
import type { Store } from '../../src/store/clickhouse.ts';
import { Leases } from '../../src/store/leases.ts';
import { ensureFailureClasses } from '../failures/classify.ts';
import { quarantinedTests } from '../flakiness/model.ts';
import { answerJson, identityOf, releaseAnswer } from './answer-json.ts';
import { loadRiskModel, type RiskModel } from './model.ts';
import { reasonsOf, releaseScored, scoreChange, selectTests, type Budget, type Reason, type RuntimePath, type Scored, type Selection } from './score.ts';
import { ShortCache } from '../short-cache.ts';
import { returnWorkspace, takeWorkspace } from './score-index.ts';
import { selectionNote } from './selection-note.ts';
import { trainRiskModel, type TrainSummary } from './train.ts';

// Serves risk questions for every repository of one service process. Per repository it keeps the
// newest trained model and the recent real failures in memory; a request scores against them and does
// at most one indexed query (the commit's stored change, when the request lacks its files or parent).
// Training is never on the request path once a model exists: a request at most starts a background
// check (every `checkEveryMs`), which retrains when results, changes or failure classes arrived since
// the model's watermark, at most once per `minRetrainMs`.
//
// Several service processes on one ClickHouse server each keep their own copy; the newest model in
// the table wins on the next load. Training (classification included) holds the lease
// risk-train:<repo> (src/store/leases.ts): two instances never train one repo at once; a background
// check leaves a repo alone while another instance trains it, and train() waits for it.

export interface RiskEngineOptions {
  store: Store;
  checkEveryMs?: number;
  minRetrainMs?: number;
  /** How often the quarantine list is recomputed (a flakiness pass over the history: not cheap). */
  quarantineEveryMs?: number;
  /** Makes failure_classes current before training (models/failures). */
  classify?: (client: ClickHouseClient, repo: string) => Promise<void>;
  /** Tests in quarantine: reported, never selected (models/flakiness). */
  quarantined?: (client: ClickHouseClient, repo: string) => Promise<Set<string>>;
  /** Tests that must run for a change, with why: incident regression suites of the services it touches. */
  mandatory?: (client: ClickHouseClient, repo: string, files: readonly ChangedFile[]) => Promise<Map<string, string>>;
  /** Tests of hot production operations of the services a change touches (models/coverage/runtime-paths.ts). */
  runtime?: (repo: string, files: readonly ChangedFile[]) => Promise<ReadonlyMap<string, RuntimePath>>;
  onError?: (err: unknown, what: string) => void;
  /** Shared with the other instances on this store; default: a holder of its own on the store. */
  leases?: Leases;
  /** How long train() waits while another instance trains the repo (default 15 minutes). */
  trainWaitMs?: number;
}

export interface RiskRequest {
  repo: string;
  commit?: string;
  parent?: string;
  branch?: string;
  files?: readonly (string | { path: string; added?: number; removed?: number })[];
  budget?: Budget;
  /** Unselected tests listed after the selected ones. */
  limit?: number;
  /** How many of the listed tests, from the top, carry their reasons (sentences cost bytes). */
  reasons?: number;
}

export interface RiskTest {
  testId: string;
  suite: string;
  className: string;
  name: string;
  file: string;
  probability: number;
  selected: boolean;
  always: boolean;
  quarantined: boolean;
  durationMs: number;
  reasons: Reason[];
}

export interface RiskAnswer {
  repo: string;
  commit: string | null;
  parent: string | null;
  branch: string | null;
  /** The commit whose real failures are knownFailing, and how it was found. */
  base: { commit: string; source: 'parent' | 'branch' | 'default-branch' } | null;
  history: boolean;
  message: string;
  model: { id: string; asOf: string; trainedAt: string; tests: number; commits: number; failures: number } | null;
  riskScore: number;
  /** Tests failing for real on the change's base: always selected, not counted in riskScore. */
  knownFailing: { testId: string; suite: string; className: string; name: string; file: string }[];
  budget: Budget;
  files: number;
  lines: number;
  selected: { count: number; total: number; all: boolean; estimatedMinutes: number; expectedRecall: number };
  changedTestFiles: string[];
  tests: RiskTest[];
  /** Ranked tests not listed (beyond `limit`). */
  unlisted: number;
}

interface RepoState {
  /** undefined: not looked up yet; null: no history to learn from. */
  model: RiskModel | null | undefined;
  quarantined: Set<string>;
  /**
   * Recent real failures (last FAILURE_DAYS days), by commit: a parent's failures (the carry feature)
   * and the failures since the model's as-of time are read from here, not queried per request.
   * Reloaded when failure_classes changes.
   */
  failures: Map<string, { testId: string; at: number }[]>;
  failuresVersion: string;
  /** Failures at or after the model's as-of time (derived from `failures` when either changes). */
  liveFailures: { testId: string; at: number }[];
  /** Bases of changes asked without a parent (branch + excluded commit → base), kept for checkEveryMs. */
  bases: ShortCache<BaseCommit | null>;
  lastCheck: number;
  lastTrain: number;
  lastQuarantine: number;
  loading: Promise<void> | null;
  background: Promise<void> | null;
  training: Promise<TrainSummary> | null;
}

export const DEFAULT_BUDGET: Budget = { confidence: 0.95 };
/** Days of real failures kept in memory per repository, back from its newest failure. */
const FAILURE_DAYS = 30;
const MAX_REPOS = 1_000;
/** Cached bases per repository (one per branch and asked-about commit). */
const MAX_BASES = 10_000;

export class UnknownChangeError extends InputError {
  constructor(repo: string, commit: string) {
    super(
      'UNKNOWN_CHANGE',
      `no change recorded for commit ${commit} in ${repo}: send its files in the request, or POST /v1/changes first`,
      404,
    );
  }
}

/** Another instance kept training the repo for longer than train() waits. */
export class TrainingBusyError extends InputError {
  constructor(repo: string) {
    super('TRAINING_BUSY', `another service instance is training the risk model of ${repo}; try again later`, 409);
  }
}

const trainLease = (repo: string) => `risk-train:${repo}`;

export class RiskEngine {
  private readonly leases: Leases;
  private readonly repos = new Map<string, RepoState>();
  private readonly checkEveryMs: number;
  private readonly minRetrainMs: number;
  private readonly quarantineEveryMs: number;
  private closed = false;

  constructor(private readonly o: RiskEngineOptions) {
    this.checkEveryMs = o.checkEveryMs ?? 10_000;
    this.minRetrainMs = o.minRetrainMs ?? 60_000;
    this.quarantineEveryMs = o.quarantineEveryMs ?? 300_000;
    this.leases = o.leases ?? new Leases(o.store.client);
  }

  private state(repo: string): RepoState {
    let st = this.repos.get(repo);
    if (!st) {
      if (this.repos.size >= MAX_REPOS) {
        const oldest = [...this.repos].find(([, s]) => !s.loading && !s.background && !s.training);
        if (oldest) this.repos.delete(oldest[0]);
      }
      st = { model: undefined, quarantined: new Set(), failures: new Map(), failuresVersion: '', liveFailures: [], bases: new ShortCache(this.checkEveryMs, MAX_BASES), lastCheck: 0, lastTrain: 0, lastQuarantine: 0, loading: null, background: null, training: null };
      this.repos.set(repo, st);
    }
    return st;
  }

  /** Trains the repository's model now (classifying failures first) and serves it from then on. */
  async train(repo: string): Promise<TrainSummary> {
    const st = this.state(repo);
    st.training ??= (async () => {
      try {
        const held = await this.leases.run(trainLease(repo), async () => {
          await (this.o.classify ?? ensureFailureClasses)(this.o.store.client, repo);
          return trainRiskModel(this.o.store, repo);
        }, { waitMs: this.o.trainWaitMs ?? 900_000 });
        if (!held.ran) throw new TrainingBusyError(repo);
        const summary = held.value;
        const [model, quarantined] = await Promise.all([
          summary.tests > 0 ? loadRiskModel(this.o.store.client, repo) : null,
          this.quarantine(repo),
        ]);
        // The answer's per-test bytes and the scoring groups are made with the model (like its indexes), not inside a request.
        if (model) prepare(model);
        st.model = model;
        st.quarantined = quarantined;
        await this.loadFailures(repo);
        st.lastTrain = st.lastCheck = Date.now();
        return summary;
      } finally {
        st.training = null;
      }
    })();
    return st.training;
  }

  /** The model to answer with: loaded (or first trained) on the first request of a repository. */
  private async model(repo: string): Promise<RiskModel | null> {
    const st = this.state(repo);
    if (st.model === undefined) {
      st.loading ??= (async () => {
        try {
          const model = await loadRiskModel(this.o.store.client, repo);
          if (model) {
            prepare(model);
            st.model = model;
            const [quarantined] = await Promise.all([this.quarantine(repo), this.loadFailures(repo)]);
            st.quarantined = quarantined;
            st.lastCheck = Date.now();
          } else await this.train(repo);
        } finally {
          st.loading = null;
        }
      })();
      await st.loading;
    } else if (!this.closed && !st.background && Date.now() - st.lastCheck >= this.checkEveryMs) {
      st.lastCheck = Date.now();
      st.background = this.refresh(repo)
        .catch((e: unknown) => this.o.onError?.(e, `risk model refresh of ${repo}`))
        .finally(() => (st.background = null));
    }
    return st.model ?? null;
  }

  private async quarantine(repo: string): Promise<Set<string>> {
    this.state(repo).lastQuarantine = Date.now();
    try {
      return await (this.o.quarantined ?? quarantinedTests)(this.o.store.client, repo);
    } catch (e) {
      this.o.onError?.(e, `quarantine of ${repo}`);
      return this.state(repo).quarantined;
    }
  }

  /** Recent real failures of the repository, by commit; and those since the model's as-of time. */
  private async loadFailures(repo: string, version?: string): Promise<void> {
    const st = this.state(repo);
    const rs = await this.o.store.client.query({
      query: `
        SELECT commit, test_id, toUnixTimestamp64Milli(min(started_at)) AS at FROM failure_classes FINAL
        WHERE repo = {repo:String} AND class = 'product'
          AND started_at >= (SELECT max(started_at) FROM failure_classes WHERE repo = {repo:String}) - INTERVAL {days:UInt32} DAY
        GROUP BY commit, test_id`,
      query_params: { repo, days: FAILURE_DAYS },
      format: 'JSONEachRow',
      clickhouse_settings: { log_comment: 'models.risk.engine.failures' },
    });
    const failures = new Map<string, { testId: string; at: number }[]>();
    for (const r of await rs.json<{ commit: string; test_id: string; at: string }>()) {
      let list = failures.get(r.commit);
      if (!list) failures.set(r.commit, (list = []));
      list.push({ testId: r.test_id, at: Number(r.at) });
    }
    st.failures = failures;
    if (version !== undefined) st.failuresVersion = version;
    const asOf = st.model?.asOf.getTime() ?? Infinity;
    st.liveFailures = [...failures.values()].flat().filter((f) => f.at >= asOf);
  }

  /**
   * Background: reload recent failures when their classes changed (and now and then the quarantine
   * list); retrain when data arrived since the model's watermark.
   */
  private async refresh(repo: string): Promise<void> {
    const st = this.state(repo);
    if (Date.now() - st.lastQuarantine >= this.quarantineEveryMs) st.quarantined = await this.quarantine(repo);
    const rs = await this.o.store.client.query({
      query: `
        SELECT toString((SELECT max(computed_at) FROM failure_classes WHERE repo = {repo:String})) AS classes,
               toString(greatest(
                 (SELECT max(ingested_at) FROM ci_runs WHERE repo = {repo:String}),
                 (SELECT max(ingested_at) FROM changes WHERE repo = {repo:String}),
                 (SELECT max(computed_at) FROM failure_classes WHERE repo = {repo:String}))) AS newest`,
      query_params: { repo },
      format: 'JSONEachRow',
      clickhouse_settings: { log_comment: 'models.risk.engine.staleness' },
    });
    const row = (await rs.json<{ classes: string; newest: string }>())[0];
    if (row && row.classes !== st.failuresVersion) await this.loadFailures(repo, row.classes);
    if (Date.now() - st.lastTrain < this.minRetrainMs) return;
    // Another instance trains it now: its model is loaded on a later check, not trained twice at once.
    if (await this.leases.otherHolder(trainLease(repo))) return;
    const newest = row?.newest ?? '';
    const watermark = st.model?.meta.watermark ?? '';
    // Same text format on both sides ('YYYY-MM-DD hh:mm:ss.sss'), so text order is time order.
    if (newest > watermark && !newest.startsWith('1970-')) await this.train(repo);
  }

  /** The newest commit CI ran on the branch (or the default branch) before `exclude`, kept for checkEveryMs. */
  private baseOf(st: RepoState, repo: string, branch: string, exclude: string): Promise<BaseCommit | null> {
    return st.bases.get(`${branch}\n${exclude}`, () => latestRunCommit(this.o.store.client, repo, branch, exclude));
  }

  /** The answer as objects (for code and tests). */
  async assess(req: RiskRequest): Promise<RiskAnswer> {
    const a = await this.evaluate(req);
    try {
      return { ...a.head, tests: Array.from(a.listed, (i, rank) => listedTest(a, i, rank)) };
    } finally {
      if (a.scored) releaseScored(a.scored);
    }
  }

  /**
   * The answer as JSON bytes, for the HTTP route: the listed tests' identity is copied from bytes made
   * once per model (answer-json.ts), so a 10k-test answer costs a few milliseconds, not twenty. Call
   * `release` once the bytes are sent (the buffer is reused for a later answer; not calling it only
   * forgoes the reuse).
   */
  async assessJson(req: RiskRequest): Promise<{ json: Buffer; release(): void }> {
    const a = await this.evaluate(req);
    if (!a.scored || !a.sel) return { json: answerJson(a.head, null), release: () => {} };
    const { scored, sel } = a;
    try {
      const json = answerJson(a.head, {
        model: scored.model,
        listed: a.listed,
        probability: scored.probability,
        selected: sel.selected,
        always: scored.always,
        quarantined: scored.quarantined,
        reasonsJson: (_rank, i) => JSON.stringify(reasonsOf(scored, i)),
        withReasons: a.withReasons,
      });
      let released = false;
      return {
        json,
        release: () => {
          if (!released) releaseAnswer(scored.model, json);
          released = true;
        },
      };
    } finally {
      // The request's per-test buffers go back to the model once the answer's bytes are made.
      releaseScored(scored);
    }
  }

  private async evaluate(req: RiskRequest): Promise<Assessment> {
    const budget = req.budget ?? DEFAULT_BUDGET;
    const model = await this.model(req.repo);
    const st = this.state(req.repo);
    let files: ChangedFile[] | null = req.files
      ? normalizeFiles(req.files.map((f) => (typeof f === 'string' ? { path: f } : f)))
      : null;
    let parent = req.parent ?? '';
    let branch = req.branch ?? '';
    // The stored change is read only when the request lacks its files or its parent.
    if (req.commit && (!files || !parent)) {
      const stored = await readChange(this.o.store.client, req.repo, req.commit);
      if (!files) {
        if (!stored) throw new UnknownChangeError(req.repo, req.commit);
        files = stored.files;
      }
      parent ||= stored?.parent ?? '';
      branch ||= stored?.branch ?? '';
    }
    // The base whose real failures are known failing: the parent, or without one the branch's last run
    // (or the default branch's) before this commit.
    if (!files) throw new InputError('NO_CHANGE', 'name the change: give its commit (sent before to POST /v1/changes) or its files');
    const changed = files;
    const scoring = model !== null && model.tests.length > 0;
    // The base and the other models' hints are independent look-ups in the engine (a few ms each, mostly
    // the engine's per-query cost): asked at once, a request waits for the slowest, not for their sum.
    const [base, mandatory, runtime] = await Promise.all([
      parent
        ? ({ commit: parent, source: 'parent' } as const)
        : this.baseOf(st, req.repo, branch, req.commit ?? ''),
      scoring && this.o.mandatory ? this.o.mandatory(this.o.store.client, req.repo, changed) : undefined,
      scoring && this.o.runtime ? this.o.runtime(req.repo, changed) : undefined,
    ]);
    const parentFailing = new Set((base ? st.failures.get(base.commit) : undefined)?.map((f) => f.testId));
    const lines = files.reduce((n, f) => n + f.added + f.removed, 0);
    const head = {
      repo: req.repo,
      commit: req.commit ?? null,
      parent: parent || null,
      branch: branch || null,
      base,
      budget,
      files: files.length,
      lines,
    };
    if (!model || model.tests.length === 0) {
      return {
        head: {
          ...head,
          history: false,
          message: `no test history for ${req.repo} yet: run every test (upload results with \`signalhouse upload junit\` to teach the model)`,
          model: null,
          riskScore: 1,
          knownFailing: [],
          selected: { count: 0, total: 0, all: true, estimatedMinutes: 0, expectedRecall: 1 },
          changedTestFiles: [],
          unlisted: 0,
        },
        listed: new Uint32Array(0),
        withReasons: 0,
        scored: null,
        sel: null,
      };
    }
    const scored = scoreChange(model, {
      files,
      ...(branch ? { branch } : {}),
      parent: base?.commit,
      parentFailing,
      liveFailures: st.liveFailures,
      at: new Date(),
      quarantined: st.quarantined,
      ...(mandatory ? { mandatory } : {}),
      ...(runtime ? { runtime } : {}),
    });
    const sel = selectTests(scored, budget);
    const limit = req.limit ?? 100;
    // Model indices of the listed tests (tens of thousands at 100k tests: a typed array, not a JS one).
    const listed = new Uint32Array(sel.count + Math.min(limit, sel.eligible - sel.count) + (sel.ranked.length - sel.eligible));
    let nl = 0;
    let extra = 0;
    for (const i of sel.ranked) {
      if (sel.selected[i] || scored.quarantined[i]) listed[nl++] = i;
      else if (extra < limit) {
        listed[nl++] = i;
        extra++;
      }
    }
    return {
      head: {
        ...head,
        history: true,
        message: [
          model.meta.commits === 0
            ? 'no changes recorded yet: the model knows only each test’s own failures (POST /v1/changes, or `--from-git`, to teach it which files break which tests)'
            : '',
          selectionNote(scored, sel, budget),
        ]
          .filter((m) => m !== '')
          .join('; '),
        model: {
          id: model.modelId,
          asOf: model.asOf.toISOString(),
          trainedAt: model.trainedAt,
          tests: model.tests.length,
          commits: model.meta.commits,
          failures: model.meta.positives,
        },
        riskScore: round(scored.riskScore),
        knownFailing: scored.knownFailing.map((i) => {
          const t = model.tests[i]!;
          return { testId: t.testId, suite: t.suite, className: t.className, name: t.name, file: t.file };
        }),
        selected: {
          count: sel.count,
          total: sel.eligible,
          all: sel.count === sel.eligible,
          estimatedMinutes: round(sel.estimatedMs / 60_000, 2),
          expectedRecall: round(sel.expectedRecall),
        },
        changedTestFiles: scored.changedTestFiles,
        unlisted: sel.ranked.length - nl,
      },
      listed: listed.subarray(0, nl),
      withReasons: req.reasons ?? 200,
      scored,
      sel,
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    const pending = [...this.repos.values()].flatMap((s) => [s.loading, s.background, s.training].filter((p) => p !== null));
    await Promise.allSettled(pending);
  }
}

/** What a model's requests reuse, made when it is loaded: its answer bytes, scoring groups and one workspace. */
function prepare(model: RiskModel): void {
  identityOf(model);
  returnWorkspace(model, takeWorkspace(model));
}

interface Assessment {
  head: Omit<RiskAnswer, 'tests'>;
  /** Model test indices to list, in answer order. */
  listed: Uint32Array;
  withReasons: number;
  scored: Scored | null;
  sel: Selection | null;
}

function listedTest(a: Assessment, i: number, rank: number): RiskTest {
  const s = a.scored!;
  const t = s.model.tests[i]!;
  return {
    testId: t.testId,
    suite: t.suite,
    className: t.className,
    name: t.name,
    file: t.file,
    durationMs: t.durationMs,
    probability: round(s.probability[i]!, 6),
    selected: a.sel!.selected[i] === 1,
    always: s.always[i] !== undefined,
    quarantined: s.quarantined[i] === 1,
    reasons: rank < a.withReasons ? reasonsOf(s, i) : [],
  };
}

function round(x: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
