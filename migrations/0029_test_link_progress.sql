-- How far the test linker (src/store/test-links.ts) has looked: spans and test results ingested up to
-- linked_until have had their traces walked into test_operation_links. One row (id 0), replaced on
-- every pass; the newest updated_at wins.
CREATE TABLE IF NOT EXISTS test_link_progress
(
    id           UInt8,
    linked_until DateTime64(3, 'UTC'),
    updated_at   DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(updated_at)
ORDER BY id
