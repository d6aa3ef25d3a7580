import type { FastifyError } from 'fastify';
import { WINDOW_PATTERN } from './window.ts';

// Schema errors in words a user can act on: the accepted forms instead of a regular expression
// ("querystring/window must be like 30d, 2w or 12h", not "must match pattern ^[0-9]{1,5}(h|d|w)?$"),
// and the allowed values of an enum listed. Other schema errors keep Fastify's message.

export const TEST_ID_PATTERN = '^[0-9a-f]{16}$';
const TRACE_ID_PATTERN = '^[0-9a-fA-F]{32}$';

const FORMS: Record<string, string> = {
  [WINDOW_PATTERN]: 'be like 30d, 2w or 12h (days, weeks or hours)',
  [TEST_ID_PATTERN]: 'be a test id: 16 hex digits, e.g. 3f2a9c1e5b7d8a06 (GET /v1/tests?q=NAME finds a test by name or id prefix)',
  [TRACE_ID_PATTERN]: 'be a trace id: 32 hex digits',
};

interface SchemaError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
}

export function validationMessage(err: FastifyError): string {
  const first = err.validation?.[0] as SchemaError | undefined;
  if (!first) return err.message;
  const where = `${err.validationContext ?? ''}${first.instancePath}`;
  if (first.keyword === 'pattern') {
    const form = FORMS[String(first.params.pattern)];
    if (form) return `${where} must ${form}`;
  }
  if (first.keyword === 'enum' && Array.isArray(first.params.allowedValues)) {
    return `${where} must be one of: ${first.params.allowedValues.join(', ')}`;
  }
  return err.message;
}
