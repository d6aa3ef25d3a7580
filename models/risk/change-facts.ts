import type { ClickHouseClient } from '@clickhouse/client';
import { changeShapeOf, isIntegrationBranch, type ChangeShape } from './change-shape.ts';

// The change-level facts of the training commits that riskScore's calibration (calibration.ts) fits on:
// whether each commit integrates reviewed work (default branch, merge queue) and its shape (size,
// diffusion, source or not). They are derived in TypeScript by change-shape.ts, the same functions a
// request goes through (score.ts), so training and serving cannot drift apart; ClickHouse hands over
// one row per commit (its branches, and its files as arrays), not one per file.

export interface TrainingCommitFacts {
  /** Commits that ran on the default branch or in a merge queue bound for it. */
  integration: Set<string>;
  /** Each commit with recorded changes: its shape. */
  shapes: Map<string, ChangeShape>;
}

/** Facts of the commits whose runs started before `asOf` (a ClickHouse DateTime64 string). */
export async function trainingCommitFacts(client: ClickHouseClient, repo: string, asOf: string): Promise<TrainingCommitFacts> {
  const params = { repo, asOf };
  const branches = await client.query({
    query: `SELECT commit, groupUniqArray(branch) AS branches FROM ci_runs FINAL
            WHERE repo = {repo:String} AND started_at < {asOf:DateTime64(3, 'UTC')}
            GROUP BY commit`,
    query_params: params,
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'models.risk.train.commitBranches' },
  });
  const integration = new Set<string>();
  for (const r of await branches.json<{ commit: string; branches: string[] }>()) {
    if (r.branches.some(isIntegrationBranch)) integration.add(r.commit);
  }
  const files = await client.query({
    query: `SELECT commit, groupArray(path) AS paths, groupArray(added) AS added, groupArray(removed) AS removed
            FROM changes FINAL
            WHERE repo = {repo:String} AND commit IN (
              SELECT commit FROM ci_runs WHERE repo = {repo:String} AND started_at < {asOf:DateTime64(3, 'UTC')}
            )
            GROUP BY commit`,
    query_params: params,
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'models.risk.train.commitShapes' },
  });
  const shapes = new Map<string, ChangeShape>();
  for (const r of await files.json<{ commit: string; paths: string[]; added: number[]; removed: number[] }>()) {
    shapes.set(r.commit, changeShapeOf(r.paths.map((path, i) => ({ path, added: Number(r.added[i]), removed: Number(r.removed[i]) }))));
  }
  return { integration, shapes };
}
