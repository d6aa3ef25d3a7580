import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config/config.ts';

describe('config', () => {
  it('has defaults that need no set-up', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(4318);
    expect(c.HOST).toBe('127.0.0.1');
    expect(c.SIGNALHOUSE_DATA_DIR).toBe('./data');
    expect(c.CLICKHOUSE_URL).toBeUndefined();
    expect(c.SIGNALHOUSE_MAX_BODY_BYTES).toBe(50 * 1024 * 1024);
  });

  it('names each bad variable', () => {
    expect(() => loadConfig({ PORT: 'http', CLICKHOUSE_DATABASE: 'drop table;' })).toThrowError(ConfigError);
    try {
      loadConfig({ PORT: '99999', CLICKHOUSE_URL: 'not a url', CLICKHOUSE_DATABASE: 'a-b' });
    } catch (e) {
      const msg = (e as Error).message;
      expect(msg).toMatch(/PORT="99999"/);
      expect(msg).toMatch(/CLICKHOUSE_URL="not a url"/);
      expect(msg).toMatch(/CLICKHOUSE_DATABASE="a-b"/);
    }
  });

  it('decodes spans in one fewer worker than the CPUs, at least one; flushes at most every 500 ms under load', () => {
    const c = loadConfig({});
    expect(c.SIGNALHOUSE_DECODE_WORKERS).toBe(Math.max(1, availableParallelism() - 1));
    expect(c.SIGNALHOUSE_FLUSH_INTERVAL_MS).toBe(500);
    expect(loadConfig({ SIGNALHOUSE_DECODE_WORKERS: '0', SIGNALHOUSE_FLUSH_INTERVAL_MS: '0' })).toMatchObject({
      SIGNALHOUSE_DECODE_WORKERS: 0,
      SIGNALHOUSE_FLUSH_INTERVAL_MS: 0,
    });
    expect(() => loadConfig({ SIGNALHOUSE_DECODE_WORKERS: '-1' })).toThrowError(/SIGNALHOUSE_DECODE_WORKERS="-1"/);
    expect(() => loadConfig({ SIGNALHOUSE_FLUSH_INTERVAL_MS: 'soon' })).toThrowError(/SIGNALHOUSE_FLUSH_INTERVAL_MS="soon"/);
  });

  it('uses a server when CLICKHOUSE_URL is set', () => {
    expect(loadConfig({ CLICKHOUSE_URL: 'http://ch:8123', CLICKHOUSE_USER: 'u' }).CLICKHOUSE_URL).toBe('http://ch:8123');
  });
});
