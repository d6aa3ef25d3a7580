import { clickhouseErrorCode } from '../store/retry.ts';

export { clickhouseErrorCode };

// Why a store write failed, as far as the consumer cares: the rows themselves (ClickHouse refused to
// parse or convert them: the same rows would fail again, so the message becomes a dead letter), or
// anything else (the store is down, overloaded, misconfigured, closed: the same rows may well succeed
// later, so the message is kept and retried, never dropped and never committed past). Unknown errors
// count as the second kind: a stuck partition is visible and loses nothing; a wrong dead letter would
// quietly drop good data during an outage. Decided by ClickHouse error code, never by message text.

// https://github.com/ClickHouse/ClickHouse/blob/master/src/Common/ErrorCodes.cpp
const ROW_DATA_CODES = new Set([
  '6', // CANNOT_PARSE_TEXT
  '26', // CANNOT_PARSE_QUOTED_STRING
  '27', // CANNOT_PARSE_INPUT_ASSERTION_FAILED
  '38', // CANNOT_PARSE_DATE
  '41', // CANNOT_PARSE_DATETIME
  '53', // TYPE_MISMATCH
  '69', // ARGUMENT_OUT_OF_BOUND
  '70', // CANNOT_CONVERT_TYPE
  '72', // CANNOT_PARSE_NUMBER
  '117', // INCORRECT_DATA
  '131', // TOO_LARGE_STRING_SIZE
  '190', // SIZES_OF_ARRAYS_DONT_MATCH (Nested columns)
  '321', // VALUE_IS_OUT_OF_RANGE_OF_DATA_TYPE
  '349', // CANNOT_INSERT_NULL_IN_ORDINARY_COLUMN
]);

/** ClickHouse refused the rows themselves: writing them again cannot succeed. */
export function isRowDataError(e: unknown): boolean {
  const code = clickhouseErrorCode(e);
  return code !== undefined && ROW_DATA_CODES.has(code);
}

/** Short description for logs and dead-letter reasons: `ClickHouse 41 CANNOT_PARSE_DATETIME: …`. */
export function describeStoreError(e: unknown): string {
  const code = clickhouseErrorCode(e);
  if (code !== undefined) {
    const type = (e as { type?: unknown }).type;
    return `ClickHouse ${code} ${String(type)}: ${(e as Error).message.slice(0, 1000)}`;
  }
  if (e instanceof Error) {
    const c = (e as { code?: unknown }).code;
    return `${typeof c === 'string' ? c : e.name}: ${e.message.slice(0, 1000)}`;
  }
  return String(e).slice(0, 1000);
}
