import { ClickHouseError } from '@clickhouse/client';

// Retries a store call on errors that a later try can fix, decided by ClickHouse error code or
// network error code, never by message text. Anything else is thrown at once to the caller.

// https://github.com/ClickHouse/ClickHouse/blob/master/src/Common/ErrorCodes.cpp
const TRANSIENT_CLICKHOUSE_CODES = new Set([
  '159', // TIMEOUT_EXCEEDED
  '164', // READONLY (replica restarting)
  '202', // TOO_MANY_SIMULTANEOUS_QUERIES
  '203', // NO_FREE_CONNECTION
  '209', // SOCKET_TIMEOUT
  '210', // NETWORK_ERROR
  '241', // MEMORY_LIMIT_EXCEEDED
  '242', // TABLE_IS_READ_ONLY
  '252', // TOO_MANY_PARTS
  '319', // UNKNOWN_STATUS_OF_INSERT
  '425', // SYSTEM_ERROR
  '999', // KEEPER_EXCEPTION
]);
const TRANSIENT_NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'UND_ERR_SOCKET']);

/**
 * The ClickHouse error code of `e`, if it is a ClickHouse error. A server's errors are
 * @clickhouse/client's ClickHouseError; the embedded engine's connection (chdb) builds the same class
 * from its own copy of the client's common package, which `instanceof` does not recognise, so the
 * shape (a numeric `code` and a `type` name) is checked too.
 */
export function clickhouseErrorCode(e: unknown): string | undefined {
  if (e instanceof ClickHouseError) return String(e.code);
  if (!(e instanceof Error)) return undefined;
  const { code, type } = e as { code?: unknown; type?: unknown };
  return typeof code === 'string' && /^\d+$/.test(code) && typeof type === 'string' ? code : undefined;
}

export function isTransient(e: unknown): boolean {
  const chCode = clickhouseErrorCode(e);
  if (chCode !== undefined) return TRANSIENT_CLICKHOUSE_CODES.has(chCode);
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && TRANSIENT_NETWORK_CODES.has(code);
}

// The store cannot take or answer this now, but may later: out of disk (ClickHouse NOT_ENOUGH_SPACE,
// or the OS's ENOSPC under the embedded engine), a query over its time or memory bound, or anything
// isTransient after the retries ran out. The API answers these 503 with retry-after, never 500.
const UNAVAILABLE_CLICKHOUSE_CODES = new Set([
  '243', // NOT_ENOUGH_SPACE
  '159', // TIMEOUT_EXCEEDED (max_execution_time)
  '241', // MEMORY_LIMIT_EXCEEDED (max_memory_usage)
]);

export function isStoreUnavailable(e: unknown): boolean {
  const chCode = clickhouseErrorCode(e);
  if (chCode !== undefined && UNAVAILABLE_CLICKHOUSE_CODES.has(chCode)) return true;
  if ((e as { code?: unknown } | null)?.code === 'ENOSPC') return true;
  return isTransient(e);
}

export async function withRetry<T>(
  op: () => Promise<T>,
  { tries = 5, baseDelayMs = 100 }: { tries?: number; baseDelayMs?: number } = {},
): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await op();
    } catch (e) {
      if (i >= tries || !isTransient(e)) throw e;
      const delay = baseDelayMs * 2 ** (i - 1) * (0.5 + Math.random());
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}
