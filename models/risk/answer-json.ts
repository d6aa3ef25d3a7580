import type { RiskModel } from './model.ts';

// Writes a risk answer's JSON as UTF-8 bytes. A confidence budget on a 10k-test repository selects
// most of the tests, and every selected test is listed (a CI runner needs each one): about 2 MB per
// answer. Building that with JSON.stringify, or joining per-test strings and encoding the result,
// cost 15–20 ms per request; copying per-test bytes made once per model into one buffer costs a few.
//
// Per test, the answer object is
//   {"testId":…,"suite":…,"className":…,"name":…,"file":…,"durationMs":…,   ← identity: once per model
//    "probability":0.001234,                                                ← written per request
//    "selected":…,"always":…,"quarantined":…,"reasons":                     ← one of 8 constant variants
//    […]}                                                                   ← reasons, for the top ones

export interface ListedTests {
  model: RiskModel;
  /** Model test indices, in answer order. */
  listed: ArrayLike<number>;
  probability: Float64Array;
  selected: Uint8Array;
  always: readonly (string | undefined)[];
  quarantined: Uint8Array;
  /** The reasons array of the test at a rank, as JSON; '[]' beyond the ranks that carry reasons. */
  reasonsJson(rank: number, i: number): string;
  /** Ranks from this one on carry no reasons ('[]', reasonsJson not asked); default: every rank asks. */
  withReasons?: number;
}

interface Identity {
  /** Every test's bytes, one after the other: test i's are bytes[start[i] … start[i + 1]) (one flat
   * buffer and offsets: a request reads tens of thousands of them, no object per test). */
  bytes: Buffer;
  start: Uint32Array;
}

const identities = new WeakMap<RiskModel, Identity>();

/** The opening of every test's JSON object, made once per model (on its first answer). */
export function identityOf(model: RiskModel): Identity {
  let id = identities.get(model);
  if (!id) {
    const parts = model.tests.map(
      (t) =>
        `{"testId":${JSON.stringify(t.testId)},"suite":${JSON.stringify(t.suite)},"className":${JSON.stringify(t.className)},` +
        `"name":${JSON.stringify(t.name)},"file":${JSON.stringify(t.file)},"durationMs":${JSON.stringify(t.durationMs)},"probability":`,
    );
    const bytes = Buffer.from(parts.join(''));
    const start = new Uint32Array(parts.length + 1);
    parts.forEach((part, i) => (start[i + 1] = start[i]! + Buffer.byteLength(part)));
    id = { bytes, start };
    identities.set(model, id);
  }
  return id;
}

// The flags after the probability, by (selected << 2 | always << 1 | quarantined).
const FLAGS = Array.from({ length: 8 }, (_, v) =>
  Buffer.from(`,"selected":${(v & 4) !== 0},"always":${(v & 2) !== 0},"quarantined":${(v & 1) !== 0},"reasons":`),
);
const MAX_FLAGS = Math.max(...FLAGS.map((b) => b.length));
/** The longest probability text: "0.123456". */
const MAX_PROBABILITY = 8;
const ZERO = 0x30;
const DOT = 0x2e;

/**
 * Writes a probability rounded to 6 decimals as JSON ("0", "1", or "0.000123" without trailing
 * zeros: the same text String(Math.round(p * 1e6) / 1e6) gives), returns the new offset.
 */
export function writeProbability(buf: Buffer, at: number, p: number): number {
  const k = Math.round(p * 1e6);
  if (k >= 1_000_000) {
    buf[at] = ZERO + 1;
    return at + 1;
  }
  if (!(k > 0)) {
    buf[at] = ZERO;
    return at + 1;
  }
  buf[at] = ZERO;
  buf[at + 1] = DOT;
  let digits = 6;
  let v = k;
  while (v % 10 === 0) {
    v /= 10;
    digits--;
  }
  for (let d = digits - 1; d >= 0; d--) {
    buf[at + 2 + d] = ZERO + (v % 10);
    v = Math.floor(v / 10);
  }
  return at + 2 + digits;
}

