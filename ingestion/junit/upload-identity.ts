import { createHash } from 'node:crypto';
import type { CiRunRecord } from '../records.ts';
import type { JunitReport } from './parse.ts';

// What one JUnit upload is, whichever way the report arrived (HTTP POST /v1/junit, the Kafka JUnit
// topic): its CI run record and its upload id. Both paths must agree exactly, or the same report sent
// once by HTTP and once by Kafka (or redelivered by Kafka) would be counted twice.
// - Without a run id the report is its own run, named by its content, so a re-send finds it again.
// - The upload id hashes (repo, run id, attempt, report bytes): the writer finds an id that is stored
//   already and does not write its rows again (src/store/junit-uploads.ts).

export interface JunitUploadParams {
  repo: string;
  branch: string;
  commit: string;
  runId?: string;
  attempt: number;
  startedAt?: Date;
  url?: string;
  pipeline?: string;
  job?: string;
  provider?: string;
}

export interface JunitUpload {
  run: CiRunRecord;
  uploadId: string;
}

/**
 * @param sha256 hex digest of the report's XML bytes, after any gunzip (see read-report.ts)
 * @param receivedAt the run's start when neither the params nor the report say
 */
export function junitUpload(p: JunitUploadParams, report: JunitReport, sha256: string, receivedAt: Date): JunitUpload {
  const runId = p.runId ?? `junit-${hash(p.repo, p.commit, sha256).slice(0, 16)}`;
  const earliest = report.results.reduce<Date | null>(
    (min, r) => (r.startedAt && (!min || r.startedAt < min) ? r.startedAt : min),
    null,
  );
  return {
    run: {
      repo: p.repo,
      runId,
      attempt: p.attempt,
      branch: p.branch,
      commit: p.commit,
      pipeline: p.pipeline ?? '',
      job: p.job ?? '',
      provider: p.provider ?? '',
      url: p.url ?? '',
      changeId: '',
      startedAt: p.startedAt ?? earliest ?? receivedAt,
      finishedAt: null,
      result: '',
      source: 'junit',
    },
    uploadId: hash(p.repo, runId, String(p.attempt), sha256),
  };
}

function hash(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\n')).digest('hex');
}
