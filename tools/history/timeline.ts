// The commit timeline: direct pushes to main, feature branches (pull requests) squash-merged into
// main later, regressions introduced by commits and fixed by later commits on the same branch, and
// tests added and deleted along the way.
//
// The code state (which tests exist, which regressions are active) follows commit ancestry: a commit
// inherits its parent's state and applies its own changes. Rules that keep the ground truth exact:
// - a branch forks from the newest main commit without an active regression ("branch from green");
// - a branch merges only when it has no active regression, so branch regressions never reach main;
// - a squash merge brings the branch's test additions and deletions to main, not its history.
// Flows (`--flow`): `pr` as above; `single`, every commit pushed straight to main (no branches);
// `pr-from-head`, branches fork from main's head even while main is red, so a regression on main
// fails on every branch forked before its fix (what knownFailing must see apart), and a branch
// merges once its own regressions are fixed (the merge takes main's state, fixes included);
// `merge-queue`, branches as in `pr`, but a green pull request enters a merge queue (merge-queue.ts)
// that tests groups of them on a temporary branch and fast-forwards main to green groups only; no
// direct pushes (branch protection), so main stays green and a semantic conflict between pull
// requests breaks only the queue's commit.
// Calendar: weekday commit rate r, weekends 0.2·r, scaled so the mean over all days is commitsPerDay;
// times cluster around working hours, with a tail of late commits.
// What an authored commit changes is drawn by commit-content.ts; how likely it is to bring a
// regression, by change-weight.ts (`--change-risk`).

import { changeWeight, regressionChance, type ChangeRisk } from './change-weight.ts';
import type { Codebase } from './codebase.ts';
import { compareStrings } from './codebase.ts';
import { MergeQueue, queueBranch, type QueueGroup } from './merge-queue.ts';
import { addChange, CommitContent, type CodeState, type FileChange, type TestOp } from './commit-content.ts';
import { Rng, WeightedPicker } from './prng.ts';

export type { CodeState, FileChange } from './commit-content.ts';

export type CommitKind = 'push' | 'merge' | 'branch' | 'queue';

export interface Commit {
  index: number;
  sha: string;
  parent: string;
  branch: string;
  kind: CommitKind;
  /** Epoch ms. */
  at: number;
  /** Pull request number for branch commits, '' on main. */
  changeId: string;
  files: FileChange[];
  state: CodeState;
}

export interface Regression {
  id: number;
  commit: string;
  branch: string;
  introducedAt: number;
  /** The changed file that broke the tests. */
  file: number;
  brokenTests: number[];
  fixCommit: string | null;
  fixedAt: number | null;
  fixKind: 'fix' | 'revert' | null;
  /** Every commit that carries the regression, in time order (the introducing commit first). */
  commits: string[];
}

export interface LifecycleEvent {
  test: number;
  event: 'added' | 'deleted';
  commit: string;
  branch: string;
  at: number;
}

export interface Timeline {
  commits: Commit[];
  regressions: Regression[];
  lifecycle: LifecycleEvent[];
  pullRequests: PullRequest[];
  /** Groups the merge queue tested (`merge-queue` flow only). */
  queueGroups: QueueGroup[];
}

export interface PullRequest {
  number: number;
  branch: string;
  openedAt: number;
  mergedAt: number | null;
  mergeCommit: string | null;
  abandoned: boolean;
}

export const FLOWS = ['pr', 'single', 'pr-from-head', 'merge-queue'] as const;
export type Flow = (typeof FLOWS)[number];

export interface TimelineOptions {
  flow: Flow;
  start: number;
  days: number;
  commitsPerDay: number;
  /** Chance that a branch commit introduces a regression (main pushes: ×0.6, merges: ×0.3). */
  regressionRate: number;
  /** Whether an authored commit's chance of a regression follows its size (change-weight.ts); default uniform. */
  changeRisk?: ChangeRisk;
}

const DAY_MS = 86_400_000;
const MAIN = 'main';

interface PendingFix {
  regression: number;
  /** Further commits on the same branch before the fixing one. */
  remaining: number;
}

interface Line {
  name: string;
  head: string;
  state: CodeState;
  pending: PendingFix[];
}

