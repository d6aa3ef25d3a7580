// ClickHouse's RowBinary input format, written by hand for the one table whose rows are too many to go
// through JSON: spans and test results. https://clickhouse.com/docs/interfaces/formats/RowBinary
//
// Why: encoding a span as JSON (object building + JSON.stringify + DateTime64 as text) cost the event
// loop more than decoding the OTLP request it came in, and ClickHouse then parsed the text again.
// RowBinary is what ClickHouse reads with the least work, and writing it is a few byte stores per
// value (measured on 51k SDK spans: ~4x cheaper to encode than JSONEachRow, ~40% fewer bytes).
//
// Layout, per column in the insert's column list, no separators:
//   String (and LowCardinality(String)) → LEB128 byte length, then UTF-8 bytes
//   UInt8 / UInt16 / UInt32             → 1 / 2 / 4 bytes little-endian
//   UInt64 / Int64 / DateTime64 ticks   → 8 bytes little-endian
//   Float64                             → IEEE 754, 8 bytes little-endian
//   Array(T)                            → LEB128 length, then the elements
//   Map(K, V)                           → LEB128 entry count, then key, value, key, value, …
// (Nested columns are flattened into one Array column per field, as the table declares them.)

const MAX_INT64 = (1n << 63n) - 1n;
/** Characters above which a string is written by Node's UTF-8 encoder rather than byte by byte in JS. */
const LONG_STRING = 64;

export class RowBinaryWriter {
  private buf: Buffer;
  private pos = 0;
  private lastMap: object | null = null;
  private lastMapStart = 0;
  private lastMapEnd = 0;

  constructor(initialBytes = 64 * 1024) {
    this.buf = Buffer.allocUnsafe(initialBytes);
  }

  /** How many bytes are written so far. */
  get length(): number {
    return this.pos;
  }

  /** The bytes written so far (a view: valid until the next write). */
  bytes(): Buffer {
    return this.buf.subarray(0, this.pos);
  }

  /** Makes room for `n` more bytes. */
  private reserve(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + n));
    this.buf.copy(bigger, 0, 0, this.pos);
    this.buf = bigger;
  }

  /** LEB128, as RowBinary writes lengths; `n` is a non-negative safe integer (counts, byte lengths). */
  varUInt(n: number): void {
    this.reserve(10);
    const buf = this.buf;
    let pos = this.pos;
    while (n >= 0x80) {
      buf[pos++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    buf[pos++] = n;
    this.pos = pos;
  }

  string(s: string): void {
    const length = s.length;
    // Long text (stack traces, output, messages): one native UTF-8 write beats the loop below, whose
    // per-character cost grows with the text (measured: 2.4 s of a worker's 69 s on a 340k-case report).
    if (length > LONG_STRING) {
      this.utf8(s);
      return;
    }
    // Most strings here are ASCII (ids, names, attribute keys): copy them a byte per character in
    // JS, which is cheaper than a native call per short string. The first non-ASCII character sends
    // the whole string through the UTF-8 encoder instead (lone surrogates become U+FFFD there).
    this.reserve(length + 10);
    const start = this.pos;
    this.varUInt(length);
    const buf = this.buf;
    const at = this.pos;
    for (let i = 0; i < length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) {
        this.pos = start;
        this.utf8(s);
        return;
      }
      buf[at + i] = c;
    }
    this.pos = at + length;
  }

  private utf8(s: string): void {
    const bytes = Buffer.byteLength(s, 'utf8');
    this.varUInt(bytes);
    this.reserve(bytes);
    this.pos += this.buf.write(s, this.pos, bytes, 'utf8');
  }

  uint8(n: number): void {
    this.reserve(1);
    this.buf[this.pos++] = n;
  }

  uint16(n: number): void {
    this.reserve(2);
    this.pos = this.buf.writeUInt16LE(n, this.pos);
  }

  uint32(n: number): void {
    this.reserve(4);
    this.pos = this.buf.writeUInt32LE(n, this.pos);
  }

  float64(n: number): void {
    this.reserve(8);
    this.pos = this.buf.writeDoubleLE(n, this.pos);
  }

  /** DateTime64(3) as its Int64 count of milliseconds since the epoch (a safe integer, from Date#getTime). */
  dateTime64Millis(ms: number): void {
    // Two 32-bit halves rather than a BigInt per row; floor() makes the high half right for times
    // before 1970 too (two's complement).
    const high = Math.floor(ms / 0x1_0000_0000);
    this.reserve(8);
    this.buf.writeUInt32LE(ms - high * 0x1_0000_0000, this.pos);
    this.pos = this.buf.writeInt32LE(high, this.pos + 4);
  }

  uint64(n: bigint): void {
    this.reserve(8);
    this.pos = this.buf.writeBigUInt64LE(n, this.pos);
  }

  /**
   * DateTime64(9) as its Int64 count of nanoseconds. OTLP times are unsigned 64-bit; the few that do
   * not fit (after the year 2262, where DateTime64(9) ends) are stored as its last instant instead of
   * wrapping around to a date before 1970.
   */
  dateTime64Nanos(ns: bigint): void {
    this.reserve(8);
    this.pos = this.buf.writeBigInt64LE(ns > MAX_INT64 ? MAX_INT64 : ns, this.pos);
  }

  /**
   * stringMap for a map many rows share, such as the resource attributes of every span of a request:
   * the bytes written for it last time are copied instead of encoded again. Only for maps that are not
   * changed while rows are being written (decoded records are read-only).
   */
  sharedStringMap(map: Readonly<Record<string, string>>): void {
    if (map === this.lastMap) {
      const length = this.lastMapEnd - this.lastMapStart;
      this.reserve(length);
      this.buf.copyWithin(this.pos, this.lastMapStart, this.lastMapEnd);
      this.pos += length;
      return;
    }
    const start = this.pos;
    this.stringMap(map);
    this.lastMap = map;
    this.lastMapStart = start;
    this.lastMapEnd = this.pos;
  }

  /** Map(String, String) from a record's own enumerable keys (a "__proto__" key included). */
  stringMap(map: Readonly<Record<string, string>>): void {
    const keys = Object.keys(map);
    this.varUInt(keys.length);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      this.string(key);
      this.string(map[key]!);
    }
  }
}

