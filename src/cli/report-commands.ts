import { Option, type Command } from 'commander';
import { qualifiedTestName } from '../../ingestion/test-identity.ts';
import { callServer } from './server-client.ts';
import { resolveTest } from './test-lookup.ts';

// Read commands for people and CI: which tests are flaky, what keeps failing, one test's record.
//   signalhouse flaky --repo R [--window 30d] [--limit 100] [--json]
//   signalhouse failures --repo R [--class product|flaky|infrastructure] [--json]
//   signalhouse test <test> [--repo R] [--json]   (an id, a unique id prefix, a name or a qualified name)

interface FlakyTest {
  testId: string;
  suite: string;
  className: string;
  name: string;
  state: string;
  score: number;
  interval: [number, number];
  impact: { failedRuns: number; reruns: number; rerunMinutes: number };
  quarantine: { advice: string; reason: string };
}

/** A failure group of GET /v1/failures, and of a test's signatures (models/failures FailureGroup). */
interface Signature {
  class: string;
  failures: number;
  tests: number;
  lastSeen: string;
  example: { testId: string; suite: string; className: string; name: string; message: string };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function describeSignature(g: Signature, indent: string): string {
  const e = g.example;
  return `${indent}${g.class.padEnd(14)} ${String(g.failures).padStart(6)} failures in ${g.tests} test(s), last ${g.lastSeen}: ${e.message.split('\n')[0]!.slice(0, 120)}\n` +
    `${indent}${' '.repeat(15)}e.g. ${qualifiedTestName(e.suite, e.className, e.name)} (${e.testId})`;
}

function print(json: boolean, body: unknown, human: () => string): void {
  process.stdout.write(json ? `${JSON.stringify(body, null, 2)}\n` : `${human()}\n`);
}

export function addReportCommands(program: Command, serverOption: () => Option): void {
  program
    .command('flaky')
    .description('list flaky tests, most flaky first')
    .requiredOption('--repo <repo>', 'repository, e.g. acme/shop')
    .option('--window <window>', 'history to consider, e.g. 30d, 2w', '30d')
    .option('--limit <n>', 'at most this many tests', '100')
    .addOption(serverOption())
    .option('--json', 'print the answer as JSON')
    .action(async (o: { repo: string; window: string; limit: string; server: string; json?: boolean }) => {
      const q = new URLSearchParams({ repo: o.repo, window: o.window, limit: o.limit });
      const { body } = await callServer<{ tests: FlakyTest[] }>(o.server, `v1/tests/flaky?${q}`, { method: 'GET', what: 'flaky' });
      print(Boolean(o.json), body, () =>
        body.tests.length === 0
          ? `no flaky tests in ${o.repo} in the last ${o.window}`
          : body.tests
              .map((t) =>
                `${t.state.padEnd(8)} ${pct(t.score).padStart(6)} [${pct(t.interval[0])}–${pct(t.interval[1])}]  ` +
                `${t.className ? `${t.className}.` : `${t.suite} › `}${t.name}  (${t.testId})\n` +
                `         ${t.quarantine.advice}: ${t.quarantine.reason}`,
              )
              .join('\n'),
      );
    });

  program
    .command('failures')
    .description('failures grouped by signature, with their class')
    .requiredOption('--repo <repo>', 'repository')
    .addOption(new Option('--class <class>', 'only this class of failure').choices(['product', 'flaky', 'infrastructure']))
    .option('--limit <n>', 'at most this many groups', '50')
    .addOption(serverOption())
    .option('--json', 'print the answer as JSON')
    .action(async (o: { repo: string; class?: string; limit: string; server: string; json?: boolean }) => {
      const q = new URLSearchParams({ repo: o.repo, limit: o.limit, ...(o.class ? { class: o.class } : {}) });
      const { body } = await callServer<{ groups: Signature[] }>(o.server, `v1/failures?${q}`, { method: 'GET', what: 'failures' });
      print(Boolean(o.json), body, () => body.groups.map((g) => describeSignature(g, '')).join('\n') || 'no failures');
    });

  program
    .command('test')
    .description("one test's flakiness and failure signatures")
    .argument('<test>', 'the test: its id, a unique prefix of it, its name or its qualified name (com.acme.CartTest.timing)')
    .option('--repo <repo>', 'repository')
    .option('--window <window>', 'history to consider', '30d')
    .addOption(serverOption())
    .option('--json', 'print the answer as JSON')
    .action(async (test: string, o: { repo?: string; window: string; server: string; json?: boolean }) => {
      const found = await resolveTest(o.server, test, o.repo);
      const q = new URLSearchParams({ window: o.window, repo: found.repo });
      type Answer = { testId: string; suite: string; className: string; name: string; flakiness: FlakyTest & { evidence: { executions: number } }; signatures: Signature[] };
      const { body } = await callServer<Answer>(o.server, `v1/tests/${found.testId}?${q}`, { method: 'GET', what: `test ${test}` });
      print(Boolean(o.json), body, () => {
        const f = body.flakiness;
        const head =
          `${qualifiedTestName(body.suite, body.className, body.name)} (${body.testId}): ${f.state}, flake rate ${pct(f.score)} ` +
          `[${pct(f.interval[0])}–${pct(f.interval[1])}] over ${f.evidence.executions} executions; ${f.quarantine.advice}: ${f.quarantine.reason}`;
        const sigs = body.signatures.length === 0
          ? ['no failure signatures: it has not failed']
          : [`failure signatures (${body.signatures.length}):`, ...body.signatures.map((g) => describeSignature(g, '  '))];
        return [head, ...sigs].join('\n');
      });
    });
}