interface Branch extends Line {
  pr: number;
  focus: number;
  planned: number;
  done: number;
  abandon: boolean;
  openedAt: number;
  changes: Map<string, FileChange>;
  /** Test presence changes made on the branch, in order; replayed onto main at merge. */
  testOps: TestOp[];
  /** A file the next commit must touch: the branch's part of a conflict that got it ejected from the merge queue. */
  mustTouch: string | null;
}

export function buildTimeline(rng: Rng, codebase: Codebase, opts: TimelineOptions): Timeline {
  return new TimelineBuilder(rng, codebase, opts).build();
}

class TimelineBuilder {
  private readonly commits: Commit[] = [];
  private readonly regressions: Regression[] = [];
  private readonly lifecycle: LifecycleEvent[] = [];
  private readonly pullRequests: PullRequest[] = [];
  private readonly main: Line;
  private lastGreen: { sha: string; state: CodeState };
  private readonly open: Branch[] = [];
  private readonly modulePicker: WeightedPicker;
  private readonly fileIndex: Map<string, number>;
  private nextPr = 1187;
  private readonly branchNames = new Set<string>([MAIN]);
  private readonly queue: MergeQueue<TestOp> | null;
  private readonly queued = new Map<number, Branch>();
  private readonly content: CommitContent;

  constructor(
    private readonly rng: Rng,
    private readonly cb: Codebase,
    private readonly opts: TimelineOptions,
  ) {
    const present = new Uint8Array(cb.tests.length);
    for (const t of cb.tests) present[t.index] = t.initiallyPresent ? 1 : 0;
    this.content = new CommitContent(rng, cb);
    this.queue = opts.flow === 'merge-queue' ? new MergeQueue<TestOp>() : null;
    const root = { sha: rng.hex(40), state: { present, regressions: [] } };
    this.main = { name: MAIN, head: root.sha, state: root.state, pending: [] };
    this.lastGreen = root;
    this.modulePicker = new WeightedPicker(cb.modules.map((m) => m.sourceFiles.length * (m.spec.shared ? 0.5 : 1)));
    this.fileIndex = new Map(cb.files.map((f) => [f.path, f.index] as const));
  }

  build(): Timeline {
    for (const at of this.slotTimes()) this.step(at);
    const { commits, regressions, lifecycle, pullRequests } = this;
    return { commits, regressions, lifecycle, pullRequests, queueGroups: this.queue?.groups ?? [] };
  }

  private slotTimes(): number[] {
    const { start, days, commitsPerDay } = this.opts;
    const weekdayRate = (commitsPerDay * 7) / 5.4;
    const times: number[] = [];
    for (let d = 0; d < days; d++) {
      const dayStart = start + d * DAY_MS;
      const weekday = new Date(dayStart).getUTCDay();
      const weekend = weekday === 0 || weekday === 6;
      const n = this.rng.poisson(weekend ? weekdayRate * 0.2 : weekdayRate);
      for (let i = 0; i < n; i++) {
        // Working hours around 14:00 UTC (a team spread over Europe and the Americas), plus stragglers.
        const hour = this.rng.chance(0.1)
          ? this.rng.next() * 24
          : Math.min(23.99, Math.max(6, 14 + 2.8 * this.rng.normal()));
        times.push(dayStart + Math.floor(hour * 3_600_000) + this.rng.int(0, 59_999));
      }
    }
    return times.sort((a, b) => a - b);
  }

