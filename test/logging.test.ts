import { describe, expect, it } from 'vitest';
import { loggerOptions } from '../src/api/logging.ts';
import { loadConfig } from '../src/config/config.ts';

// LOG_FORMAT: readable lines on a terminal, JSON lines for log shippers.

describe('LOG_FORMAT', () => {
  const config = (LOG_FORMAT?: string) => loadConfig({ LOG_LEVEL: 'warn', ...(LOG_FORMAT ? { LOG_FORMAT } : {}) });

  it('is auto by default: pino-pretty on a terminal, JSON otherwise', () => {
    expect(config().LOG_FORMAT).toBe('auto');
    expect(loggerOptions(config(), true)).toMatchObject({ level: 'warn', transport: { target: 'pino-pretty', options: { colorize: true } } });
    expect(loggerOptions(config(), false)).toEqual({ level: 'warn' });
  });

  it('can be forced either way', () => {
    expect(loggerOptions(config('json'), true)).toEqual({ level: 'warn' });
    expect(loggerOptions(config('pretty'), false)).toMatchObject({ transport: { target: 'pino-pretty', options: { colorize: false } } });
  });

  it('refuses other values, naming the variable', () => {
    expect(() => config('yaml')).toThrow(/LOG_FORMAT="yaml"/);
  });
});
