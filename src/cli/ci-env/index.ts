import { CliError } from '../server-client.ts';
import { azure } from './azure.ts';
import { bitbucket } from './bitbucket.ts';
import { buildkite } from './buildkite.ts';
import { circleci } from './circleci.ts';
import { github } from './github.ts';
import { gitlab } from './gitlab.ts';
import { jenkins } from './jenkins.ts';
import type { CiDetection, CiEnv, CiField, CiProvider } from './types.ts';

export type { CiDetection, CiEnv, CiField } from './types.ts';

// Zero-flag CI: `signalhouse upload junit 'reports/**/*.xml'` and `signalhouse select` read the run
// (repo, branch, commit, run id, attempt, link) from the CI provider's documented variables. A flag
// always wins over a detected value.

export const PROVIDERS: readonly CiProvider[] = [github, gitlab, jenkins, circleci, buildkite, azure, bitbucket];

/** Every variable a detector reads (tests blank them to run as if outside CI). */
export const CI_VARIABLES: readonly string[] = [...new Set(PROVIDERS.flatMap((p) => p.variables))];

export function detectCi(env: CiEnv): CiDetection | null {
  // Each provider is recognised by its own marker variable (GITHUB_ACTIONS=true, GITLAB_CI=true, …);
  // should two be set, the first in the list above wins.
  const p = PROVIDERS.find((x) => x.detect(env));
  return p ? p.read(env) : null;
}

export const FLAG_OF: Record<CiField, string> = {
  repo: '--repo',
  branch: '--branch',
  commit: '--commit',
  runId: '--run-id',
  attempt: '--attempt',
  url: '--url',
  pipeline: '--pipeline',
  job: '--job',
};

export const PROVIDER_NAMES = PROVIDERS.map((p) => p.name).join(', ');

/**
 * The value of each field: the flag when given, else what the CI says. Fields in `required` that are
 * still missing stop the command with a message naming their flags.
 */
export function resolveFields<F extends CiField>(
  flags: Partial<Record<CiField, string | undefined>>,
  ci: CiDetection | null,
  required: readonly F[],
): Partial<Record<CiField, string>> & Record<F, string> {
  const out: Partial<Record<CiField, string>> = {};
  for (const field of Object.keys(FLAG_OF) as CiField[]) {
    const v = flags[field] ?? ci?.values[field]?.value;
    if (v !== undefined && v !== '') out[field] = v;
  }
  const missing = required.filter((f) => out[f] === undefined);
  if (missing.length > 0) {
    const where = ci
      ? `${ci.name} was detected but does not say ${missing.map((f) => f).join(', ')}${ci.notes.length ? ` (${ci.notes.join('; ')})` : ''}`
      : `no CI detected (known: ${PROVIDER_NAMES})`;
    throw new CliError(`missing ${missing.map((f) => FLAG_OF[f]).join(', ')}: ${where}; run \`signalhouse doctor\` to see what was detected`);
  }
  return out as Partial<Record<CiField, string>> & Record<F, string>;
}
