// The logging the Kafka ingestion needs: pino's call shape (what Fastify's `app.log` is), so the
// service passes its own logger in.

type LogFn = (obj: Record<string, unknown>, msg: string) => void;

export interface Logger {
  debug: LogFn;
  info: LogFn;
  warn: LogFn;
  error: LogFn;
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
