import type { Codebase } from './codebase.ts';
import { compareStrings } from './codebase.ts';
import { Rng, WeightedPicker } from './prng.ts';

// What one authored commit changes: which files, by how many lines, and which tests it adds or deletes.
// Drawn from the timeline's own random stream, in the order timeline.ts asks, so a seed's history is
// the same whichever module holds the code.

export interface FileChange {
  path: string;
  added: number;
  removed: number;
}

export interface CodeState {
  /** 1 when the test (by index) exists at this commit. */
  present: Uint8Array;
  /** Active regression ids. */
  regressions: readonly number[];
}

/** A test appearing (1) or disappearing (0) with a commit. */
export interface TestOp {
  test: number;
  present: 0 | 1;
}

export class CommitContent {
  /** 1 once a test exists or has been added on some line: a test is born once. */
  private readonly claimed: Uint8Array;
  private readonly filePickers = new Map<number, WeightedPicker>();
  private readonly anyFilePicker: WeightedPicker;
  private readonly anyFiles: number[];
  private readonly testFilesOf = new Map<number, number[]>();

  constructor(
    private readonly rng: Rng,
    private readonly cb: Codebase,
  ) {
    this.claimed = new Uint8Array(cb.tests.length);
    for (const t of cb.tests) this.claimed[t.index] = t.initiallyPresent ? 1 : 0;
    this.anyFiles = cb.files.filter((f) => f.kind !== 'test').map((f) => f.index);
    this.anyFilePicker = new WeightedPicker(this.anyFiles.map((i) => cb.files[i]!.churn));
    for (const tf of cb.testFiles) {
      const list = this.testFilesOf.get(tf.subject) ?? [];
      list.push(tf.index);
      this.testFilesOf.set(tf.subject, list);
    }
  }

  /** Files for one commit: mostly from the focus module, heavy-tailed in count and size. */
  pickFiles(focus: number, state: CodeState): FileChange[] {
    const m = this.cb.modules[focus]!;
    let picker = this.filePickers.get(focus);
    if (!picker) {
      picker = new WeightedPicker(m.sourceFiles.map((i) => this.cb.files[i]!.churn));
      this.filePickers.set(focus, picker);
    }
    const n = Math.min(40, Math.floor(this.rng.pareto(1, 1.4)));
    const chosen = new Set<number>();
    for (let k = 0; k < n * 3 && chosen.size < n; k++) {
      const inFocus = this.rng.chance(0.85);
      chosen.add(inFocus ? m.sourceFiles[picker.pick(this.rng)]! : this.anyFiles[this.anyFilePicker.pick(this.rng)]!);
    }
    // Tests usually change with the code they test.
    for (const f of [...chosen]) {
      const tfs = this.testFilesOf.get(f);
      if (tfs && this.rng.chance(0.35)) {
        const tf = this.cb.testFiles[this.rng.pick(tfs)]!;
        if (tf.tests.some((t) => state.present[t] === 1)) chosen.add(tf.file);
      }
    }
    return [...chosen]
      .map((i) => ({ path: this.cb.files[i]!.path, ...this.diffSize() }))
      .sort((x, y) => compareStrings(x.path, y.path));
  }

  private diffSize(): { added: number; removed: number } {
    const added = Math.max(0, Math.round(this.rng.logNormal(12, 1.3)));
    const removed = this.rng.chance(0.25) ? 0 : Math.max(1, Math.round(this.rng.logNormal(5, 1.4)));
    return { added: Math.max(added, removed === 0 ? 1 : 0), removed };
  }

  /**
   * Adds not-yet-born tests of the module (sometimes a whole new test file) or deletes a few; edits
   * `files` to include the test file. Returns the presence changes (the state is copied on write).
   */
  testChanges(focus: number, present: Uint8Array, files: FileChange[]): TestOp[] {
    const m = this.cb.modules[focus]!;
    const ops: TestOp[] = [];
    if (this.rng.chance(0.07)) {
      const withNew = m.testFiles.filter((tf) => this.cb.testFiles[tf]!.tests.some((t) => this.claimed[t] === 0));
      if (withNew.length > 0) {
        const tf = this.cb.testFiles[this.rng.pick(withNew)]!;
        const unborn = tf.tests.filter((t) => this.claimed[t] === 0);
        const k = Math.min(unborn.length, this.rng.int(1, 5));
        for (const t of unborn.slice(0, k)) {
          this.claimed[t] = 1;
          ops.push({ test: t, present: 1 });
        }
        addChange(files, this.cb.files[tf.file]!.path, k * this.rng.int(8, 30), 0);
      }
    }
    if (this.rng.chance(0.025)) {
      const live = m.testFiles
        .flatMap((tf) => this.cb.testFiles[tf]!.tests)
        .filter((t) => present[t] === 1 && !ops.some((o) => o.test === t));
      if (live.length > 2) {
        const doomed = this.rng.sample(live, this.rng.int(1, 2));
        for (const t of doomed) {
          ops.push({ test: t, present: 0 });
          addChange(files, this.cb.tests[t]!.path, 0, this.rng.int(8, 40));
        }
      }
    }
    files.sort((x, y) => compareStrings(x.path, y.path));
    return ops;
  }
}

/** Adds lines to the file's entry in `files`, or the file itself. */
export function addChange(files: FileChange[], path: string, added: number, removed: number): void {
  const f = files.find((x) => x.path === path);
  if (f) {
    f.added += added;
    f.removed += removed;
  } else files.push({ path, added, removed });
}
