import { defined, derived, first, isCommitId, remoteBranch, repoFromCloneUrl, type CiProvider } from './types.ts';

// Buildkite — "Environment variables" (buildkite.com/docs/pipelines/environment_variables). Buildkite
// builds a pull request's pushed commit (BUILDKITE_COMMIT, BUILDKITE_BRANCH). BUILDKITE_COMMIT "can
// also be a symbolic name like HEAD" for builds started by hand: that is not a commit to store, so it
// counts as missing. BUILDKITE_RETRY_COUNT is 0 on a job's first run.

const VARIABLES = ['BUILDKITE', 'BUILDKITE_REPO', 'BUILDKITE_BRANCH', 'BUILDKITE_COMMIT', 'BUILDKITE_BUILD_ID', 'BUILDKITE_RETRY_COUNT', 'BUILDKITE_BUILD_URL', 'BUILDKITE_PIPELINE_SLUG', 'BUILDKITE_LABEL', 'BUILDKITE_PULL_REQUEST_BASE_BRANCH'] as const;

export const buildkite: CiProvider = {
  provider: 'buildkite',
  name: 'Buildkite',
  variables: VARIABLES,
  detect: (env) => env.BUILDKITE === 'true',
  read(env) {
    const notes: string[] = [];
    const repoUrl = first(env, 'BUILDKITE_REPO');
    let commit = first(env, 'BUILDKITE_COMMIT');
    if (commit && !isCommitId(commit.value)) {
      notes.push(`BUILDKITE_COMMIT is "${commit.value}", not a commit id: pass --commit`);
      commit = undefined;
    }
    const retries = first(env, 'BUILDKITE_RETRY_COUNT');
    const retryCount = retries && /^\d+$/.test(retries.value) ? Number(retries.value) : undefined;
    return {
      provider: 'buildkite',
      name: 'Buildkite',
      notes,
      base: remoteBranch(first(env, 'BUILDKITE_PULL_REQUEST_BASE_BRANCH')),
      values: defined({
        repo: derived(repoUrl && repoFromCloneUrl(repoUrl.value), 'BUILDKITE_REPO'),
        branch: first(env, 'BUILDKITE_BRANCH'),
        commit,
        runId: first(env, 'BUILDKITE_BUILD_ID'),
        attempt: derived(retryCount === undefined ? undefined : String(retryCount + 1), 'BUILDKITE_RETRY_COUNT + 1'),
        url: first(env, 'BUILDKITE_BUILD_URL'),
        pipeline: first(env, 'BUILDKITE_PIPELINE_SLUG'),
        job: first(env, 'BUILDKITE_LABEL'),
      }),
    };
  },
};
