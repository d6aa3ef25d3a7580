import { describe, expect, it } from 'vitest';
import { normaliseCodePath, testSpanFiles } from '../ingestion/otlp/test-impact.ts';
import { spanRecord } from './support/spans.ts';

// Which code files a test executed, from the spans below its test span in one export request.

describe('normaliseCodePath', () => {
  it('makes CI work directories, file URLs and Windows paths repository-relative', () => {
    expect(normaliseCodePath('/home/runner/work/shop/shop/src/pay/charge.ts')).toBe('src/pay/charge.ts');
    expect(normaliseCodePath('/__w/shop/shop/src/pay/charge.ts')).toBe('src/pay/charge.ts');
    expect(normaliseCodePath('/github/workspace/src/pay/charge.ts')).toBe('src/pay/charge.ts');
    expect(normaliseCodePath('/home/circleci/project/app/models.py')).toBe('app/models.py');
    expect(normaliseCodePath('/var/lib/jenkins/workspace/shop-main/pom.xml')).toBe('pom.xml');
    expect(normaliseCodePath('file:///home/runner/work/shop/shop/src/a%20b.ts')).toBe('src/a b.ts');
    expect(normaliseCodePath('C:\\actions-runner\\_work\\shop\\shop\\src\\Pay.cs')).toBe('src/Pay.cs');
    expect(normaliseCodePath('./src/pay/charge.ts')).toBe('src/pay/charge.ts');
  });

  it('keeps a path under an unknown work directory absolute, and drops code outside the repository', () => {
    expect(normaliseCodePath('/builds/acme/backend/shop/src/Cart.java')).toBe('/builds/acme/backend/shop/src/Cart.java');
    expect(normaliseCodePath('/home/runner/work/shop/shop/node_modules/lodash/lodash.js')).toBeNull();
    expect(normaliseCodePath('/usr/lib/python3.12/site-packages/requests/api.py')).toBeNull();
    expect(normaliseCodePath('node:internal/timers')).toBeNull();
    expect(normaliseCodePath('  ')).toBeNull();
  });
});

describe('testSpanFiles', () => {
  const traceId = 'ab'.repeat(16);
  const span = (spanId: string, parentSpanId: string, attrs: Record<string, string>) => spanRecord({ traceId, spanId, parentSpanId, spanAttributes: attrs });

  it('gives each test span the files executed below it, a nested test span its own, and nothing to spans whose test is not in the request', () => {
    const spans = [
      span('1000000000000001', '', { 'test.case.name': 'suite.outer' }),
      span('1000000000000002', '1000000000000001', { 'code.file.path': '/home/runner/work/r/r/src/a.ts' }),
      span('1000000000000003', '1000000000000002', { 'code.filepath': 'src/b.py', 'code.function': 'f' }),
      // A nested test owns its subtree.
      span('1000000000000004', '1000000000000002', { 'test.case.name': 'suite.inner', 'code.file.path': 'test/inner.test.ts' }),
      span('1000000000000005', '1000000000000004', { 'code.file.path': 'src/c.ts' }),
      // The parent is in another request: no test known.
      span('1000000000000006', '10000000000000ff', { 'code.file.path': 'src/orphan.ts' }),
      // The same span id in another trace is another span.
      spanRecord({ traceId: 'cd'.repeat(16), spanId: '1000000000000007', parentSpanId: '1000000000000001', spanAttributes: { 'code.file.path': 'src/other-trace.ts' } }),
    ];
    expect(testSpanFiles(spans).sort((x, y) => x.spanId.localeCompare(y.spanId))).toEqual([
      { traceId, spanId: '1000000000000001', files: ['src/a.ts', 'src/b.py'] },
      { traceId, spanId: '1000000000000004', files: ['src/c.ts'] },
    ]);
  });

  it('stops on a parent chain that loops', () => {
    const spans = [span('2000000000000001', '2000000000000002', { 'code.file.path': 'src/a.ts' }), span('2000000000000002', '2000000000000001', {})];
    expect(testSpanFiles(spans)).toEqual([]);
  });
});
