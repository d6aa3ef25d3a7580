-- Deployment events (POST /v1/deployments): a service version reaching an environment. Few rows; each
-- asks for a post-deploy validation plan (GET /v1/deployments/:id/plan). The id is the client's, or
-- derived from service, version, environment and time, so re-sending a deployment replaces it
-- (ReplacingMergeTree on the id, newest received wins).
CREATE TABLE IF NOT EXISTS deployments
(
    deployment_id String,
    repo          LowCardinality(String),
    service_name  LowCardinality(String),
    version       String,
    environment   LowCardinality(String),
    commit        String,
    deployed_at   DateTime64(3, 'UTC'),
    received_at   DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(received_at)
ORDER BY deployment_id
