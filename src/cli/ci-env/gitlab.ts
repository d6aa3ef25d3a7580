import { defined, first, type CiProvider } from './types.ts';

// GitLab CI/CD — "Predefined CI/CD variables reference" (docs.gitlab.com), including its section
// "Predefined variables for merge request pipelines". In a merged results pipeline CI_COMMIT_SHA is the
// merge commit GitLab made; CI_MERGE_REQUEST_SOURCE_BRANCH_SHA is the head of the source branch there
// (and empty in other pipelines, where CI_COMMIT_SHA already is what was pushed). GitLab has no
// documented variable counting retries of a job (a retried job gets a new CI_JOB_ID in the same
// pipeline), so every upload is attempt 1 unless --attempt says otherwise.

const VARIABLES = [
  'GITLAB_CI',
  'CI_PROJECT_PATH',
  'CI_MERGE_REQUEST_SOURCE_BRANCH_NAME',
  'CI_COMMIT_BRANCH',
  'CI_COMMIT_REF_NAME',
  'CI_MERGE_REQUEST_SOURCE_BRANCH_SHA',
  'CI_COMMIT_SHA',
  'CI_PIPELINE_ID',
  'CI_PIPELINE_URL',
  'CI_PIPELINE_NAME',
  'CI_JOB_NAME',
  'CI_MERGE_REQUEST_DIFF_BASE_SHA',
] as const;

export const gitlab: CiProvider = {
  provider: 'gitlab',
  name: 'GitLab CI/CD',
  variables: VARIABLES,
  detect: (env) => env.GITLAB_CI === 'true',
  read: (env) => ({
    provider: 'gitlab',
    name: 'GitLab CI/CD',
    notes: [],
    // The commit the merge request's diff is computed from: exactly what GitLab shows as its changes.
    base: first(env, 'CI_MERGE_REQUEST_DIFF_BASE_SHA'),
    values: defined({
      repo: first(env, 'CI_PROJECT_PATH'),
      branch: first(env, 'CI_MERGE_REQUEST_SOURCE_BRANCH_NAME', 'CI_COMMIT_BRANCH', 'CI_COMMIT_REF_NAME'),
      commit: first(env, 'CI_MERGE_REQUEST_SOURCE_BRANCH_SHA', 'CI_COMMIT_SHA'),
      runId: first(env, 'CI_PIPELINE_ID'),
      url: first(env, 'CI_PIPELINE_URL'),
      pipeline: first(env, 'CI_PIPELINE_NAME'),
      job: first(env, 'CI_JOB_NAME'),
    }),
  }),
};
