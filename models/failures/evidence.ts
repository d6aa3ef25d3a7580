// The evidence codes stored in failure_classes.evidence, and what they mean to a person.

export const EVIDENCE = {
  'pipeline-error': 'the CI system reported an error for this run (cicd.pipeline.result=error)',
  'infra-sign': 'the failure names the machine, not the code (out of memory, lost runner, DNS, full disk…)',
  'infra-sign-shared': "many failures of this report show timeouts or refused/reset connections, and the test's next run did not fail the same way",
  'mass-failure':
    "a large share of the report failed at once, and the test's next run did not fail the same way (or most of the report's failures show infrastructure signs)",
  'passed-same-commit': 'the same test passed on the same commit (re-run or retry)',
  'lone-flips': 'failed alone on its branch (not the run before, not the run after), more than once',
  'flaky-signature': 'failed the same way as a failure of this test that passed on the same commit',
  'failed-again-same-commit': 'failed again when the same commit was run again (re-run or retry), and never passed on it',
  persists: 'failed the same way in its next run too',
  'awaiting-next-run':
    'the test has not run again on its branch: whether the failure persists, flips or was a one-off of the machine is not known yet; product until then',
  'no-sign': 'no sign of infrastructure or non-determinism',
} as const;

export type EvidenceCode = keyof typeof EVIDENCE;

export function describeEvidence(code: string): string {
  return (EVIDENCE as Record<string, string>)[code] ?? code;
}
