import type { FastifyInstance } from 'fastify';
import { InputError } from '../../ingestion/errors.ts';

// A query value such as `limit=1e309` is a number too large for a double: the schemas' type coercion
// turns it into Infinity, which then passes `type: integer` and `maximum` (Ajv compares nothing with a
// non-finite number the way it does with others) and fails only when the query is sent to ClickHouse
// (found by the fuzz suite: a 500). Every query value that reads as a number must be a finite one; the
// schemas judge the rest.

const NUMERIC = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

export function refuseNonFiniteNumbers(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    const query = req.query as Record<string, unknown> | undefined;
    if (!query) return;
    const numeric = numericParameters(req.routeOptions.schema?.querystring);
    for (const [name, value] of Object.entries(query)) {
      // Only where the schema coerces to a number: a string parameter keeps its text, and a pipeline
      // slug or commit such as `932e2398` reads as a number (Infinity) without being one.
      if (!numeric.has(name)) continue;
      for (const v of Array.isArray(value) ? value : [value]) {
        if (typeof v === 'string' && NUMERIC.test(v.trim()) && !Number.isFinite(Number(v))) {
          throw new InputError('BAD_REQUEST', `querystring/${name} is out of range: ${v.slice(0, 40)}`);
        }
      }
    }
  });
}

/** Per route schema, the names of its query parameters typed as a number or integer: read once. */
const numericByRoute = new WeakMap<object, Set<string>>();
const NONE = new Set<string>();

function numericParameters(schema: unknown): Set<string> {
  if (typeof schema !== 'object' || schema === null) return NONE;
  const known = numericByRoute.get(schema);
  if (known) return known;
  const names = new Set<string>();
  const properties = (schema as { properties?: Record<string, { type?: unknown }> } | undefined)?.properties ?? {};
  for (const [name, property] of Object.entries(properties)) {
    const types = Array.isArray(property.type) ? property.type : [property.type];
    if (types.includes('number') || types.includes('integer')) names.add(name);
  }
  numericByRoute.set(schema, names);
  return names;
}
