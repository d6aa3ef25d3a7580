import { SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import type { FastifyInstance } from 'fastify';

// The service traces itself with @opentelemetry/sdk-node, off by default. With
// SIGNALHOUSE_SELF_TRACING=true the SDK starts and reads the standard OTEL_* variables (exporter,
// endpoint, protocol, sampler, resource attributes). Without it the OpenTelemetry API is a no-op.
//
// No feedback loop: OTLP ingestion (/v1/traces) is never traced. Otherwise, with the exporter pointed
// at this very service, every export would make a span of its own ingestion, which would be exported,
// which would make another span, for ever. The SDK's exporter already suppresses tracing of its own
// outgoing requests.

const tracer = trace.getTracer('signalhouse');
const UNTRACED_ROUTES = new Set(['/v1/traces']);

/** The SDK is loaded only when self-tracing is on: ~27 MiB of resident memory a service without it would carry. */
export async function startSelfTracing(enabled: boolean): Promise<{ shutdown(): Promise<void> }> {
  if (!enabled) return { shutdown: async () => {} };
  const { NodeSDK } = await import('@opentelemetry/sdk-node');
  const sdk = new NodeSDK({ serviceName: process.env.OTEL_SERVICE_NAME ?? 'signalhouse' });
  sdk.start();
  return { shutdown: () => sdk.shutdown() };
}

/** One server span per request, named by route, except for the ingestion routes above. */
export function traceRequests(app: FastifyInstance): void {
  const spans = new WeakMap<object, Span>();
  app.addHook('onRequest', async (req) => {
    const route = req.routeOptions.url ?? 'unknown';
    if (UNTRACED_ROUTES.has(route)) return;
    spans.set(req, tracer.startSpan(`${req.method} ${route}`, {
      kind: 1, // SpanKind.SERVER
      attributes: { 'http.request.method': req.method, 'http.route': route },
    }));
  });
  app.addHook('onResponse', async (req, reply) => {
    const span = spans.get(req);
    if (!span) return;
    span.setAttribute('http.response.status_code', reply.statusCode);
    if (reply.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  });
}
