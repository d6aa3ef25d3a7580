/**
 * Bounds applied while decoding, so one oversized span cannot bloat a batch or a ClickHouse row.
 * Oversized data is truncated or dropped, never a reason to reject the span: the rest of it is
 * still worth keeping. The per-span counts match the OpenTelemetry SDK defaults (128), see
 * https://opentelemetry.io/docs/specs/otel/common/#attribute-limits
 */
export interface DecodeLimits {
  /** Longest attribute key or flattened value kept, in UTF-16 code units; longer ones are cut. */
  maxAttributeValueLength: number;
  /** Attributes kept per span, event, link and resource; the rest are dropped. */
  maxAttributesPerSpan: number;
  maxEventsPerSpan: number;
  maxLinksPerSpan: number;
  /** Nesting of arrayValue/kvlistValue kept when flattening; deeper values become "…". */
  maxValueDepth: number;
  /** Error messages kept for `partial_success.error_message`; the count of rejects is exact. */
  maxErrors: number;
  /**
   * Spans that started more than this many days ago are rejected; 0 accepts any age. The service sets
   * it to the spans table's retention (SIGNALHOUSE_SPANS_TTL_DAYS): ClickHouse applies a table's TTL
   * when it writes a part, so such a span would be dropped at insert while the sender was told it was
   * stored. Rejecting it says so in `partial_success` (or, from Kafka, in a dead letter).
   */
  spansRetentionDays: number;
  /**
   * Test case spans that started more than this many days ago are rejected; 0 accepts any age. The
   * service sets it to SIGNALHOUSE_RESULTS_TTL_DAYS: such a span's test result would be deleted on
   * arrival, and half-storing a test span (the span without its result) is not what the sender meant.
   */
  testResultsRetentionDays: number;
}

export const DEFAULT_DECODE_LIMITS: Readonly<DecodeLimits> = Object.freeze({
  maxAttributeValueLength: 8 * 1024,
  maxAttributesPerSpan: 128,
  maxEventsPerSpan: 128,
  maxLinksPerSpan: 128,
  maxValueDepth: 16,
  maxErrors: 10,
  spansRetentionDays: 0,
  testResultsRetentionDays: 0,
});
