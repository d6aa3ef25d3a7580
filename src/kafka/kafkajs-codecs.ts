import { createRequire } from 'node:module';
import { decompress as zstdDecompress } from 'fzstd';
import kafkajs from 'kafkajs';

// Record-batch codecs for kafkajs, which only ships gzip. Without these a snappy, lz4 or zstd batch
// (what an OpenTelemetry Collector writes with `producer.compression` set, or any Java producer
// with `compression.type`) makes every fetch of its partition fail: the partition stalls.
//
// Pure JavaScript on purpose: nothing to compile or to match to the platform, and decompression is
// the only hot direction (we consume; we never produce these codecs in the service).
// - snappy: kafkajs-snappy (snappyjs), which also reads the xerial framing that the Java client's
//   SnappyOutputStream writes around the snappy blocks.
// - lz4: lz4js, LZ4 frame format (https://github.com/lz4/lz4/blob/dev/doc/lz4_Frame_format.md), the
//   format of Kafka record batches since message format v1 (KIP-57).
// - zstd: fzstd, decompression only: a zstd batch is read, never written.
// The tests produce each codec with Kafka's own Java console producer (test/kafka-compression.int.test.ts).

// kafkajs is CommonJS and assigns these two exports in a way Node's ESM loader cannot see as named
// exports (vitest can, plain `node` cannot): take them from the default export.
const { CompressionCodecs, CompressionTypes } = kafkajs;
const require = createRequire(import.meta.url);
// Neither package ships type declarations; each is used through the one call typed here.
const snappyCodec = require('kafkajs-snappy') as () => KafkajsCodec;
const lz4 = require('lz4js') as { compress(src: Uint8Array): Uint8Array; decompress(src: Uint8Array): Uint8Array };

/** What kafkajs expects of a codec (src/protocol/message/compression in kafkajs). */
interface KafkajsCodec {
  compress(encoder: { buffer: Buffer }): Promise<Buffer>;
  decompress(buffer: Buffer): Promise<Buffer>;
}

const lz4Codec: KafkajsCodec = {
  compress: async (encoder) => Buffer.from(lz4.compress(encoder.buffer)),
  decompress: async (buffer) => Buffer.from(lz4.decompress(buffer)),
};

const zstdCodec: KafkajsCodec = {
  compress: async () => {
    throw new Error('zstd compression is not available: Signalhouse only reads zstd record batches');
  },
  decompress: async (buffer) => {
    const out = zstdDecompress(buffer);
    return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
  },
};

let registered = false;

/** Registers the codecs with kafkajs; idempotent (kafkajs keeps them in one module-wide table). */
export function registerKafkajsCodecs(): void {
  if (registered) return;
  const snappy = snappyCodec();
  CompressionCodecs[CompressionTypes.Snappy] = () => snappy;
  CompressionCodecs[CompressionTypes.LZ4] = () => lz4Codec;
  CompressionCodecs[CompressionTypes.ZSTD] = () => zstdCodec;
  registered = true;
}
