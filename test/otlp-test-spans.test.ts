import { SpanStatusCode, type Attributes } from '@opentelemetry/api';
import { ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { describe, expect, it } from 'vitest';
import type { SpanRecord } from '../ingestion/records.ts';
import { junitTestId } from '../ingestion/test-identity.ts';
import { decodeTraceExport } from '../ingestion/otlp/decode.ts';
import { repoFromAttributes, splitQualifiedName, testResultFromSpan } from '../ingestion/otlp/test-spans.ts';
import { spanRecord } from './support/spans.ts';

const REPO = 'acme/shop';

/** A span as the decoder produces it, with only what a test cares about changed. */
function span(overrides: Partial<SpanRecord> = {}): SpanRecord {
  return spanRecord({
    traceId: '0af7651916cd43dd8448eb211c80319c',
    spanId: 'b7ad6b7169203331',
    serviceName: 'ci',
    name: 'test',
    startTimeUnixNano: 1_700_000_000_123_456_789n,
    durationNs: 1_500_250_000n,
    ...overrides,
  });
}

function testSpan(attributes: Record<string, string>, overrides: Partial<SpanRecord> = {}): SpanRecord {
  return span({ ...overrides, spanAttributes: { 'test.case.name': 'com.acme.CartTest.addsItem', ...attributes } });
}

describe('testResultFromSpan with a span from a real tracer', () => {
  it('reads a failed test case with its exception, suite and CI run', () => {
    const exporter = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({
      resource: resourceFromAttributes({
        'service.name': 'ci',
        'cicd.pipeline.name': 'build',
        'cicd.pipeline.run.id': '4242',
        'cicd.pipeline.result': 'failure',
        'cicd.pipeline.run.url.full': 'https://ci.example/acme/shop/runs/4242',
        'vcs.ref.head.revision': '9f1c2e7',
        'vcs.ref.head.name': 'main',
        'vcs.provider.name': 'github',
        'vcs.owner.name': 'acme',
        'vcs.repository.name': 'shop',
      }),
      spanProcessors: [new SimpleSpanProcessor(exporter)],
    });
    const attributes: Attributes = {
      'test.case.name': 'com.acme.CartTest.addsItem',
      'test.case.result.status': 'fail',
      'test.suite.name': 'CartTest',
      'cicd.pipeline.task.name': 'unit-tests',
      'vcs.change.id': '17',
    };
    const testCase = provider.getTracer('junit-otel').startSpan('addsItem', { attributes, startTime: [1_700_000_000, 123_456_789] });
    testCase.recordException({ name: 'AssertionError', message: 'expected 2 items', stack: 'AssertionError: expected 2 items\n    at CartTest.addsItem' }, [1_700_000_001, 0]);
    testCase.setStatus({ code: SpanStatusCode.ERROR, message: 'expected 2 items' });
    testCase.end([1_700_000_001, 623_706_789]);
    const body = ProtobufTraceSerializer.serializeRequest(exporter.getFinishedSpans());
    const [decoded] = decodeTraceExport(body!, 'protobuf').spans;

    const repo = repoFromAttributes(decoded!);
    expect(repo).toBe('acme/shop');
    const found = testResultFromSpan(repo, decoded!);
    expect(found?.result).toEqual({
      testId: junitTestId('acme/shop', 'CartTest', 'com.acme.CartTest', 'addsItem'),
      suite: 'CartTest',
      className: 'com.acme.CartTest',
      name: 'addsItem',
      file: '',
      status: 'failed',
      durationMs: 1500.25,
      retry: 0,
      final: true,
      startedAt: new Date(1_700_000_000_123),
      failureType: 'AssertionError',
      message: 'expected 2 items',
      stack: 'AssertionError: expected 2 items\n    at CartTest.addsItem',
      systemOut: '',
      systemErr: '',
      properties: {},
    });
    expect(found?.run).toEqual({
      repo: 'acme/shop',
      source: 'otlp',
      pipeline: 'build',
      runId: '4242',
      result: 'failure',
      job: 'unit-tests',
      url: 'https://ci.example/acme/shop/runs/4242',
      commit: '9f1c2e7',
      branch: 'main',
      changeId: '17',
      provider: 'github',
    });
  });
});

describe('testResultFromSpan', () => {
  it('ignores spans that are not test cases', () => {
    expect(testResultFromSpan(REPO, span())).toBeNull();
    expect(testResultFromSpan(REPO, span({ spanAttributes: { 'test.suite.name': 'CartTest' } }))).toBeNull();
  });

  it('gives the same test id as the JUnit report of the same test', () => {
    const result = testResultFromSpan(REPO, testSpan({}))?.result;
    expect(result?.testId).toBe(junitTestId(REPO, 'any suite', 'com.acme.CartTest', 'addsItem'));
  });

  it.each([
    [{ 'test.case.result.status': 'pass' }, 'unset', 'passed'],
    [{ 'test.case.result.status': 'fail' }, 'ok', 'failed'],
    [{ 'test.case.result.status': 'pass', 'test.suite.run.status': 'aborted' }, 'unset', 'passed'],
    [{}, 'error', 'failed'],
    [{}, 'unset', 'passed'],
    [{}, 'ok', 'passed'],
    [{ 'test.suite.run.status': 'skipped' }, 'unset', 'skipped'],
    [{ 'test.suite.run.status': 'aborted' }, 'unset', 'errored'],
    [{ 'test.suite.run.status': 'timed_out' }, 'error', 'errored'],
    [{ 'test.suite.run.status': 'success' }, 'unset', 'passed'],
  ] as const)('status from %o and span status %s is %s', (attributes, statusCode, expected) => {
    expect(testResultFromSpan(REPO, testSpan(attributes, { statusCode }))?.result.status).toBe(expected);
  });

  it('takes the failure message from the status when there is no exception event', () => {
    const result = testResultFromSpan(REPO, testSpan({}, { statusCode: 'error', statusMessage: 'timed out after 5s' }))?.result;
    expect(result).toMatchObject({ status: 'failed', failureType: '', message: 'timed out after 5s', stack: '' });
  });

  it('reads run attributes from the span before the resource, keeping error distinct from failure', () => {
    const found = testResultFromSpan(
      REPO,
      span({
        spanAttributes: { 'test.case.name': 't', 'cicd.pipeline.result': 'error' },
        resourceAttributes: { 'cicd.pipeline.result': 'failure', 'cicd.pipeline.name': 'nightly' },
      }),
    );
    expect(found?.run).toEqual({ repo: REPO, source: 'otlp', result: 'error', pipeline: 'nightly' });
  });

  it('reads the file from code.file.path, or the older code.filepath', () => {
    expect(testResultFromSpan(REPO, testSpan({ 'code.file.path': 'src/cart.test.ts' }))?.result.file).toBe('src/cart.test.ts');
    expect(testResultFromSpan(REPO, testSpan({ 'code.filepath': 'cart_test.py' }))?.result.file).toBe('cart_test.py');
  });
});

describe('splitQualifiedName', () => {
  it.each([
    ['com.acme.CartTest.addsItem', 'com.acme.CartTest', 'addsItem'],
    ['addsItem', '', 'addsItem'],
    ['CartTest.adds(1.5, "x.y")', 'CartTest', 'adds(1.5, "x.y")'],
    ['test_cart.test_total[1.5-2.5]', 'test_cart', 'test_total[1.5-2.5]'],
    ['tests/test_cart.py::TestCart::test_add', 'tests/test_cart.py::TestCart', 'test_add'],
    ['Cart > adds 1.5 items', '', 'Cart > adds 1.5 items'],
    ['.hidden', '', '.hidden'],
    ['trailing.', '', 'trailing.'],
  ])('%s → %s + %s', (qualified, className, name) => {
    expect(splitQualifiedName(qualified)).toEqual({ className, name });
  });
});

describe('repoFromAttributes', () => {
  it.each([
    [{ 'vcs.owner.name': 'acme', 'vcs.repository.name': 'shop' }, {}, 'acme/shop'],
    [{ 'vcs.repository.name': 'shop' }, {}, 'shop'],
    [{}, { 'vcs.repository.url.full': 'https://github.com/acme/shop.git' }, 'acme/shop'],
    [{}, { 'vcs.repository.url.full': 'git@github.com:acme/shop.git' }, 'acme/shop'],
    [{ 'vcs.repository.name': 'shop' }, { 'vcs.owner.name': 'acme' }, 'acme/shop'],
    [{}, {}, ''],
  ])('span %o, resource %o → %s', (spanAttributes, resourceAttributes, expected) => {
    expect(repoFromAttributes(span({ spanAttributes, resourceAttributes }))).toBe(expected);
  });
});
