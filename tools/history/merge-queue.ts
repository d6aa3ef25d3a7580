// The merge queue of `--flow merge-queue`, shaped like GitHub's: a pull request green on its own
// branch enters the queue instead of merging; the queue tests groups of 1–4 queued pull requests
// together on a temporary branch `gh-readonly-queue/main/pr-<n>-<base sha>` (n: the group's last pull
// request, base: main's head), one commit combining the group on top of main. A green group
// fast-forwards main to that very commit; a red one is bisected: the pull request whose change broke
// the tests leaves the queue (its author fixes it on the branch and queues it again), the rest are
// tested again. timeline.ts makes the commits; this module keeps the queue and its record.

import type { Rng } from './prng.ts';

export interface QueuedChange<Op> {
  pr: number;
  branch: string;
  /** The pull request's files, summed over its commits. */
  files: { path: string; added: number; removed: number }[];
  /** Test presence changes of the pull request, in order. */
  testOps: Op[];
  enqueuedAt: number;
}

/** One tested group, as ground-truth.json records it. */
export interface QueueGroup {
  branch: string;
  commit: string;
  /** main's head the group was tested on. */
  base: string;
  prs: number[];
  at: number;
  green: boolean;
  /** The pull request removed from the queue when the group was red. */
  ejected: number | null;
}

export const MAX_GROUP = 4;

export function queueBranch(pr: number, base: string): string {
  return `gh-readonly-queue/main/pr-${pr}-${base}`;
}

export class MergeQueue<Op> {
  private readonly waiting: QueuedChange<Op>[] = [];
  readonly groups: QueueGroup[] = [];

  get size(): number {
    return this.waiting.length;
  }

  enqueue(change: QueuedChange<Op>): void {
    this.waiting.push(change);
  }

  /** The next group: the first 1–4 waiting changes, in queue order. */
  takeGroup(rng: Rng): QueuedChange<Op>[] {
    const n = Math.min(this.waiting.length, rng.int(1, MAX_GROUP));
    return this.waiting.splice(0, n);
  }

  /** Puts the rest of a red group back at the head of the queue, in their order. */
  requeueFront(changes: QueuedChange<Op>[]): void {
    this.waiting.unshift(...changes);
  }

  /**
   * The change a red group ejects: the first pull request that touched the broken file, as bisecting
   * the group finds it (the queue tests subsets until the failing change is isolated).
   */
  static culprit<Op>(group: QueuedChange<Op>[], brokenPath: string): QueuedChange<Op> {
    return group.find((c) => c.files.some((f) => f.path === brokenPath)) ?? group[group.length - 1]!;
  }
}
