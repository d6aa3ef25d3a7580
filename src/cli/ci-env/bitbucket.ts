import { defined, derived, first, remoteBranch, type CiProvider } from './types.ts';

// Bitbucket Pipelines — "Variables and secrets", section "Default variables" (support.atlassian.com).
// BITBUCKET_COMMIT is "the commit hash of a commit that kicked off the build": in a pull request
// pipeline, the source branch's commit. BITBUCKET_BRANCH is unset for tag builds. A re-run gets a new
// BITBUCKET_BUILD_NUMBER: its own run, attempt 1.

const VARIABLES = ['BITBUCKET_BUILD_NUMBER', 'BITBUCKET_REPO_FULL_NAME', 'BITBUCKET_BRANCH', 'BITBUCKET_COMMIT', 'BITBUCKET_GIT_HTTP_ORIGIN', 'BITBUCKET_PR_DESTINATION_BRANCH'] as const;

export const bitbucket: CiProvider = {
  provider: 'bitbucket',
  name: 'Bitbucket Pipelines',
  variables: VARIABLES,
  // Bitbucket sets no BITBUCKET=true; a build number and a commit together are its signature.
  detect: (env) => Boolean(env.BITBUCKET_BUILD_NUMBER?.trim() && env.BITBUCKET_COMMIT?.trim()),
  read(env) {
    const build = first(env, 'BITBUCKET_BUILD_NUMBER');
    const origin = first(env, 'BITBUCKET_GIT_HTTP_ORIGIN');
    return {
      provider: 'bitbucket',
      name: 'Bitbucket Pipelines',
      notes: [],
      base: remoteBranch(first(env, 'BITBUCKET_PR_DESTINATION_BRANCH')),
      values: defined({
        repo: first(env, 'BITBUCKET_REPO_FULL_NAME'),
        branch: first(env, 'BITBUCKET_BRANCH'),
        commit: first(env, 'BITBUCKET_COMMIT'),
        runId: build,
        url: derived(origin && build ? `${origin.value.replace(/\/$/, '')}/pipelines/results/${build.value}` : undefined, 'BITBUCKET_GIT_HTTP_ORIGIN/pipelines/results/BITBUCKET_BUILD_NUMBER'),
        job: first(env),
      }),
    };
  },
};