  private step(at: number): void {
    // The queue starts a group sooner the more pull requests wait (GitHub waits for a full group or a timeout).
    if (this.queue && this.queue.size > 0 && this.rng.chance(Math.min(0.8, 0.1 + 0.15 * this.queue.size))) {
      this.testQueueGroup(this.queue, at);
      return;
    }
    if (this.opts.flow === 'single' || this.main.pending.some((p) => p.remaining <= 0)) {
      this.mainCommit(at);
      return;
    }
    if (this.opts.flow !== 'merge-queue' && this.rng.chance(0.12)) {
      this.mainCommit(at);
      return;
    }
    const target = Math.max(3, Math.round(this.opts.commitsPerDay * 0.6));
    if (this.open.length === 0 || this.rng.chance(this.open.length < target ? 0.45 : 0.08)) {
      this.branchCommit(this.openBranch(at), at);
      return;
    }
    // Developers come back sooner to a branch whose CI they broke.
    const weights = this.open.map((b) => (b.pending.length > 0 ? 3 : 1));
    const b = this.open[new WeightedPicker(weights).pick(this.rng)]!;
    if (b.done >= b.planned && (b.abandon || !this.hasOwnRegression(b))) {
      this.open.splice(this.open.indexOf(b), 1);
      const pr = this.pullRequests.find((p) => p.number === b.pr)!;
      if (b.abandon) {
        pr.abandoned = true;
        this.branchCommit(this.openBranch(at), at);
      } else if (this.queue) {
        const files = [...b.changes.values()].sort((x, y) => compareStrings(x.path, y.path));
        this.queue.enqueue({ pr: b.pr, branch: b.name, files, testOps: b.testOps, enqueuedAt: at });
        this.queued.set(b.pr, b);
      } else {
        this.mergeCommit(b, at);
        pr.mergedAt = at;
        pr.mergeCommit = this.main.head;
      }
      return;
    }
    this.branchCommit(b, at);
  }

  /** Regressions the branch carries: all of them, or with `pr-from-head` only those it introduced. */
  private hasOwnRegression(b: Branch): boolean {
    if (this.opts.flow !== 'pr-from-head') return b.state.regressions.length > 0;
    return b.state.regressions.some((id) => this.regressions[id]!.branch === b.name);
  }

  private openBranch(at: number): Branch {
    const focus = this.modulePicker.pick(this.rng);
    const m = this.cb.modules[focus]!;
    const prefix = this.rng.pick(['feature', 'feature', 'fix', 'chore', 'refactor']);
    const word = this.rng.pick(m.spec.words).replace(/_/g, '-').toLowerCase();
    const pr = this.nextPr++;
    let name = `${prefix}/SHOP-${3000 + this.rng.int(0, 6999)}-${m.spec.name}-${word}`;
    if (this.branchNames.has(name)) name = `${name}-${pr}`;
    this.branchNames.add(name);
    const base = this.opts.flow === 'pr-from-head' ? { sha: this.main.head, state: this.main.state } : this.lastGreen;
    const b: Branch = {
      name,
      head: base.sha,
      state: base.state,
      pending: [],
      pr,
      focus,
      planned: Math.min(15, this.rng.geometric(0.3)),
      done: 0,
      abandon: this.rng.chance(0.06),
      openedAt: at,
      changes: new Map(),
      testOps: [],
      mustTouch: null,
    };
    this.open.push(b);
    this.pullRequests.push({ number: pr, branch: b.name, openedAt: at, mergedAt: null, mergeCommit: null, abandoned: false });
    return b;
  }

  private branchCommit(b: Branch, at: number): void {
    const files = this.content.pickFiles(b.focus, b.state);
    if (b.mustTouch !== null) {
      addChange(files, b.mustTouch, this.rng.int(1, 25), this.rng.int(1, 20));
      b.mustTouch = null;
    }
    const fixed = this.takeDueFixes(b, files);
    const ops = this.content.testChanges(b.focus, b.state.present, files);
    const c = this.commit(b, at, 'branch', String(b.pr), files, nextState(b.state, fixed, ops), ops);
    this.markFixed(fixed, c, 'fix');
    for (const op of ops) b.testOps.push(op);
    for (const f of c.files) {
      const prev = b.changes.get(f.path);
      const merged = prev ? { path: f.path, added: prev.added + f.added, removed: prev.removed + f.removed } : { ...f };
      b.changes.set(f.path, merged);
    }
    b.done++;
    // Most branch regressions are fixed by the author's next push or the one after; some linger.
    const fixDelay = (): number => (this.rng.chance(0.5) ? 0 : this.rng.chance(0.6) ? 1 : this.rng.int(2, 4));
    this.maybeRegress(b, c, this.opts.regressionRate, fixDelay, this.weightOf(c));
  }

