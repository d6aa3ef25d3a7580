-- Keeps operation_days (0025) current from every insert into spans. Entry span: kind server or
-- consumer, or no parent. Test and CI spans (any test.* or cicd.* attribute on the span or its
-- resource) are not traffic. An error is status ERROR, or an HTTP 5xx answer for instrumentations
-- that leave the status unset (HTTP status as string: attribute maps hold strings).
CREATE MATERIALIZED VIEW IF NOT EXISTS operation_days_mv TO operation_days AS
SELECT environment, service_name, operation, kind, toDate(start_time) AS day,
       count() AS calls,
       countIf(status_code = 'error'
               OR toUInt16OrZero(span_attributes['http.response.status_code']) >= 500
               OR toUInt16OrZero(span_attributes['http.status_code']) >= 500) AS errors,
       quantilesTDigestState(0.5, 0.95)(duration_ns) AS duration_ns
FROM spans
WHERE (kind IN ('server', 'consumer') OR parent_span_id = '')
  AND NOT arrayExists(k -> startsWith(k, 'test.') OR startsWith(k, 'cicd.'), mapKeys(span_attributes))
  AND NOT arrayExists(k -> startsWith(k, 'test.') OR startsWith(k, 'cicd.'), mapKeys(resource_attributes))
GROUP BY environment, service_name, operation, kind, day
