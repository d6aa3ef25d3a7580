import { createHash } from 'node:crypto';
import { JunitParser } from '../../ingestion/junit/parse.ts';
import { junitUpload, type JunitUploadParams } from '../../ingestion/junit/upload-identity.ts';
import { assertJunitWithinRetention } from '../../ingestion/junit/within-retention.ts';
import type { CiRunRecord } from '../../ingestion/records.ts';
import { encodeJunitReport, type EncodedJunitReport } from '../store/junit-uploads.ts';

// One JUnit upload, bytes in, rows out: the whole per-report CPU work short of the INSERT (parse,
// hash, upload identity, retention check, RowBinary rows). It runs in a decode worker
// (junit-decoder.ts), or on the calling thread when there are none; either way the bytes are fed as
// they arrive, so a report never exists as one string and its records live only until they are encoded.

/** What names an upload besides its bytes: the query string (or Kafka headers) and the receipt. */
export interface JunitDecodeParams {
  upload: JunitUploadParams;
  fileName: string;
  receivedAt: Date;
  /** SIGNALHOUSE_RESULTS_TTL_DAYS: a report older than that is refused (0 = keep forever). */
  retentionDays: number;
}

/** A report decoded and made ready for the store. */
export interface EncodedJunitUpload {
  run: CiRunRecord;
  uploadId: string;
  report: EncodedJunitReport;
}

export class JunitUploadDecoding {
  private readonly parser: JunitParser;
  private readonly hash = createHash('sha256');
  /** Bytes written so far. */
  bytes = 0;

  constructor(private readonly params: JunitDecodeParams) {
    const { upload, fileName, receivedAt } = params;
    this.parser = new JunitParser({ repo: upload.repo, fileName, defaultStartedAt: upload.startedAt ?? receivedAt });
  }

  /** Throws InputError (with line and column) as soon as the bytes are not a JUnit report. */
  write(chunk: Uint8Array): void {
    this.bytes += chunk.length;
    this.hash.update(chunk);
    this.parser.write(chunk);
  }

  /** Throws InputError for a report that is incomplete, or past the results' retention. */
  end(): EncodedJunitUpload {
    const { upload, fileName, receivedAt, retentionDays } = this.params;
    const parsed = this.parser.end();
    const { run, uploadId } = junitUpload(upload, parsed, this.hash.digest('hex'), receivedAt);
    assertJunitWithinRetention(run, parsed, retentionDays, fileName);
    return { run, uploadId, report: encodeJunitReport(run, parsed, uploadId) };
  }
}