// Answer buffers kept per model between requests. An answer of 100k tests is megabytes; allocated per
// request, those bytes (outside the JS heap) made V8 run a full mark-compact of the service's heap every
// few requests (measured at 100k tests: ~1 every 4 requests, each 50–250 ms of CPU). A buffer taken for
// an answer comes back with releaseAnswer once the answer is sent; one not given back is just collected.
const POOLED_MIN = 64 * 1024;
const POOL_SIZE = 2;
const pools = new WeakMap<RiskModel, ArrayBuffer[]>();

function takeBuffer(model: RiskModel | null, size: number): Buffer {
  const free = model && size >= POOLED_MIN ? pools.get(model) : undefined;
  // The smallest free buffer that holds the answer (free is kept smallest first).
  const k = free ? free.findIndex((b) => b.byteLength >= size) : -1;
  if (free && k >= 0) return Buffer.from(free.splice(k, 1)[0]!);
  // Own memory (not the shared slab of small Buffers), with room for the next, slightly larger answer.
  return size >= POOLED_MIN ? Buffer.from(new ArrayBuffer(Math.ceil(size * 1.25))) : Buffer.allocUnsafe(size);
}

/** Gives the bytes of an answer made for `model` back to its pool, once they are sent. */
export function releaseAnswer(model: RiskModel, bytes: Buffer): void {
  const own = bytes.buffer;
  if (!(own instanceof ArrayBuffer) || own.byteLength < POOLED_MIN) return;
  let free = pools.get(model);
  if (!free) pools.set(model, (free = []));
  if (free.includes(own)) return;
  // Keeps the largest: a repository's answers vary with the budget (a quarter of the suite, or most of it).
  free.push(own);
  free.sort((a, b) => a.byteLength - b.byteLength);
  if (free.length > POOL_SIZE) free.shift();
}

/**
 * The answer: `head` (every field but `tests`, serialised by JSON.stringify) followed by
 * `"tests":[…]`, written into one buffer (from the model's pool: see releaseAnswer).
 */
export function answerJson(head: object, t: ListedTests | null): Buffer {
  const headJson = JSON.stringify(head);
  if (!t || t.listed.length === 0) return Buffer.from(`${headJson.slice(0, -1)},"tests":[]}`);
  const id = identityOf(t.model);
  const open = Buffer.from(`${headJson.slice(0, -1)},"tests":[`);
  const n = t.listed.length;
  const asked = Math.min(n, t.withReasons ?? n);
  const reasons: string[] = [];
  let size = open.length + 2;
  for (let rank = 0; rank < n; rank++) {
    const i = t.listed[rank]!;
    size += id.start[i + 1]! - id.start[i]! + MAX_PROBABILITY + MAX_FLAGS + 2;
    if (rank >= asked) size += 2;
    else {
      const r = t.reasonsJson(rank, i);
      reasons.push(r);
      size += r === '[]' ? 2 : Buffer.byteLength(r);
    }
  }
  const buf = takeBuffer(t.model, size);
  buf.set(open, 0);
  let at = open.length;
  for (let rank = 0; rank < n; rank++) {
    const i = t.listed[rank]!;
    if (rank > 0) buf[at++] = 0x2c; // ,
    at += id.bytes.copy(buf, at, id.start[i]!, id.start[i + 1]!);
    at = writeProbability(buf, at, t.probability[i]!);
    const flags = FLAGS[(t.selected[i]! << 2) | ((t.always[i] !== undefined ? 1 : 0) << 1) | t.quarantined[i]!]!;
    buf.set(flags, at);
    at += flags.length;
    const r = rank < asked ? reasons[rank]! : '[]';
    if (r === '[]') {
      buf[at] = 0x5b; // [
      buf[at + 1] = 0x5d; // ]
      at += 2;
    } else at += buf.write(r, at, 'utf8');
    buf[at++] = 0x7d; // }
  }
  buf[at++] = 0x5d; // ]
  buf[at++] = 0x7d; // }
  // Only the written bytes: the rest of the allocation (the bounds' slack) is never sent.
  return buf.subarray(0, at);
}
