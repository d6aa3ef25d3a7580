-- Leases: which service instance runs a piece of background work (training a repo's risk model,
-- writing its weekly report) when several instances share this store. See src/store/leases.ts for the
-- protocol and docs/scaling.md. One row per (name, holder), the newest version wins (FINAL):
-- claiming, renewing and releasing are inserts. Expiry is server time, so instances' clocks do not
-- matter. Tiny; rows go a day after they expire.
CREATE TABLE IF NOT EXISTS leases
(
    name        String,
    holder      String,
    version     UInt64,
    held        UInt8,
    expires_at  DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree(version)
ORDER BY (name, holder)
TTL toDateTime(expires_at) + INTERVAL 1 DAY
