import type { FastifyServerOptions } from 'fastify';
import type { Config } from '../config/config.ts';

// The service's log: JSON lines (pino, Fastify's logger) for log shippers, or readable lines through
// pino-pretty, Fastify's documented pretty transport, for a person at a terminal. pino runs the
// transport in a worker thread, so formatting never blocks request handling.

export function loggerOptions(
  config: Pick<Config, 'LOG_LEVEL' | 'LOG_FORMAT'>,
  stdoutIsTTY = process.stdout.isTTY === true,
): NonNullable<FastifyServerOptions['logger']> {
  const pretty = config.LOG_FORMAT === 'pretty' || (config.LOG_FORMAT === 'auto' && stdoutIsTTY);
  if (!pretty) return { level: config.LOG_LEVEL };
  return {
    level: config.LOG_LEVEL,
    transport: {
      target: 'pino-pretty',
      // Colours only on a terminal; local time with milliseconds; pid and host say nothing locally.
      options: { colorize: stdoutIsTTY, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' },
    },
  };
}
