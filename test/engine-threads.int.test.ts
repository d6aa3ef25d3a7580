import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_THREADS, niceBackgroundThreads } from '../src/store/engine-threads.ts';
import { testStore } from './support/store.ts';

// The embedded engine's background threads (merges above all) run at the ingestion's nice value, so
// that they give way to the queries answering users (src/store/engine-threads.ts).

/** [name, nice] of every thread of this process, from /proc/self/task/<tid>/stat. */
function threads(): [string, number][] {
  return readdirSync('/proc/self/task').flatMap((tid) => {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      return [[name, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16])] as [string, number]]; // field 19
    } catch {
      return [];
    }
  });
}

describe('engine background threads', () => {
  // A server's threads are not in this process: embedded engine only.
  it.runIf(process.platform === 'linux' && !process.env.CLICKHOUSE_URL)('run at the given nice value; query threads and this thread keep theirs', async () => {
    const store = await testStore();
    expect(store.kind).toBe('embedded');
    await store.client.query({ query: 'SELECT 1' }); // the engine is up
    const others = () => threads().filter(([name]) => !BACKGROUND_THREADS.has(name)).map(String).sort();
    const before = others();
    expect(niceBackgroundThreads(12)).toBeGreaterThan(0);
    const after = threads();
    const merges = after.filter(([name]) => name === 'MergeMutate');
    expect(merges.length).toBeGreaterThan(0);
    expect(merges.every(([, nice]) => nice === 12)).toBe(true);
    // The rest (the JS thread, query pools) as they were.
    expect(others()).toEqual(before);
  });
});
