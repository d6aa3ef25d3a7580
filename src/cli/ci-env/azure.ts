import { branchFromRef, defined, derived, first, remoteBranch, type CiProvider } from './types.ts';

// Azure Pipelines — "Use predefined variables" (learn.microsoft.com); a variable Build.SourceVersion
// reaches scripts as BUILD_SOURCEVERSION. In a pull request build Build.SourceVersion is the merge
// commit; System.PullRequest.SourceCommitId is the commit being reviewed and
// System.PullRequest.SourceBranch its branch (as refs/heads/…). Build.SourceBranchName keeps only the
// last path segment ("feature/x" → "x"), so the branch comes from Build.SourceBranch. System.JobAttempt
// is 1 on a job's first run and grows with each retry. Repositories on GitHub are named "owner/repo"
// in Build.Repository.Name; Azure Repos by their bare name, so the project is put in front.

const VARIABLES = [
  'TF_BUILD',
  'BUILD_REPOSITORY_NAME',
  'SYSTEM_TEAMPROJECT',
  'SYSTEM_PULLREQUEST_SOURCEBRANCH',
  'BUILD_SOURCEBRANCH',
  'SYSTEM_PULLREQUEST_SOURCECOMMITID',
  'BUILD_SOURCEVERSION',
  'BUILD_BUILDID',
  'SYSTEM_JOBATTEMPT',
  'SYSTEM_COLLECTIONURI',
  'BUILD_DEFINITIONNAME',
  'SYSTEM_JOBDISPLAYNAME',
  'SYSTEM_PULLREQUEST_TARGETBRANCH',
] as const;

export const azure: CiProvider = {
  provider: 'azure',
  name: 'Azure Pipelines',
  variables: VARIABLES,
  // "TF_BUILD: Set to True if the script is being run by a build task" (the value's case varies).
  detect: (env) => env.TF_BUILD?.toLowerCase() === 'true',
  read(env) {
    const name = first(env, 'BUILD_REPOSITORY_NAME');
    const project = first(env, 'SYSTEM_TEAMPROJECT');
    const repo = name && !name.value.includes('/') && project ? `${project.value}/${name.value}` : name?.value;
    const ref = first(env, 'SYSTEM_PULLREQUEST_SOURCEBRANCH', 'BUILD_SOURCEBRANCH');
    const buildId = first(env, 'BUILD_BUILDID');
    const collection = first(env, 'SYSTEM_COLLECTIONURI');
    const url =
      collection && project && buildId
        ? `${collection.value.replace(/\/?$/, '/')}${encodeURIComponent(project.value)}/_build/results?buildId=${encodeURIComponent(buildId.value)}`
        : undefined;
    return {
      provider: 'azure',
      name: 'Azure Pipelines',
      notes: [],
      base: remoteBranch(first(env, 'SYSTEM_PULLREQUEST_TARGETBRANCH')),
      values: defined({
        repo: derived(repo, name?.value.includes('/') ? 'BUILD_REPOSITORY_NAME' : 'SYSTEM_TEAMPROJECT/BUILD_REPOSITORY_NAME'),
        branch: derived(ref && branchFromRef(ref.value), ref?.from ?? ''),
        commit: first(env, 'SYSTEM_PULLREQUEST_SOURCECOMMITID', 'BUILD_SOURCEVERSION'),
        runId: buildId,
        attempt: first(env, 'SYSTEM_JOBATTEMPT'),
        url: derived(url, 'SYSTEM_COLLECTIONURI/SYSTEM_TEAMPROJECT/_build/results?buildId=BUILD_BUILDID'),
        pipeline: first(env, 'BUILD_DEFINITIONNAME'),
        job: first(env, 'SYSTEM_JOBDISPLAYNAME'),
      }),
    };
  },
};