  private mainCommit(at: number): void {
    const due = this.main.pending.find((p) => p.remaining <= 0);
    const focus = this.modulePicker.pick(this.rng);
    // A fix on main is a revert of the breaking commit half of the time.
    const revert = due !== undefined && this.rng.chance(0.5);
    const files = revert ? this.revertFiles(due.regression) : this.content.pickFiles(focus, this.main.state);
    const fixed = this.takeDueFixes(this.main, files);
    const ops = due ? [] : this.content.testChanges(focus, this.main.state.present, files);
    const c = this.commit(this.main, at, 'push', '', files, nextState(this.main.state, fixed, ops), ops);
    this.markFixed(fixed, c, revert ? 'revert' : 'fix');
    // Straight pushes are reviewed less than branches; with no branches at all they carry every change.
    this.afterMainCommit(c, due ? 0 : this.opts.regressionRate * (this.opts.flow === 'single' ? 1 : 0.6), this.weightOf(c));
  }

  private mergeCommit(b: Branch, at: number): void {
    const files = [...b.changes.values()].sort((x, y) => compareStrings(x.path, y.path));
    const fixed = this.takeDueFixes(this.main, files);
    const ops = b.testOps.filter((op) => this.main.state.present[op.test] !== op.present);
    const c = this.commit(this.main, at, 'merge', '', files, nextState(this.main.state, fixed, b.testOps), ops);
    this.markFixed(fixed, c, 'fix');
    // Semantic conflicts: a merge of two green changes can still break main, more rarely. Its own
    // lines were weighed on the branch; what may break here is how changes combine.
    this.afterMainCommit(c, this.opts.regressionRate * 0.3, 1);
  }

  /**
   * Tests the queue's next group on its temporary branch: one commit on main's head with every change
   * of the group. Green: main fast-forwards to it. Red (a semantic conflict, likelier the larger the
   * group): the pull request that touched the broken file goes back to its branch, the rest back to
   * the head of the queue; the queue commit and its regression are never part of main.
   */
  private testQueueGroup(queue: MergeQueue<TestOp>, at: number): void {
    const group = queue.takeGroup(this.rng);
    const base = this.main.head;
    const line: Line = { name: queueBranch(group[group.length - 1]!.pr, base), head: base, state: this.main.state, pending: [] };
    const files: FileChange[] = [];
    for (const g of group) for (const f of g.files) addChange(files, f.path, f.added, f.removed);
    files.sort((x, y) => compareStrings(x.path, y.path));
    const ops = group.flatMap((g) => g.testOps);
    const effective = ops.filter((op) => this.main.state.present[op.test] !== op.present);
    const c = this.commit(line, at, 'queue', '', files, nextState(this.main.state, new Set(), ops), effective);
    const before = this.regressions.length;
    // Conflicts between the group's pull requests, as for a merge: the more of them, the likelier.
    this.maybeRegress(line, c, this.opts.regressionRate * 0.3 * group.length, () => 0, 1);
    const prs = group.map((g) => g.pr);
    if (this.regressions.length > before) {
      const broken = this.cb.files[this.regressions[before]!.file]!.path;
      const culprit = MergeQueue.culprit(group, broken);
      queue.requeueFront(group.filter((g) => g !== culprit));
      const b = this.queued.get(culprit.pr)!;
      this.queued.delete(culprit.pr);
      b.planned = b.done + 1;
      b.mustTouch = broken;
      this.open.push(b);
      queue.groups.push({ branch: line.name, commit: c.sha, base, prs, at, green: false, ejected: culprit.pr });
      return;
    }
    this.main.head = c.sha;
    this.main.state = c.state;
    this.lastGreen = { sha: c.sha, state: c.state };
    for (const g of group) {
      const b = this.queued.get(g.pr)!;
      this.queued.delete(g.pr);
      const pr = this.pullRequests.find((p) => p.number === b.pr)!;
      pr.mergedAt = at;
      pr.mergeCommit = c.sha;
    }
    queue.groups.push({ branch: line.name, commit: c.sha, base, prs, at, green: true, ejected: null });
  }

  private afterMainCommit(c: Commit, regressionRate: number, weight: number): void {
    // Main is fixed within a few pushes, sometimes only after a day or two.
    this.maybeRegress(this.main, c, regressionRate, () => (this.rng.chance(0.8) ? this.rng.int(1, 8) : this.rng.int(9, 30)), weight);
    if (this.main.state.regressions.length === 0) this.lastGreen = { sha: c.sha, state: c.state };
  }

