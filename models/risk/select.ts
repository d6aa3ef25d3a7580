import type { Scored } from './score.ts';
import type { ScoreIndex, Workspace } from './score-index.ts';

// Which tests a budget selects, in what order. The order is defined test by test (probability quantised
// to 2^-32, highest first, ties by test index: byProbability) but computed by blocks: the tests scored
// one by one are sorted, and each group of the others (score-index.ts) shares one probability, so the
// groups are ordered by it and their tests laid out in index order with one counting pass; merging
// both gives byProbability's order of all of them without sorting every test.

export type Budget = { fraction: number } | { minutes: number } | { confidence: number };

export interface Selection {
  /** Test indices: selected first (those that always run, then by probability), then the rest, quarantined last. */
  ranked: Uint32Array;
  /** 1 for selected test indices. */
  selected: Uint8Array;
  count: number;
  /** Tests that are not quarantined. */
  eligible: number;
  /** Expected share of the real failures the selection finds: Σ p(selected) / Σ p(eligible). */
  expectedRecall: number;
  estimatedMs: number;
}

/**
 * Indices by probability, highest first; ties by index (test id order). The probability is quantised
 * to 2^-32 and the indices are ordered by it with an LSD radix sort (three stable passes of 11 bits
 * over 2^32 − ⌊p·2^32⌋): at 100k tests, sorting packed floats natively (TypedArray sort) cost ~15 ms a
 * request, the passes about one.
 */
export function byProbability(xs: ArrayLike<number>, p: Float64Array): Uint32Array {
  const n = xs.length;
  let src = Uint32Array.from(xs);
  // Ties keep the input order: make it index order (every caller passes ascending indices already).
  for (let k = 1; k < n; k++) {
    if (src[k]! < src[k - 1]!) {
      src.sort();
      break;
    }
  }
  // The 33-bit key, as its low 22 bits and the rest, moved along with the indices.
  let lo = new Uint32Array(n);
  let hi = new Uint32Array(n);
  for (let k = 0; k < n; k++) {
    const d = SPAN - Math.floor(p[src[k]!]! * SPAN);
    const h = Math.floor(d / 2 ** 22);
    hi[k] = h;
    lo[k] = d - h * 2 ** 22;
  }
  let dst = new Uint32Array(n);
  let dlo = new Uint32Array(n);
  let dhi = new Uint32Array(n);
  const count = new Uint32Array(RADIX);
  for (let pass = 0; pass < 3; pass++) {
    const keys = pass < 2 ? lo : hi;
    const shift = pass === 1 ? 11 : 0;
    count.fill(0);
    for (let k = 0; k < n; k++) count[(keys[k]! >>> shift) & (RADIX - 1)]!++;
    let sum = 0;
    for (let b = 0; b < RADIX; b++) {
      const c = count[b]!;
      count[b] = sum;
      sum += c;
    }
    for (let k = 0; k < n; k++) {
      const at = count[(keys[k]! >>> shift) & (RADIX - 1)]!++;
      dst[at] = src[k]!;
      dlo[at] = lo[k]!;
      dhi[at] = hi[k]!;
    }
    [src, dst, lo, dlo, hi, dhi] = [dst, src, dlo, lo, dhi, hi];
  }
  return src;
}

const SPAN = 2 ** 32;
const RADIX = 2 ** 11;

/** Picks the tests a budget allows: always-run tests first, then by probability; never quarantined ones. Valid until the next selectTests on `s` or its release. */
export function selectTests(s: Scored, budget: Budget): Selection {
  const n = s.probability.length;
  const p = s.probability;
  const duration = s.model.duration;
  const { ws, ix, groupP } = s.sparse;
  // Σ p of the eligible tests, in test order (as the answer's expectedRecall has always summed it).
  let total = 0;
  for (let i = 0; i < n; i++) if (s.quarantined[i] === 0) total += p[i]!;
  // Tests that always run or are quarantined all have evidence of their own (ws.touched).
  const own = Uint32Array.from(ws.touched).sort();
  const always = new Uint32Array(own.length);
  const restOwn = new Uint32Array(own.length);
  const quarantined = new Uint32Array(own.length);
  let na = 0;
  let nro = 0;
  let nq = 0;
  for (const i of own) {
    if (s.quarantined[i]) quarantined[nq++] = i;
    else if (s.always[i] !== undefined) always[na++] = i;
    else restOwn[nro++] = i;
  }
  const alwaysOrder = byProbability(always.subarray(0, na), p);
  const quarantinedOrder = byProbability(quarantined.subarray(0, nq), p);
  const nr = rankRest(s, byProbability(restOwn.subarray(0, nro), p), ix, ws, groupP);
  ws.selected.fill(0);
  return takeBudget(budget, p, duration, { always: alwaysOrder, rest: ws.rest, restCount: nr, quarantined: quarantinedOrder }, total, ws.selected, ws.ranked);
}

/** Test indices of one request in the order selection considers them (each ordered by byProbability). */
export interface SelectionOrder {
  always: Uint32Array;
  /** Its first `restCount` entries are the tests neither always run nor quarantined. */
  rest: Uint32Array;
  restCount: number;
  quarantined: Uint32Array;
}

