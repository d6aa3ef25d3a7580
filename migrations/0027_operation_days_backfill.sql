-- Backfills operation_days with the spans stored before its view (0026) existed; the same SELECT as
-- the view. Migrations run at start-up before any ingestion, so no span is both seen by the view and
-- read here; the guard makes re-applying this file a no-op once recorded (sums would double).
INSERT INTO operation_days (environment, service_name, operation, kind, day, calls, errors, duration_ns)
SELECT environment, service_name, operation, kind, toDate(start_time) AS day,
       count() AS calls,
       countIf(status_code = 'error'
               OR toUInt16OrZero(span_attributes['http.response.status_code']) >= 500
               OR toUInt16OrZero(span_attributes['http.status_code']) >= 500) AS errors,
       quantilesTDigestState(0.5, 0.95)(duration_ns) AS duration_ns
FROM spans FINAL
WHERE (kind IN ('server', 'consumer') OR parent_span_id = '')
  AND NOT arrayExists(k -> startsWith(k, 'test.') OR startsWith(k, 'cicd.'), mapKeys(span_attributes))
  AND NOT arrayExists(k -> startsWith(k, 'test.') OR startsWith(k, 'cicd.'), mapKeys(resource_attributes))
  AND (SELECT count() FROM schema_migrations WHERE version = 27) = 0
GROUP BY environment, service_name, operation, kind, day
