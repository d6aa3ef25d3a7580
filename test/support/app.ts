import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/api/app.ts';
import { testConfig, testStore } from './store.ts';

/** The real app on the real (embedded) engine, for app.inject(). */
export async function testApp(overrides: Record<string, string> = {}): Promise<FastifyInstance> {
  const store = await testStore();
  return buildApp({ config: testConfig(overrides), store, logger: false });
}
