import { defined, derived, first, remoteBranch, repoFromCloneUrl, type CiProvider } from './types.ts';

// Jenkins — the environment variables Jenkins lists at ${JENKINS_URL}/env-vars.html ("Pipeline Syntax:
// Global Variable Reference" / "Using environment variables" in the Jenkins handbook) and the Git
// plugin's ("Git plugin: Environment variables": GIT_COMMIT, GIT_BRANCH, GIT_URL). In a multibranch
// pull request build BRANCH_NAME is "PR-24" and CHANGE_BRANCH the source branch. Jenkins documents no
// variable for a pull request's head sha: with the GitHub Branch Source default ("merge with the
// target branch") GIT_COMMIT is that merge, so say --commit there. A re-run is a new BUILD_NUMBER:
// its own run, attempt 1.

const VARIABLES = ['JENKINS_URL', 'GIT_URL', 'CHANGE_BRANCH', 'BRANCH_NAME', 'GIT_BRANCH', 'GIT_COMMIT', 'CHANGE_ID', 'BUILD_TAG', 'BUILD_URL', 'JOB_NAME', 'CHANGE_TARGET'] as const;

export const jenkins: CiProvider = {
  provider: 'jenkins',
  name: 'Jenkins',
  variables: VARIABLES,
  detect: (env) => Boolean(env.JENKINS_URL?.trim()),
  read(env) {
    const notes: string[] = [];
    if (first(env, 'CHANGE_ID')) {
      notes.push('pull request build: GIT_COMMIT is the merge with the target branch when the branch source merges (its default); pass --commit with the head sha if so');
    }
    const gitUrl = first(env, 'GIT_URL');
    // The Git plugin's GIT_BRANCH names the remote too ("origin/main").
    const gitBranch = first(env, 'GIT_BRANCH');
    return {
      provider: 'jenkins',
      name: 'Jenkins',
      notes,
      base: remoteBranch(first(env, 'CHANGE_TARGET')),
      values: defined({
        repo: derived(gitUrl && repoFromCloneUrl(gitUrl.value), 'GIT_URL'),
        branch: first(env, 'CHANGE_BRANCH', 'BRANCH_NAME') ?? derived(gitBranch?.value.replace(/^(?:refs\/remotes\/)?origin\//, ''), 'GIT_BRANCH'),
        commit: first(env, 'GIT_COMMIT'),
        runId: first(env, 'BUILD_TAG'),
        url: first(env, 'BUILD_URL'),
        pipeline: first(env, 'JOB_NAME'),
      }),
    };
  },
};
