import type { KafkaMessage } from '../../ingestion/kafka/message.ts';

// Our small interface over a Kafka consumer client. The consumer (consumer.ts) needs only this, so the
// client library (kafkajs today, see kafkajs-source.ts) can be replaced without touching the delivery
// logic, and nothing outside src/kafka imports it.
//
// Contract the consumer relies on:
// - Batches of one partition arrive in offset order, starting at the group's committed offset (or the
//   earliest offset for a new group) and going on contiguously, except for gaps Kafka itself leaves
//   (compaction, transaction markers).
// - After a rebalance or a client restart, delivery of a partition may start again from its committed
//   offset: messages already delivered are delivered again (a rewind). Nothing is ever skipped.
// - `onBatch` returning means "taken over"; the source fetches on. Nothing is committed by the source
//   itself: offsets move only through `commit`.

export type { KafkaMessage } from '../../ingestion/kafka/message.ts';

export interface SourceBatch {
  topic: string;
  partition: number;
  messages: KafkaMessage[];
}

export interface TopicPartition {
  topic: string;
  partition: number;
}

export interface PartitionOffset extends TopicPartition {
  /** The next offset to read (the last durable message's offset + 1), as a decimal string. */
  offset: string;
}

export interface SourceHandlers {
  /** One batch of one partition. Must not throw: the consumer handles its own failures. */
  onBatch(batch: SourceBatch): Promise<void>;
  /**
   * The partitions this member owns now (after every group join). Partitions missing from it were
   * revoked: their offsets must no longer be committed by this member.
   */
  onAssignment(assigned: TopicPartition[]): void;
}

export interface MessageSource {
  /** Connects, subscribes and starts delivering. Resolves once delivery has started. */
  run(handlers: SourceHandlers): Promise<void>;
  /** Commits the given next-offsets for the group. Rejects when the commit did not happen. */
  commit(offsets: PartitionOffset[]): Promise<void>;
  /** Stops fetching (already fetched batches may still arrive); the member stays in its group. */
  pause(): void;
  resume(): void;
  /** Leaves the group and disconnects. */
  stop(): Promise<void>;
  /** Whether this member is in its consumer group right now (joined, not crashed or stopped); for /readyz. */
  isMember?(): boolean;
}
