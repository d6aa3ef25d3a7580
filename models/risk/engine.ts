import type { ClickHouseClient } from '@clickhouse/client';
import { InputError } from '../../ingestion/errors.ts';
import { normalizeFiles, type ChangedFile } from '../../src/store/changes.ts';
import type { Store } from '../../src/store/clickhouse.ts';
import { ensureFailureClasses } from '../failures/classify.ts';
import { quarantinedTests } from '../flakiness/model.ts';
import { loadRiskModel, type RiskModel } from './model.ts';
import { reasonsOf, scoreChange, selectTests, type Budget, type ScoredTest } from './score.ts';
import { trainRiskModel, type TrainSummary } from './train.ts';

// Serves risk questions for every repository of one service process. Per repository it keeps the
// newest trained model in memory; a request scores against it and does at most one indexed query
// (the commit's stored change and the real failures of its parent). Training is never on the request
// path once a model exists: a request at most starts a background check (every `checkEveryMs`),
// which retrains when results, changes or failure classes arrived since the model's watermark, at
// most once per `minRetrainMs`.

export interface RiskEngineOptions {
  store: Store;
  checkEveryMs?: number;
  minRetrainMs?: number;
  /** Makes failure_classes current before training (models/failures). */
  classify?: (client: ClickHouseClient, repo: string) => Promise<void>;
  /** Tests in quarantine: reported, never selected (models/flakiness). */
  quarantined?: (client: ClickHouseClient, repo: string) => Promise<Set<string>>;
  /** Tests that must run for a change, with why: incident regression suites of the services it touches. */
  mandatory?: (client: ClickHouseClient, repo: string, files: readonly ChangedFile[]) => Promise<Map<string, string>>;
  onError?: (err: unknown, what: string) => void;
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
  reasons: { code: string; text: string; logOdds: number }[];
}

export interface RiskAnswer {
  repo: string;
  commit: string | null;
  parent: string | null;
  branch: string | null;
  history: boolean;
  message: string;
  model: { id: string; asOf: string; trainedAt: string; tests: number; commits: number; failures: number } | null;
  riskScore: number;
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
  lastCheck: number;
  lastTrain: number;
  loading: Promise<void> | null;
  background: Promise<void> | null;
  training: Promise<TrainSummary> | null;
}

export const DEFAULT_BUDGET: Budget = { confidence: 0.95 };
const MAX_REPOS = 1_000;

export class UnknownChangeError extends InputError {
  constructor(repo: string, commit: string) {
    super(
      'UNKNOWN_CHANGE',
      `no change recorded for commit ${commit} in ${repo}: send its files in the request, or POST /v1/changes first`,
      404,
    );
  }
}

export class RiskEngine {
  private readonly repos = new Map<string, RepoState>();
  private readonly checkEveryMs: number;
  private readonly minRetrainMs: number;
  private closed = false;

  constructor(private readonly o: RiskEngineOptions) {
    this.checkEveryMs = o.checkEveryMs ?? 10_000;
    this.minRetrainMs = o.minRetrainMs ?? 60_000;
  }

  private state(repo: string): RepoState {
    let st = this.repos.get(repo);
    if (!st) {
      if (this.repos.size >= MAX_REPOS) {
        const oldest = [...this.repos].find(([, s]) => !s.loading && !s.background && !s.training);
        if (oldest) this.repos.delete(oldest[0]);
      }
      st = { model: undefined, quarantined: new Set(), lastCheck: 0, lastTrain: 0, loading: null, background: null, training: null };
      this.repos.set(repo, st);
    }
    return st;
  }

