// Retention at the door. The service gives its tables a TTL (SIGNALHOUSE_*_TTL_DAYS, see
// src/store/retention.ts), and ClickHouse applies a table's TTL when it writes a part: a row already
// past it is deleted on arrival. Input that old is refused where it is decoded, with a message that
// names the window, so a sender is never told "stored" about data nobody can read.

const DAY_MS = 86_400_000;

/** The earliest time, in ms since the epoch, still inside a window of `days`; -Infinity for 0 (forever). */
export function retentionCutoffMs(days: number, now = Date.now()): number {
  return days > 0 ? now - days * DAY_MS : Number.NEGATIVE_INFINITY;
}
