# Signalhouse service image. Build: docker build -t signalhouse .
# Run:   docker run -p 4318:4318 -v signalhouse-data:/data signalhouse
# Configuration is the environment (src/config/config.ts): CLICKHOUSE_URL for a ClickHouse server
# instead of the embedded engine in /data, KAFKA_BROKERS for Kafka ingestion, …
#
# Debian slim, not Alpine: the embedded ClickHouse (npm chdb → @chdb/lib-linux-x64-gnu) is built
# against glibc. `npm start` (scripts/start.mjs) bundles the TypeScript sources with esbuild into
# .cache/start/ and runs the bundle; the image bundles once when it is built, so the service (user
# `node`, who cannot write /app) finds the bundle current and starts at once.

ARG NODE_IMAGE=node:20.19-bookworm-slim

# --- dependencies: production packages only, from the lockfile ---------------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# --- runtime ------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4318 \
    SIGNALHOUSE_DATA_DIR=/data
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json tsconfig.json ./
COPY bin ./bin
COPY src ./src
COPY ingestion ./ingestion
COPY models ./models
COPY migrations ./migrations
COPY scripts/start.mjs ./scripts/start.mjs
RUN node scripts/start.mjs --build-only
# The image's own `node` user (uid 1000) owns the data folder and nothing else.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 4318
# Liveness. For routing, orchestrators should probe GET /readyz (migrations ran, Kafka consumer in
# its group). fetch is built into Node 20: no curl in the image.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4318) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The same as `npm start`, without npm in between (signals reach the service directly).
CMD ["node", "--max-semi-space-size=4", "scripts/start.mjs"]
