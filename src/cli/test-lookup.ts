import { qualifiedTestName } from '../../ingestion/test-identity.ts';
import { callServer, CliError } from './server-client.ts';

// `signalhouse test X`: X is a test id, a unique prefix of one (as `flaky` and `failures` print them),
// a test name or a qualified name. Resolved through GET /v1/tests?q=; an ambiguous X lists the
// candidates instead of picking one.

const TEST_ID = /^[0-9a-f]{16}$/;

interface Match {
  testId: string;
  repo: string;
  suite: string;
  className: string;
  name: string;
  lastSeen: string;
}

export async function resolveTest(server: string, test: string, repo: string | undefined): Promise<{ testId: string; repo: string }> {
  const q = new URLSearchParams({ q: test, limit: '20', ...(repo ? { repo } : {}) });
  const { body } = await callServer<{ tests: Match[] }>(server, `v1/tests?${q}`, { method: 'GET', what: `test ${test}` });
  const exact = body.tests.filter((t) => t.testId === test);
  const found = TEST_ID.test(test) && exact.length === 1 ? exact : body.tests;
  if (found.length === 1) return { testId: found[0]!.testId, repo: found[0]!.repo };
  const where = repo ? ` in ${repo}` : '';
  if (found.length === 0) {
    throw new CliError(`test ${test}: no test${where} has this id, id prefix, name or qualified name (e.g. com.acme.CartTest.timing)`);
  }
  const list = found.map((t) => `  ${t.testId}  ${t.repo}  ${qualifiedTestName(t.suite, t.className, t.name)}`).join('\n');
  throw new CliError(
    `test ${test}: ${found.length === 20 ? '20 or more' : found.length} tests${where} match; give more of the id, the qualified name${repo ? '' : ' or --repo'}:\n${list}`,
  );
}