/**
 * A column as the bytes carry it. `type` may be simpler than the table's (String for LowCardinality,
 * DateTime64 without its time zone): ClickHouse converts on insert. No quotes in it: it is inlined.
 */
export interface WireColumn {
  name: string;
  type: string;
}

/**
 * Rows already written as RowBinary: `count` rows of `columns`, in `bytes`. Callers encode their rows
 * as soon as they have them (spans: when a request is decoded), so that what waits for a flush is one
 * buffer, not thousands of objects that the garbage collector would copy at every young-generation
 * collection. An insert concatenates the chunks of all its units; all of them must share `columns`
 * (the same array), which the statement names in that order, leaving other columns to their defaults.
 */
export class RowBinaryRows {
  constructor(
    readonly columns: readonly WireColumn[],
    readonly count: number,
    readonly bytes: Buffer,
  ) {}
}

/**
 * Rows written into chunks of about `chunkBytes`, each in a buffer of its own and of its exact size:
 * for a large request (a 48 MiB report is ~90 MiB of rows), one growing buffer cost twice its size
 * while it doubled, and a third copy to be sent to another thread. Each chunk's ArrayBuffer is never
 * Node's shared pool, so it can be transferred to another thread as is. An insert writes the chunks
 * one after another (insert.ts).
 */
export class RowBinaryChunks {
  private readonly chunks: RowBinaryRows[] = [];
  private w: RowBinaryWriter;
  private rows = 0;

  constructor(
    private readonly columns: readonly WireColumn[],
    private readonly chunkBytes = 4 * 2 ** 20,
    firstBytes = chunkBytes,
  ) {
    this.w = new RowBinaryWriter(Math.min(chunkBytes, firstBytes) + 64 * 1024);
  }

  /** Where the next row is written; call rowWritten() once it is. */
  get writer(): RowBinaryWriter {
    return this.w;
  }

  rowWritten(): void {
    this.rows++;
    if (this.w.length >= this.chunkBytes) {
      this.cut();
      this.w = new RowBinaryWriter(this.chunkBytes + 64 * 1024);
    }
  }

  /** The chunks, the last one cut where the rows end; none when no row was written. */
  finish(): RowBinaryRows[] {
    if (this.rows > 0) this.cut();
    return this.chunks;
  }

  private cut(): void {
    const own = new Uint8Array(this.w.bytes());
    this.chunks.push(new RowBinaryRows(this.columns, this.rows, Buffer.from(own.buffer, own.byteOffset, own.byteLength)));
    this.rows = 0;
  }
}

/** The rows a list holds: a RowBinaryRows chunk counts its rows, any other object one row. */
export function rowCount(rows: readonly object[]): number {
  let n = 0;
  for (const row of rows) n += row instanceof RowBinaryRows ? row.count : 1;
  return n;
}
