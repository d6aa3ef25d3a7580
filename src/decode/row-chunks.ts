import { RowBinaryRows, type WireColumn } from '../store/row-binary.ts';

// Encoded rows crossing between a decode worker and the main thread: class instances do not survive a
// structured clone, so a chunk travels as its row count and bytes, and each chunk's ArrayBuffer (its
// own, of its size: RowBinaryChunks) is transferred, not copied.

export interface RowChunk {
  count: number;
  bytes: Uint8Array;
}

/** Chunks as the worker posts them, and the buffers to transfer with them. */
export function postedChunks(rows: readonly RowBinaryRows[]): { chunks: RowChunk[]; transfer: ArrayBuffer[] } {
  const chunks = rows.map((r) => ({ count: r.count, bytes: new Uint8Array(r.bytes.buffer, r.bytes.byteOffset, r.bytes.byteLength) }));
  return { chunks, transfer: chunks.map((c) => c.bytes.buffer as ArrayBuffer) };
}

/** Posted chunks as rows again, on the receiving side. */
export function receivedChunks(columns: readonly WireColumn[], chunks: readonly RowChunk[]): RowBinaryRows[] {
  return chunks.map((c) => new RowBinaryRows(columns, c.count, Buffer.from(c.bytes.buffer, c.bytes.byteOffset, c.bytes.byteLength)));
}
