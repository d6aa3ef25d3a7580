// manifest.jsonl: one line per CI run attempt, in start-time order. It holds only what a CI system
// knows (no ground truth), so ingesting it is a fair test of the models. The generator writes it and
// the loader reads it back through the same schema.

import { z } from 'zod';

const fileChange = z.object({
  path: z.string().min(1),
  added: z.number().int().nonnegative(),
  removed: z.number().int().nonnegative(),
});

export const manifestEntrySchema = z.object({
  repo: z.string().min(1),
  runId: z.string().min(1),
  /** 1 for the run triggered by the commit; 2, 3 for CI re-runs of the same commit. */
  attempt: z.number().int().positive(),
  branch: z.string().min(1),
  commit: z.string().regex(/^[0-9a-f]{40}$/),
  parent: z.string().regex(/^[0-9a-f]{40}$/),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime(),
  /** Pull request number for branch runs, '' on main. */
  changeId: z.string(),
  files: z.array(fileChange),
  /** Report paths relative to the history directory. */
  reports: z.array(z.string().min(1)),
  /** OTLP/JSON trace exports of the attempt's tests (traced runs only), relative to the history directory. */
  traces: z.array(z.string().min(1)).optional(),
});

export type ManifestEntry = z.infer<typeof manifestEntrySchema>;
export type ManifestFileChange = z.infer<typeof fileChange>;

export class ManifestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ManifestError';
  }
}

export function parseManifestLine(line: string, lineNo: number): ManifestEntry {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (e) {
    throw new ManifestError(`manifest line ${lineNo}: not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const parsed = manifestEntrySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const what = issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid';
    throw new ManifestError(`manifest line ${lineNo}: ${what}`);
  }
  return parsed.data;
}

/** Time order, then run and attempt: the order the loader replays in. */
export function compareEntries(a: ManifestEntry, b: ManifestEntry): number {
  if (a.startedAt !== b.startedAt) return a.startedAt < b.startedAt ? -1 : 1;
  if (a.runId !== b.runId) return a.runId < b.runId ? -1 : 1;
  return a.attempt - b.attempt;
}