  private commit(
    line: Line,
    at: number,
    kind: CommitKind,
    changeId: string,
    files: FileChange[],
    state: CodeState,
    ops: TestOp[],
  ): Commit {
    const sha = this.rng.hex(40);
    const c: Commit = { index: this.commits.length, sha, parent: line.head, branch: line.name, kind, at, changeId, files, state };
    this.commits.push(c);
    line.head = c.sha;
    line.state = state;
    for (const op of ops) {
      this.lifecycle.push({ test: op.test, event: op.present ? 'added' : 'deleted', commit: c.sha, branch: line.name, at });
    }
    for (const r of state.regressions) this.regressions[r]!.commits.push(c.sha);
    return c;
  }

  /**
   * The line's regressions whose fix is due with this commit; counts down the others. The fixing
   * commit touches the broken file, as real fixes do.
   */
  private takeDueFixes(line: Line, files: FileChange[]): Set<number> {
    const due = line.pending.filter((p) => p.remaining <= 0);
    line.pending = line.pending.filter((p) => p.remaining > 0);
    for (const p of line.pending) p.remaining--;
    for (const p of due) {
      const path = this.cb.files[this.regressions[p.regression]!.file]!.path;
      addChange(files, path, this.rng.int(1, 25), this.rng.int(1, 20));
    }
    files.sort((x, y) => compareStrings(x.path, y.path));
    return new Set(due.map((p) => p.regression));
  }

  private markFixed(fixed: Set<number>, c: Commit, kind: 'fix' | 'revert'): void {
    for (const id of fixed) {
      const r = this.regressions[id]!;
      r.fixCommit = c.sha;
      r.fixedAt = c.at;
      r.fixKind = kind;
    }
  }

  private weightOf(c: Commit): number {
    if (this.opts.changeRisk !== 'size') return 1;
    return changeWeight(c.files, (path) => {
      const i = this.fileIndex.get(path);
      return i !== undefined && this.cb.files[i]!.kind !== 'test';
    });
  }

  /**
   * Plants a regression with probability 1 − (1 − rate)^weight: `rate` for a commit of average size
   * (weight 1), more for a larger one, less for a one-line fix. One draw whatever the weight.
   */
  private maybeRegress(line: Line, c: Commit, rate: number, fixDelay: () => number, weight: number): void {
    if (!this.rng.chance(regressionChance(rate, weight))) return;
    // The breaking file: one of the commit's changed files that live tests depend on.
    const candidates = c.files
      .map((f) => this.fileIndex.get(f.path))
      .filter((i): i is number => i !== undefined && this.cb.files[i]!.kind !== 'test')
      .map((i) => ({ i, tests: this.cb.dependents[i]!.filter((t) => c.state.present[t] === 1 && !this.cb.tests[t]!.skipReason) }))
      .filter((x) => x.tests.length > 0);
    if (candidates.length === 0) return;
    const { i, tests } = this.rng.pick(candidates);
    // Most regressions break a handful of tests; a few break dozens (a shared utility, a schema).
    const k = Math.min(tests.length, Math.max(1, Math.floor(this.rng.pareto(1, 1.1))));
    const broken = this.rng.sample(tests, k).sort((a, b) => a - b);
    const id = this.regressions.length;
    this.regressions.push({
      id,
      commit: c.sha,
      branch: line.name,
      introducedAt: c.at,
      file: i,
      brokenTests: broken,
      fixCommit: null,
      fixedAt: null,
      fixKind: null,
      commits: [c.sha],
    });
    const state: CodeState = { present: c.state.present, regressions: [...c.state.regressions, id] };
    c.state = state;
    line.state = state;
    line.pending.push({ regression: id, remaining: fixDelay() });
  }

  private revertFiles(regression: number): FileChange[] {
    const r = this.regressions[regression]!;
    const intro = this.commits.find((c) => c.sha === r.commit)!;
    return intro.files.map((f) => ({ path: f.path, added: f.removed, removed: f.added }));
  }
}

/** The state after a commit: copied only when something changed, so most commits share arrays. */
function nextState(prev: CodeState, fixed: Set<number>, ops: readonly TestOp[]): CodeState {
  if (fixed.size === 0 && ops.length === 0) return prev;
  let present = prev.present;
  if (ops.length > 0) {
    present = present.slice();
    for (const op of ops) present[op.test] = op.present;
  }
  return { present, regressions: fixed.size === 0 ? prev.regressions : prev.regressions.filter((id) => !fixed.has(id)) };
}
