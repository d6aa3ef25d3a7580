import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { JunitParser } from '../ingestion/junit/parse.ts';

// A large report's records live until they are encoded (src/decode/junit-upload.ts), so what each
// record keeps is the parse's memory. Strings the XML parser hands out are slices of the text it was
// parsing; a record that kept one kept that whole 64 KiB chunk alive (ingestion/junit/own-strings.ts).

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** A report whose test cases carry a long attribute that no record keeps, and short names that they do. */
function reportWithUnkeptText(cases: number): Buffer {
  const filler = 'x'.repeat(1000);
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="com.acme.billing.InvoiceTotalsTest" tests="', String(cases), '">\n'];
  for (let i = 0; i < cases; i++) {
    parts.push(`<testcase name="rounds_half_even_case_${i}" classname="com.acme.billing.InvoiceTotalsTest" time="0.01" vendor-data="${filler}">`);
    if (i % 10 === 0) parts.push(`<failure message="expected ${i} cents but was ${i + 1} cents" type="AssertionError">at InvoiceTotalsTest.java:${i}</failure>`);
    parts.push('</testcase>\n');
  }
  parts.push('</testsuite>\n');
  return Buffer.from(parts.join(''));
}

describe('JUnit records', () => {
  it("keep their own strings, not the report's text", () => {
    const cases = 20_000;
    const body = reportWithUnkeptText(cases); // ~21 MiB, of which the records need ~1 MiB of text
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    const parser = new JunitParser({ repo: 'acme/billing', fileName: 'TEST-InvoiceTotalsTest.xml', defaultStartedAt: new Date('2026-11-30T10:00:00Z') });
    for (let at = 0; at < body.length; at += 64 * 1024) parser.write(body.subarray(at, at + 64 * 1024));
    const report = parser.end();
    collectGarbage();
    const held = process.memoryUsage().heapUsed - before;
    expect(report.results).toHaveLength(cases);
    expect(report.results[10]!.message).toBe('expected 10 cents but was 11 cents');
    expect(report.results[123]!.name).toBe('rounds_half_even_case_123');
    // Kept slices would hold the ~21 MiB of text; the records alone are ~300 bytes each (~6 MiB).
    expect(held / cases).toBeLessThan(600);
  });
});
