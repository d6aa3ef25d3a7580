-- API tokens (src/api/auth/): only the SHA-256 of each token is kept, never the token itself, so a copy
-- of the database gives no access. Tokens are long random strings (256 bits), so a fast hash is enough:
-- there is nothing to brute-force that a slow hash would protect.
-- A revocation writes the row again with revoked_at set and a higher version: ReplacingMergeTree keeps
-- the newest version per id, and readers use FINAL. A handful of rows, so no partitions.
CREATE TABLE IF NOT EXISTS api_tokens
(
    id          String,
    name        String,
    token_hash  FixedString(64),
    scopes      Array(LowCardinality(String)),
    -- Repo patterns this token may touch: 'acme/*', 'acme/shop', or '*' for every repo.
    repos       Array(String),
    created_at  DateTime64(3, 'UTC'),
    revoked_at  Nullable(DateTime64(3, 'UTC')),
    version     UInt64
)
ENGINE = ReplacingMergeTree(version)
ORDER BY id
