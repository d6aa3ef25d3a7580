import type { Store } from './clickhouse.ts';
import { clickhouseTime } from './rows.ts';
import { childrenOf, traceSpanRows, walkTestSpans } from './test-operations.ts';

// The test linker: walks the traces of test executions (test results that came as spans) into
// test_operation_links (migration 0028), one row per (execution, service, operation, kind) below the
// test's span, so that hot-path coverage reads which operations tests exercise without walking 30
// days of test traces per question.
//
// Spans of a test trace arrive in any order and from several processes (the runner exports its test
// span when the test ends, after the app under test exported its own), so a trace is (re-)walked
// whole whenever it receives anything: a test result, or a span. Walks replace earlier ones
// (ReplacingMergeTree on the full key). Progress is the ingestion time up to which everything has been
// looked at (test_link_progress, 0045); each pass looks again at the last SETTLE_MS before it, because
// a row's ingested_at is taken when its insert starts and the insert may commit a little later.
// Limits: a span that arrives more than a day after it started is not noticed (only the spans of the
// day before the progress mark are scanned, so that a pass reads two daily partitions, not all, and
// the ingested_at skip index of 0030 skips most of those), and a span more than a day away from its
// test's start is not read (the partitions read are bounded the same way).

const SETTLE_MS = 5_000;
// Traces whose spans one read fetches: one scan of the spans' trace ids per this many traces.
const TRACES_PER_READ = 20_000;
const DAY_MS = 86_400_000;
const MARK_EVERY_MS = 60_000;

export interface LinkPass {
  /** Test executions whose traces were walked. */
  executions: number;
  /** Rows written to test_operation_links. */
  links: number;
}

interface Execution {
  repo: string;
  test_id: string;
  trace_id: string;
  span_id: string;
  started_at: string;
}

const running = new WeakMap<Store['client'], Promise<LinkPass>>();

/** Links what arrived since the last pass. Concurrent callers share one pass. */
export function linkTestTraces(store: Pick<Store, 'client' | 'insert'>): Promise<LinkPass> {
  const current = running.get(store.client);
  if (current) return current;
  const pass = linkPass(store).finally(() => running.delete(store.client));
  running.set(store.client, pass);
  return pass;
}

async function linkPass(store: Pick<Store, 'client' | 'insert'>): Promise<LinkPass> {
  const { client } = store;
  const mark = await client.query({
    query: `SELECT toUnixTimestamp64Milli(max(linked_until)) AS since, toUnixTimestamp64Milli(now64(3)) AS now FROM test_link_progress`,
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.test-links.progress' },
  });
  const [progress] = await mark.json<{ since: string; now: string }>();
  const sinceMs = Number(progress!.since);
  const nowMs = Number(progress!.now);
  // A trace is walked again when a test result or a span of a test's trace arrived since the mark.
  const rs = await client.query({
    query: `
      WITH touched AS (
        SELECT trace_id FROM test_results WHERE span_id != '' AND ingested_at > {since:DateTime64(3)}
        UNION DISTINCT
        SELECT trace_id FROM spans
        WHERE ingested_at > {since:DateTime64(3)} AND start_time >= {spansFrom:DateTime64(3)}
          AND trace_id IN (SELECT trace_id FROM test_results WHERE span_id != '')
      )
      SELECT repo, test_id, trace_id, span_id, toString(started_at) AS started_at
      FROM test_results
      WHERE span_id != '' AND trace_id IN (SELECT trace_id FROM touched)
      LIMIT 1 BY repo, trace_id, span_id`,
    query_params: { since: clickhouseTime(new Date(sinceMs)), spansFrom: clickhouseTime(new Date(Math.max(0, sinceMs - 86_400_000))) },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.test-links.touched' },
  });
  const executions = await rs.json<Execution>();

  let links = 0;
  const byTrace = new Map<string, Execution[]>();
  for (const e of executions) {
    const list = byTrace.get(e.trace_id);
    if (list) list.push(e);
    else byTrace.set(e.trace_id, [e]);
  }
  const traces = [...byTrace.keys()];
  for (let i = 0; i < traces.length; i += TRACES_PER_READ) {
    const batch = traces.slice(i, i + TRACES_PER_READ);
    // The spans of a test sit around its start: a day either side bounds the partitions to read.
    let first = Infinity;
    let last = -Infinity;
    for (const traceId of batch) {
      for (const e of byTrace.get(traceId)!) {
        const t = Date.parse(`${e.started_at.replace(' ', 'T')}Z`);
        first = Math.min(first, t);
        last = Math.max(last, t);
      }
    }
    const range = { from: clickhouseTime(new Date(first - DAY_MS)), to: clickhouseTime(new Date(last + DAY_MS)) };
    const children = childrenOf(await traceSpanRows(client, batch, 'store.test-links.spans', range));
    const rows: object[] = [];
    for (const traceId of batch) {
      for (const e of byTrace.get(traceId)!) {
        const counts = new Map<string, { service_name: string; operation: string; kind: string; spans: number }>();
        walkTestSpans(children, e.trace_id, e.span_id, (s) => {
          const key = `${s.service_name}\n${s.operation}\n${s.kind}`;
          const c = counts.get(key);
          if (c) c.spans++;
          else counts.set(key, { service_name: s.service_name, operation: s.operation, kind: s.kind, spans: 1 });
        });
        for (const c of counts.values()) {
          rows.push({ ...c, repo: e.repo, test_id: e.test_id, trace_id: e.trace_id, test_span_id: e.span_id, started_at: e.started_at });
        }
      }
    }
    if (rows.length > 0) await store.insert('test_operation_links', rows);
    links += rows.length;
  }
  // The mark moves when something was linked, or once a minute: not an insert per coverage request.
  const until = nowMs - SETTLE_MS;
  if (until > sinceMs && (executions.length > 0 || until - sinceMs > MARK_EVERY_MS)) {
    await store.insert('test_link_progress', [{ id: 0, linked_until: clickhouseTime(new Date(until)) }]);
  }
  return { executions: executions.length, links };
}