/**
 * Takes what the budget allows into `selected` (all zero on entry) and lays out `ranked`: the tests that
 * always run, then the rest from its top (the minutes budget may skip some), the rest not taken,
 * quarantined tests last. `total` is Σ p of the eligible tests. The dense reference the sparse tests
 * compare with (test/support/risk-dense.ts) takes its budget here too: what they compare is the order.
 */
export function takeBudget(
  budget: Budget,
  p: Float64Array,
  duration: ArrayLike<number>,
  order: SelectionOrder,
  total: number,
  selected: Uint8Array,
  ranked: Uint32Array,
): Selection {
  const { always: alwaysOrder, rest: restOrder, restCount: nr, quarantined: quarantinedOrder } = order;
  const na = alwaysOrder.length;
  let count = na;
  let found = 0;
  let ms = 0;
  for (let k = 0; k < na; k++) {
    const i = alwaysOrder[k]!;
    selected[i] = 1;
    found += p[i]!;
    ms += duration[i]!;
  }
  // How many of restOrder, from its top, are taken (the minutes budget may also skip some).
  let taken = 0;
  if ('fraction' in budget) {
    taken = Math.min(nr, Math.max(0, Math.ceil(budget.fraction * (na + nr) - 1e-9) - na));
  } else if ('confidence' in budget) {
    const target = budget.confidence * total - 1e-12;
    while (taken < nr && found < target) found += p[restOrder[taken++]!]!;
  }
  if ('minutes' in budget) {
    const limit = budget.minutes * 60_000;
    for (let k = 0; k < nr; k++) {
      const i = restOrder[k]!;
      if (ms + duration[i]! <= limit) {
        selected[i] = 1;
        count++;
        found += p[i]!;
        ms += duration[i]!;
      }
    }
  } else {
    for (let k = 0; k < taken; k++) {
      const i = restOrder[k]!;
      selected[i] = 1;
      ms += duration[i]!;
      if ('fraction' in budget) found += p[i]!;
    }
    count += taken;
  }
  ranked.set(alwaysOrder, 0);
  let k = na;
  for (let j = 0; j < nr; j++) if (selected[restOrder[j]!]) ranked[k++] = restOrder[j]!;
  for (let j = 0; j < nr; j++) if (!selected[restOrder[j]!]) ranked[k++] = restOrder[j]!;
  ranked.set(quarantinedOrder, k);
  return { ranked, selected, count, eligible: na + nr, expectedRecall: total > 0 ? Math.min(1, found / total) : 1, estimatedMs: ms };
}

/** byProbability's key: the quantised probability, reversed (smaller first). */
const keyOf = (p: number) => SPAN - Math.floor(p * SPAN);

/**
 * Writes into ws.rest the tests neither always run nor quarantined, in byProbability order: `ownOrder`
 * (those scored one by one, already in that order) merged with the groups' other tests. Returns how many.
 */
function rankRest(s: Scored, ownOrder: Uint32Array, ix: ScoreIndex, ws: Workspace, groupP: Float64Array): number {
  const n = s.probability.length;
  const G = ix.groups;
  // Tests of each group without evidence of their own.
  const left = Int32Array.from(ix.groupSize);
  for (const i of ws.touched) left[ix.groupOf[i]!]!--;
  const order: number[] = [];
  const keys = new Float64Array(G);
  for (let g = 0; g < G; g++) {
    if (left[g]! > 0) order.push(g);
    keys[g] = keyOf(groupP[g]!);
  }
  order.sort((a, b) => keys[a]! - keys[b]!);
  // Groups of one key form a block; its tests go in index order (a stable counting pass over all tests).
  const blockOf = new Int32Array(G);
  const blockKey: number[] = [];
  const start: number[] = [];
  let at = 0;
  for (const g of order) {
    if (blockKey.length === 0 || blockKey[blockKey.length - 1] !== keys[g]) {
      blockKey.push(keys[g]!);
      start.push(at);
    }
    blockOf[g] = blockKey.length - 1;
    at += left[g]!;
  }
  start.push(at);
  const fill = start.slice(0, -1);
  const blocks = ws.blocks;
  const { mark } = ws;
  const groupOf = ix.groupOf;
  for (let i = 0; i < n; i++) if (mark[i] === 0) blocks[fill[blockOf[groupOf[i]!]!]!++] = i;
  // Merge: by key, then by index.
  const out = ws.rest;
  const p = s.probability;
  const no = ownOrder.length;
  let k = 0;
  let t = 0;
  for (let b = 0; b < blockKey.length; b++) {
    const key = blockKey[b]!;
    while (t < no && keyOf(p[ownOrder[t]!]!) < key) out[k++] = ownOrder[t++]!;
    for (let j = start[b]!; j < start[b + 1]!; j++) {
      const i = blocks[j]!;
      while (t < no && ownOrder[t]! < i && keyOf(p[ownOrder[t]!]!) === key) out[k++] = ownOrder[t++]!;
      out[k++] = i;
    }
  }
  while (t < no) out[k++] = ownOrder[t++]!;
  return k;
}
