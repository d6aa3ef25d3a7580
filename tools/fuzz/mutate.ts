import fc from 'fast-check';

// Byte-level mutations of a seed, as a fuzzer applies them: flip, delete, duplicate, insert, truncate,
// and splices of text that parsers find hard (entities, deep nesting, huge numbers, odd Unicode).

const HOSTILE_SNIPPETS = [
  '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
  '&b;',
  '<![CDATA[',
  ']]>',
  '<testcase name="',
  '</testsuite>',
  '<testsuite>'.repeat(50),
  '\u0000',
  '\uFFFE',
  '\uD800',
  '99999999999999999999999',
  '-1',
  'NaN',
  '"',
  '{',
  '[',
  '\\u0000',
  '"traceId":"zz"',
];

type Mutation =
  | { kind: 'flip'; at: number; value: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'truncate'; at: number };

const position = fc.double({ min: 0, max: 1, noNaN: true });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: position, value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: position, length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: position,
    bytes: fc.oneof(fc.uint8Array({ minLength: 1, maxLength: 32 }), fc.constantFrom(...HOSTILE_SNIPPETS).map((s) => Buffer.from(s))),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
) as fc.Arbitrary<Mutation>;

function apply(buf: Buffer, m: Mutation): Buffer {
  const at = Math.floor(m.at * buf.length);
  switch (m.kind) {
    case 'flip': {
      if (buf.length === 0) return buf;
      const out = Buffer.from(buf);
      out[Math.min(at, out.length - 1)] = m.value;
      return out;
    }
    case 'delete':
      return Buffer.concat([buf.subarray(0, at), buf.subarray(at + m.length)]);
    case 'duplicate':
      return Buffer.concat([buf.subarray(0, at + m.length), buf.subarray(at)]);
    case 'insert':
      return Buffer.concat([buf.subarray(0, at), m.bytes, buf.subarray(at)]);
    case 'truncate':
      return buf.subarray(0, at);
  }
}

/** A seed from `seeds`, with 0–4 mutations applied (0: the seed itself, which must be accepted). */
export function mutated(seeds: Buffer[]): fc.Arbitrary<Buffer> {
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutation, { maxLength: 4 }))
    .map(([seed, ms]) => ms.reduce(apply, seed));
}