  /** Trains the repository's model now (classifying failures first) and serves it from then on. */
  async train(repo: string): Promise<TrainSummary> {
    const st = this.state(repo);
    st.training ??= (async () => {
      try {
        await (this.o.classify ?? ensureFailureClasses)(this.o.store.client, repo);
        const summary = await trainRiskModel(this.o.store, repo);
        st.lastTrain = Date.now();
        st.model = summary.tests > 0 ? await loadRiskModel(this.o.store.client, repo) : null;
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
          const [model, quarantined] = await Promise.all([loadRiskModel(this.o.store.client, repo), this.quarantine(repo)]);
          st.quarantined = quarantined;
          st.lastCheck = Date.now();
          if (model) st.model = model;
          else await this.train(repo);
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
    try {
      return await (this.o.quarantined ?? quarantinedTests)(this.o.store.client, repo);
    } catch (e) {
      this.o.onError?.(e, `quarantine of ${repo}`);
      return this.state(repo).quarantined;
    }
  }

  /** Background: new quarantine list; retrain when data arrived since the model's watermark. */
  private async refresh(repo: string): Promise<void> {
    const st = this.state(repo);
    st.quarantined = await this.quarantine(repo);
    if (Date.now() - st.lastTrain < this.minRetrainMs) return;
    const rs = await this.o.store.client.query({
      query: `
        SELECT toString(greatest(
          (SELECT max(ingested_at) FROM ci_runs WHERE repo = {repo:String}),
          (SELECT max(ingested_at) FROM changes WHERE repo = {repo:String}),
          (SELECT max(computed_at) FROM failure_classes WHERE repo = {repo:String}))) AS newest`,
      query_params: { repo },
      format: 'JSONEachRow',
      clickhouse_settings: { log_comment: 'models.risk.engine.staleness' },
    });
    const newest = (await rs.json<{ newest: string }>())[0]?.newest ?? '';
    const watermark = st.model?.meta.watermark ?? '';
    // Same text format on both sides ('YYYY-MM-DD hh:mm:ss.sss'), so text order is time order.
    if (newest > watermark && !newest.startsWith('1970-')) await this.train(repo);
  }

  async assess(req: RiskRequest): Promise<RiskAnswer> {
    const budget = req.budget ?? DEFAULT_BUDGET;
    const model = await this.model(req.repo);
    const st = this.state(req.repo);
    let files: ChangedFile[] | null = req.files
      ? normalizeFiles(req.files.map((f) => (typeof f === 'string' ? { path: f } : f)))
      : null;
    let parent = req.parent ?? '';
    let branch = req.branch ?? '';
    let parentFailing = new Set<string>();
    if (req.commit || parent) {
      const looked = await lookupChange(this.o.store.client, req.repo, req.commit ?? '', parent);
      if (!files) {
        if (!looked.found) throw new UnknownChangeError(req.repo, req.commit ?? '');
        files = looked.files;
      }
      parent ||= looked.parent;
      branch ||= looked.branch;
      parentFailing = looked.failing;
    }
    if (!files) throw new InputError('NO_CHANGE', 'name the change: give its commit (sent before to POST /v1/changes) or its files');
    const lines = files.reduce((n, f) => n + f.added + f.removed, 0);
    const head = {
      repo: req.repo,
      commit: req.commit ?? null,
      parent: parent || null,
      branch: branch || null,
      budget,
      files: files.length,
      lines,
    };
    if (!model || model.tests.length === 0) {
      return {
        ...head,
        history: false,
        message: `no test history for ${req.repo} yet: run every test (upload results with \`signalhouse upload junit\` to teach the model)`,
        model: null,
        riskScore: 1,
        selected: { count: 0, total: 0, all: true, estimatedMinutes: 0, expectedRecall: 1 },
        changedTestFiles: [],
        tests: [],
        unlisted: 0,
      };
    }
    const mandatory = this.o.mandatory ? await this.o.mandatory(this.o.store.client, req.repo, files) : undefined;
    const scored = scoreChange(model, {
      files,
      parent: parent || undefined,
      parentFailing,
      at: new Date(),
      quarantined: st.quarantined,
      ...(mandatory ? { mandatory } : {}),
    });
    const sel = selectTests(scored.tests, budget, model.medianDurationMs);
    const limit = req.limit ?? 100;
    const listed: ScoredTest[] = [];
    let extra = 0;
    for (const s of sel.ranked) {
      if (sel.selected.has(s) || s.quarantined) listed.push(s);
      else if (extra < limit) {
        listed.push(s);
        extra++;
      }
    }
    const ctx = { parent: parent || undefined, lines, files: files.length };
    const eligible = scored.tests.filter((s) => !s.quarantined).length;
    return {
      ...head,
      history: true,
      message:
        model.meta.commits === 0
          ? 'no changes recorded yet: the model knows only each test’s own failures (POST /v1/changes, or `--from-git`, to teach it which files break which tests)'
          : '',
      model: {
        id: model.modelId,
        asOf: model.asOf.toISOString(),
        trainedAt: model.trainedAt,
        tests: model.tests.length,
        commits: model.meta.commits,
        failures: model.meta.positives,
      },
      riskScore: round(scored.riskScore),
      selected: {
        count: sel.selected.size,
        total: eligible,
        all: sel.selected.size === eligible,
        estimatedMinutes: round(sel.estimatedMs / 60_000, 2),
        expectedRecall: round(sel.expectedRecall),
      },
      changedTestFiles: scored.changedTestFiles,
      tests: listed.map((s) => ({
        testId: s.test.testId,
        suite: s.test.suite,
        className: s.test.className,
        name: s.test.name,
        file: s.test.file,
        probability: round(s.probability, 6),
        selected: sel.selected.has(s),
        always: s.always !== null,
        quarantined: s.quarantined,
        durationMs: s.test.durationMs,
        reasons: reasonsOf(s, ctx),
      })),
      unlisted: sel.ranked.length - listed.length,
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    const pending = [...this.repos.values()].flatMap((s) => [s.loading, s.background, s.training].filter((p) => p !== null));
    await Promise.allSettled(pending);
  }
}

function round(x: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/**
 * One round trip: the stored change of the commit (files, parent, branch) and the tests that failed
 * for real on its parent (given, or the stored one).
 */
async function lookupChange(
  client: ClickHouseClient,
  repo: string,
  commit: string,
  parent: string,
): Promise<{ found: boolean; files: ChangedFile[]; parent: string; branch: string; failing: Set<string> }> {
  const rs = await client.query({
    query: `
      SELECT 'file' AS kind, path AS a, parent AS b, branch AS c, added, removed
      FROM changes FINAL WHERE repo = {repo:String} AND commit = {commit:String} AND {commit:String} != ''
      UNION ALL
      SELECT DISTINCT 'failing' AS kind, test_id AS a, '' AS b, '' AS c, toUInt32(0) AS added, toUInt32(0) AS removed
      FROM failure_classes FINAL
      WHERE repo = {repo:String} AND class = 'product'
        AND commit = if({parent:String} != '', {parent:String},
                        (SELECT any(parent) FROM changes WHERE repo = {repo:String} AND commit = {commit:String}))
        AND commit != ''`,
    query_params: { repo, commit, parent },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'models.risk.engine.lookupChange' },
  });
  const rows = await rs.json<{ kind: string; a: string; b: string; c: string; added: number; removed: number }>();
  const files: ChangedFile[] = [];
  const failing = new Set<string>();
  let storedParent = '';
  let branch = '';
  for (const r of rows) {
    if (r.kind === 'file') {
      files.push({ path: r.a, added: Number(r.added), removed: Number(r.removed) });
      storedParent ||= r.b;
      branch ||= r.c;
    } else failing.add(r.a);
  }
  files.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
  return { found: files.length > 0, files, parent: storedParent, branch, failing };
}
