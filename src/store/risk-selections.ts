import { randomUUID } from 'node:crypto';
import type { Store } from './clickhouse.ts';
import { clickhouseTime } from './rows.ts';

// What risk-based selection decided for a commit (table `risk_selections`, migration 0023), so the
// weekly report can tell how selection did: runs that used it, tests it skipped, and its misses.

export interface SelectionRecord {
  repo: string;
  commit: string;
  branch: string;
  askedAt: Date;
  /** Tests the model knew: the selected ones ran, the others were skipped. */
  total: number;
  selected: string[];
  quarantined: string[];
  riskScore: number;
}

/** The fields of a risk answer (models/risk RiskAnswer) a selection record is made from. */
export interface SelectionAnswer {
  commit: string | null;
  branch: string | null;
  riskScore: number;
  selected: { total: number; all: boolean };
  tests: { testId: string; selected: boolean; quarantined: boolean }[];
}

/**
 * The record of an answer that left tests out, or null: without a commit no run can be tied to it,
 * and an answer that selects everything skipped nothing.
 */
export function selectionOf(repo: string, answer: SelectionAnswer, askedAt: Date): SelectionRecord | null {
  if (!answer.commit || answer.selected.all) return null;
  return {
    repo,
    commit: answer.commit,
    branch: answer.branch ?? '',
    askedAt,
    total: answer.selected.total,
    // The answer lists every selected and every quarantined test (models/risk/engine.ts).
    selected: answer.tests.filter((t) => t.selected).map((t) => t.testId),
    quarantined: answer.tests.filter((t) => t.quarantined).map((t) => t.testId),
    riskScore: answer.riskScore,
  };
}

/**
 * Stores one selection through the batch writer (so concurrent answers share an INSERT and shutdown
 * flushes it); resolves when it is durable.
 */
export async function recordSelection(store: Store, s: SelectionRecord): Promise<void> {
  await store.writer.write({ id: `selection-${randomUUID()}`, rows: { risk_selections: [
    {
      repo: s.repo,
      commit: s.commit,
      branch: s.branch,
      asked_at: clickhouseTime(s.askedAt),
      total: s.total,
      selected: s.selected,
      quarantined: s.quarantined,
      risk_score: s.riskScore,
    },
  ] } });
}
