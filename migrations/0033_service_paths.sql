-- Which files of a repository belong to which service: path globs per (repo, service), set through
-- PUT /v1/service-paths (the CLI sends a checked-in file). POST /v1/risk uses them to know which
-- services a change touches. Tiny table; a PUT replaces the repository's whole mapping, so each row
-- carries the mapping's version (updated_at) and readers take the newest version of the repo only.
CREATE TABLE IF NOT EXISTS service_paths
(
    repo       LowCardinality(String),
    service    String,
    globs      Array(String),
    updated_at DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(updated_at)
ORDER BY (repo, service)
