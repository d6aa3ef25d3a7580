-- Messages that could not be decoded, kept with their original bytes (base64) and the reason so
-- nothing is silently lost and a poison message never blocks its partition. ReplacingMergeTree on
-- (source, topic, partition, offset): Kafka redelivers at least once, and a redelivered bad message
-- is still one dead letter.
CREATE TABLE IF NOT EXISTS dead_letters
(
    source      LowCardinality(String),
    topic       LowCardinality(String),
    partition   Int32,
    offset      String,
    key         String,
    value_b64   String CODEC(ZSTD(3)),
    headers     Map(String, String),
    reason      String,
    received_at DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(received_at)
ORDER BY (source, topic, partition, offset)
