import { describe, expect, it } from 'vitest';
import { ShortCache } from '../models/short-cache.ts';

// The few-seconds cache of store answers that POST /v1/risk uses for a change's base and a repo's
// incidents (models/short-cache.ts).

describe('ShortCache', () => {
  it('asks once while the answer is young, again when its version moves or it has aged', async () => {
    let asked = 0;
    const load = async () => ++asked;
    const young = new ShortCache<number>(60_000);
    expect(await young.get('a', load, 1)).toBe(1);
    expect(await young.get('a', load, 1)).toBe(1);
    expect(await young.get('b', load, 1)).toBe(2); // another key
    expect(await young.get('a', load, 2)).toBe(3); // the version moved (an incident was stored)
    const aged = new ShortCache<number>(0);
    expect(await aged.get('a', load)).toBe(4);
    expect(await aged.get('a', load)).toBe(5);
  });

  it('forgets a failed answer at once, so the next caller asks again', async () => {
    const cache = new ShortCache<string>(60_000);
    await expect(cache.get('a', async () => Promise.reject(new Error('engine busy')))).rejects.toThrow('engine busy');
    await new Promise((r) => setImmediate(r));
    expect(await cache.get('a', async () => 'ok')).toBe('ok');
  });

  it('starts empty again past maxEntries', async () => {
    let asked = 0;
    const cache = new ShortCache<number>(60_000, 2);
    await cache.get('a', async () => ++asked);
    await cache.get('b', async () => ++asked);
    await cache.get('c', async () => ++asked); // clears, then holds c
    expect(await cache.get('a', async () => ++asked)).toBe(4);
  });
});
