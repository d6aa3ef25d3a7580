import { defined, derived, first, type CiProvider } from './types.ts';

// CircleCI — "Project values and variables", section "Built-in environment variables"
// (circleci.com/docs). CircleCI builds the pushed commit of a pull request (CIRCLE_SHA1), not a merge.
// "Rerun workflow" starts a new workflow (a new CIRCLE_WORKFLOW_ID): its own run, attempt 1.
// CIRCLE_PROJECT_USERNAME/REPONAME are documented for GitHub OAuth and Bitbucket Cloud projects only.

const VARIABLES = ['CIRCLECI', 'CIRCLE_PROJECT_USERNAME', 'CIRCLE_PROJECT_REPONAME', 'CIRCLE_BRANCH', 'CIRCLE_SHA1', 'CIRCLE_WORKFLOW_ID', 'CIRCLE_BUILD_URL', 'CIRCLE_JOB'] as const;

export const circleci: CiProvider = {
  provider: 'circleci',
  name: 'CircleCI',
  variables: VARIABLES,
  detect: (env) => env.CIRCLECI === 'true',
  read(env) {
    const owner = first(env, 'CIRCLE_PROJECT_USERNAME');
    const name = first(env, 'CIRCLE_PROJECT_REPONAME');
    return {
      provider: 'circleci',
      name: 'CircleCI',
      notes: [],
      values: defined({
        repo: derived(owner && name ? `${owner.value}/${name.value}` : undefined, 'CIRCLE_PROJECT_USERNAME/CIRCLE_PROJECT_REPONAME'),
        branch: first(env, 'CIRCLE_BRANCH'),
        commit: first(env, 'CIRCLE_SHA1'),
        runId: first(env, 'CIRCLE_WORKFLOW_ID'),
        url: first(env, 'CIRCLE_BUILD_URL'),
        job: first(env, 'CIRCLE_JOB'),
      }),
    };
  },
};
