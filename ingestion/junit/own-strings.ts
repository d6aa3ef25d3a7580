// Strings a parsed record keeps, copied out of the text they were read from.
//
// saxes hands out attribute values and text as slices of the chunk it was parsing (V8 "sliced
// strings": a pointer, an offset and a length). A record that keeps such a slice keeps the whole
// decoded chunk alive with it: measured on a 48 MiB report of 340k test cases, the records held every
// 64 KiB chunk of the report, ~50 MiB of text that no record needs beyond its own ~40 characters.
// A copy costs a few bytes of its own and frees the chunk. Values that repeat on many records (suite,
// class, file, failure type) are copied once and shared.

/** Up to this many distinct repeated values are shared; beyond, each is copied on its own. */
const MAX_SHARED = 50_000;

export class OwnStrings {
  private readonly shared = new Map<string, string>();

  /** A value that repeats on many records (a class name): one copy for all of them. */
  repeated(s: string): string {
    if (s.length < MIN_SLICED) return s;
    const known = this.shared.get(s);
    if (known !== undefined) return known;
    const copy = ownCopy(s);
    if (this.shared.size < MAX_SHARED) this.shared.set(copy, copy);
    return copy;
  }

  /** A value of one record (a test name, a message): its own copy. */
  single(s: string): string {
    return ownCopy(s);
  }
}

/** V8 makes a slice shorter than this a copy anyway (SlicedString::kMinLength). */
const MIN_SLICED = 13;

function ownCopy(s: string): string {
  if (s.length < MIN_SLICED) return s;
  // Concatenated, the string is a pair of pointers; slicing the pair makes V8 flatten it into a new
  // string of its own, of which the result is a slice: one copy, and no reference to the chunk.
  return (' ' + s).slice(1);
}
