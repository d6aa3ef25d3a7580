import { describe, expect, it } from 'vitest';
import { isVariableSegment, operationName, templatePath } from '../ingestion/otlp/operation-name.ts';

// The naming rules on spans shaped as instrumentations write them (attribute sets copied from the
// HTTP, RPC and messaging semantic conventions, current and older spellings). Spans written by the
// real Node SDK + HTTP/Express instrumentations are checked in operation-name-otel.int.test.ts.

const op = (name: string, spanAttributes: Record<string, string> = {}) => operationName({ name, spanAttributes });

describe('operationName', () => {
  it('keeps a span name that already is a route template', () => {
    expect(op('GET /api/orders/:id', { 'http.route': '/api/orders/:id', 'url.path': '/api/orders/5' })).toBe('GET /api/orders/:id');
    expect(op('PUT /items/{itemId}')).toBe('PUT /items/{itemId}');
    expect(op('GET /health')).toBe('GET /health');
  });

  it('templates a raw path some instrumentation put in the span name', () => {
    expect(op('GET /api/orders/123/lines/7')).toBe('GET /api/orders/:id/lines/:id');
    expect(op('get /users/550e8400-e29b-41d4-a716-446655440000?x=1')).toBe('GET /users/:id');
  });

  it('takes method + http.route when the name carries no route (older names, custom names)', () => {
    expect(op('HTTP GET', { 'http.method': 'GET', 'http.route': '/carts/:cartId', 'http.target': '/carts/77' })).toBe('GET /carts/:cartId');
    expect(op('handle', { 'http.request.method': 'post', 'http.route': '/pay' })).toBe('POST /pay');
  });

  it('takes rpc.service/rpc.method', () => {
    expect(op('grpc call', { 'rpc.system': 'grpc', 'rpc.service': 'shop.Orders', 'rpc.method': 'Get' })).toBe('shop.Orders/Get');
  });

  it('takes the messaging destination, its template first', () => {
    expect(op('orders process', { 'messaging.operation.type': 'process', 'messaging.destination.name': 'orders' })).toBe('process orders');
    expect(op('x', { 'messaging.destination.template': '/customers/{id}', 'messaging.destination.name': '/customers/42' })).toBe('/customers/{id}');
    expect(op('x', { 'messaging.operation': 'receive', 'messaging.destination': 'payments' })).toBe('receive payments');
  });

  it('templates url.path (the ESM Express server span without the loader hook: just "GET")', () => {
    const a = op('GET', { 'http.request.method': 'GET', 'url.path': '/api/orders/5', 'url.query': 'expand=1' });
    const b = op('GET', { 'http.request.method': 'GET', 'url.path': '/api/orders/6' });
    expect(a).toBe('GET /api/orders/:id');
    expect(b).toBe(a);
    expect(op('GET', { 'http.request.method': 'GET', 'url.path': '/api/customers' })).not.toBe(a);
  });

  it('falls back to http.target, then the path of url.full / http.url', () => {
    expect(op('GET', { 'http.method': 'GET', 'http.target': '/v2/sessions/abcdef0123456789abcdef0123456789?q=1' })).toBe('GET /v2/sessions/:id');
    expect(op('GET', { 'http.request.method': 'GET', 'url.full': 'https://pay.example/charges/ch_3PqXz9LkdF0a1b2c3D4e5F6g/refund' })).toBe('GET /charges/:id/refund');
    expect(op('POST', { 'http.method': 'POST', 'http.url': 'http://inventory:8080/stock/991' })).toBe('POST /stock/:id');
  });

  it('is the span name when nothing names an operation', () => {
    expect(op('SELECT orders', { 'db.system': 'postgresql' })).toBe('SELECT orders');
    expect(op('GET')).toBe('GET');
    expect(op('GET', { 'url.path': '/a/1' })).toBe('GET'); // a path without a method is no HTTP operation
  });
});

describe('templatePath', () => {
  it('replaces numbers, UUIDs, hex ids and long tokens, keeps words and templates', () => {
    expect(templatePath('/orders/42/items/3.5')).toBe('/orders/:id/items/:id');
    expect(templatePath('/blobs/5f1d7c3e9a2b4c6d8e0f1a2b')).toBe('/blobs/:id');
    expect(templatePath('/commits/3f2a9c1e')).toBe('/commits/:id');
    expect(templatePath('/t/eyJhbGciOiJIUzI1NiJ9x1')).toBe('/t/:id');
    expect(templatePath('/api/v1/added/facade/:id/{x}/*')).toBe('/api/v1/added/facade/:id/{x}/*');
    expect(templatePath('/reports/2026/summary')).toBe('/reports/:id/summary');
    expect(templatePath('/')).toBe('/');
    expect(templatePath('/a/b/')).toBe('/a/b/');
  });

  it('judges percent-encoded segments decoded, and bad encoding as it is', () => {
    expect(isVariableSegment('%31%32%33')).toBe(true);
    expect(isVariableSegment('%E0%A4%A')).toBe(false);
    expect(isVariableSegment('deadbeef')).toBe(false); // eight hex letters, no digit: a word
    expect(isVariableSegment('checkout')).toBe(false);
    expect(isVariableSegment('a-long-but-human-readable-slug')).toBe(false);
  });
});
