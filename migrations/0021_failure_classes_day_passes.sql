-- For a failure: how many clean passes (reported, passed at the first try) the test had earlier on the
-- same UTC day, up to the failure's start. With the daily counts in test_days this gives the clean
-- passes since a test's last flaky failure (release from quarantine) exactly, without reading the raw
-- results at request time: the passes of the days from that failure's day on, minus these.
ALTER TABLE failure_classes ADD COLUMN IF NOT EXISTS day_clean_passes_before UInt32 DEFAULT 0 AFTER evidence
