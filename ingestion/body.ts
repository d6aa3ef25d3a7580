import { createGunzip, createInflate } from 'node:zlib';
import { Readable } from 'node:stream';
import { InputError, PayloadTooLargeError } from './errors.ts';

// A request body as decoded bytes: gunzipped when the sender compressed it, and cut off with a 413 as
// soon as it grows past the limit — counted after decompression, so a small gzip bomb is refused too.

export async function* decodedBody(
  body: AsyncIterable<Uint8Array>,
  contentEncoding: string | undefined,
  limitBytes: number,
): AsyncGenerator<Buffer> {
  const encoding = (contentEncoding ?? 'identity').trim().toLowerCase();
  let source: AsyncIterable<Buffer | Uint8Array>;
  if (encoding === 'gzip' || encoding === 'x-gzip') source = Readable.from(body).pipe(createGunzip());
  else if (encoding === 'deflate') source = Readable.from(body).pipe(createInflate());
  else if (encoding === 'identity' || encoding === '') source = body;
  else throw new InputError('UNSUPPORTED_ENCODING', `content-encoding "${encoding}" is not supported (use gzip)`, 415);

  let total = 0;
  try {
    for await (const chunk of source) {
      total += chunk.length;
      if (total > limitBytes) throw new PayloadTooLargeError(limitBytes);
      yield Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('Z_')) {
      throw new InputError('BAD_COMPRESSION', `body is not valid ${encoding} data: ${(e as Error).message}`);
    }
    throw e;
  }
}

/**
 * Whole body in memory (bounded by the limit), for decoders that need all bytes at once. `onBytes`
 * hears of each decoded chunk before it is kept, and may throw to stop reading (a memory budget).
 */
export async function readBody(
  body: AsyncIterable<Uint8Array>,
  contentEncoding: string | undefined,
  limitBytes: number,
  onBytes?: (n: number) => void,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of decodedBody(body, contentEncoding, limitBytes)) {
    onBytes?.(c.length);
    chunks.push(c);
  }
  return Buffer.concat(chunks);
}
