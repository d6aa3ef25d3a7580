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
    for (const [name, value] of Object.entries(query)) {
      for (const v of Array.isArray(value) ? value : [value]) {
        if (typeof v === 'string' && NUMERIC.test(v.trim()) && !Number.isFinite(Number(v))) {
          throw new InputError('BAD_REQUEST', `querystring/${name} is out of range: ${v.slice(0, 40)}`);
        }
      }
    }
  });
}
