import type { FastifyInstance } from 'fastify';
import { DEFAULT_DECODE_LIMITS } from '../../ingestion/otlp/decode.ts';
import { buildApp } from '../../src/api/app.ts';
import { createTraceDecoder } from '../../src/decode/trace-decoder.ts';
import { testConfig, testStore } from './store.ts';

/** The real app on the real (embedded) engine, for app.inject(); OTLP bodies decoded in a worker thread, as in the service. */
export async function testApp(overrides: Record<string, string> = {}): Promise<FastifyInstance> {
  const store = await testStore();
  const traceDecoder = createTraceDecoder(1, DEFAULT_DECODE_LIMITS);
  const app = await buildApp({ config: testConfig(overrides), store, traceDecoder, logger: false });
  app.addHook('onClose', () => traceDecoder.close());
  return app;
}
