import type { ClickHouseClient } from '@clickhouse/client';

// Which runtime operations a test exercises: the spans of the system under test that sit below the
// test's own span in its trace. The test span is the ancestor because the runner's trace context was
// propagated into the app under test (README, "Linking tests to runtime paths"). A span below a
// nested test span belongs to that nearer test, not to the outer one.
//
// The walk from parent to child happens here, over the ids of the few traces of the test's recent
// executions (bounded by `executions`); counting is per (service, operation, kind). The test linker
// (test-links.ts) walks the same way for every test, for hot-path coverage.

export interface TestOperation {
  serviceName: string;
  operation: string;
  kind: string;
  spans: number;
  executions: number;
}

/** A span of a test's trace, as the walk needs it. */
export interface TraceSpanRow {
  trace_id: string;
  span_id: string;
  parent_span_id: string;
  service_name: string;
  operation: string;
  kind: string;
  is_test: number | boolean;
}

/**
 * The spans of these traces, for walkTestSpans; `from`/`to` (start times) let ClickHouse skip the
 * daily partitions no span of them can be in. Not FINAL: a span stored twice (Kafka redelivery) is
 * walked once anyway (walkTestSpans skips a span id it has seen), and FINAL would merge on read.
 */
export async function traceSpanRows(
  client: ClickHouseClient,
  traceIds: readonly string[],
  logComment: string,
  range: { from: string; to: string } = { from: '1970-01-01 00:00:00', to: '2262-01-01 00:00:00' },
): Promise<TraceSpanRow[]> {
  const rs = await client.query({
    query: `SELECT trace_id, span_id, parent_span_id, service_name, operation, kind,
                   mapContains(span_attributes, 'test.case.name') AS is_test
            FROM spans
            WHERE trace_id IN {traces:Array(String)}
              AND start_time BETWEEN {from:DateTime64(3)} AND {to:DateTime64(3)}`,
    query_params: { traces: [...new Set(traceIds)], from: range.from, to: range.to },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: logComment },
  });
  return rs.json<TraceSpanRow>();
}

/** Index of spans by their parent, for walkTestSpans. */
export function childrenOf(spans: readonly TraceSpanRow[]): Map<string, TraceSpanRow[]> {
  const children = new Map<string, TraceSpanRow[]>();
  for (const s of spans) {
    const key = `${s.trace_id}/${s.parent_span_id}`;
    const list = children.get(key);
    if (list) list.push(s);
    else children.set(key, [s]);
  }
  return children;
}

/** Calls `visit` for every span below the test span (traceId, spanId) that belongs to that test. */
export function walkTestSpans(children: Map<string, TraceSpanRow[]>, traceId: string, spanId: string, visit: (s: TraceSpanRow) => void): void {
  const stack = [...(children.get(`${traceId}/${spanId}`) ?? [])];
  const seen = new Set<string>(); // a malformed trace (a span its own ancestor) must not loop
  while (stack.length > 0) {
    const s = stack.pop()!;
    if (Number(s.is_test) === 1 || seen.has(s.span_id)) continue; // a nested test owns its own subtree
    seen.add(s.span_id);
    visit(s);
    stack.push(...(children.get(`${s.trace_id}/${s.span_id}`) ?? []));
  }
}

export async function testOperations(
  client: ClickHouseClient,
  q: { testId: string; repo?: string; executions: number },
): Promise<{ executions: number; operations: TestOperation[] }> {
  const own = await client.query({
    query: `SELECT trace_id, span_id FROM test_results
            WHERE test_id = {testId:String} AND ({repo:String} = '' OR repo = {repo:String}) AND span_id != ''
            ORDER BY started_at DESC LIMIT {n:UInt32}`,
    query_params: { testId: q.testId, repo: q.repo ?? '', n: q.executions },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.test-operations.own' },
  });
  const roots = await own.json<{ trace_id: string; span_id: string }>();
  if (roots.length === 0) return { executions: 0, operations: [] };

  const children = childrenOf(await traceSpanRows(client, roots.map((r) => r.trace_id), 'store.test-operations.spans'));
  const ops = new Map<string, TestOperation & { seen: Set<string> }>();
  for (const root of roots) {
    walkTestSpans(children, root.trace_id, root.span_id, (s) => {
      const key = `${s.service_name}\n${s.operation}\n${s.kind}`;
      let op = ops.get(key);
      if (!op) ops.set(key, (op = { serviceName: s.service_name, operation: s.operation, kind: s.kind, spans: 0, executions: 0, seen: new Set() }));
      op.spans++;
      if (!op.seen.has(root.span_id)) {
        op.seen.add(root.span_id);
        op.executions++;
      }
    });
  }
  const operations = [...ops.values()]
    .map(({ seen: _seen, ...op }) => op)
    .sort((a, b) => b.spans - a.spans || a.serviceName.localeCompare(b.serviceName) || a.operation.localeCompare(b.operation));
  return { executions: roots.length, operations };
}
