import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectCi, resolveFields } from '../src/cli/ci-env/index.ts';
import { repoFromCloneUrl } from '../src/cli/ci-env/types.ts';

// The detectors' edge cases, on environments shaped as each provider documents them. (Each provider's
// whole path through the CLI to the stored run is in cli-ci-env.int.test.ts.)

const value = (env: Record<string, string>, field: 'repo' | 'branch' | 'commit' | 'attempt' | 'url') => detectCi(env)?.values[field]?.value;

describe('CI detection', () => {
  it('finds nothing outside CI, and ignores blank variables', () => {
    expect(detectCi({})).toBeNull();
    expect(detectCi({ GITHUB_ACTIONS: '', GITLAB_CI: '', JENKINS_URL: ' ' })).toBeNull();
  });

  it('GitHub push: branch from GITHUB_REF_NAME, commit GITHUB_SHA; a blank GITHUB_HEAD_REF is unset', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gh-event-'));
    writeFileSync(join(dir, 'push.json'), JSON.stringify({ ref: 'refs/heads/main', after: 'a'.repeat(40), head_commit: { id: 'a'.repeat(40) } }));
    const env = { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'acme/shop', GITHUB_HEAD_REF: '', GITHUB_REF_NAME: 'main', GITHUB_SHA: 'a'.repeat(40), GITHUB_EVENT_PATH: join(dir, 'push.json'), GITHUB_RUN_ID: '9', GITHUB_RUN_ATTEMPT: '1' };
    const ci = detectCi(env)!;
    expect(ci.values.branch).toEqual({ value: 'main', from: 'GITHUB_REF_NAME' });
    expect(ci.values.commit).toEqual({ value: 'a'.repeat(40), from: 'GITHUB_SHA' });
    expect(ci.values.url?.value).toBe('https://github.com/acme/shop/actions/runs/9/attempts/1');
    expect(ci.notes).toEqual([]);
  });

  it('Jenkins freestyle job with the Git plugin: the remote is cut from GIT_BRANCH, the repo read from GIT_URL', () => {
    const env = { JENKINS_URL: 'http://jenkins:8080/', GIT_BRANCH: 'origin/release/2.x', GIT_COMMIT: 'b'.repeat(40), GIT_URL: 'git@github.com:acme/shop.git', BUILD_TAG: 'jenkins-shop-7' };
    expect(value(env, 'branch')).toBe('release/2.x');
    expect(value(env, 'repo')).toBe('acme/shop');
    expect(detectCi(env)!.notes).toEqual([]);
    expect(detectCi({ ...env, CHANGE_ID: '24', CHANGE_BRANCH: 'fix' })!.notes.join()).toMatch(/merge with the target branch/);
  });

  it('Azure Pipelines push to a branch with a slash; an Azure Repos repository is named with its project', () => {
    const env = { TF_BUILD: 'True', BUILD_SOURCEBRANCH: 'refs/heads/feature/x', BUILD_SOURCEBRANCHNAME: 'x', BUILD_SOURCEVERSION: 'c'.repeat(40), BUILD_REPOSITORY_NAME: 'shop', SYSTEM_TEAMPROJECT: 'Retail Web' };
    expect(value(env, 'branch')).toBe('feature/x');
    expect(value(env, 'repo')).toBe('Retail Web/shop');
    expect(value(env, 'commit')).toBe('c'.repeat(40));
  });

  it('Buildkite build started by hand with BUILDKITE_COMMIT=HEAD: the commit is missing and the error says why', () => {
    const env = { BUILDKITE: 'true', BUILDKITE_REPO: 'https://github.com/acme/shop.git', BUILDKITE_BRANCH: 'main', BUILDKITE_COMMIT: 'HEAD', BUILDKITE_RETRY_COUNT: '0' };
    const ci = detectCi(env)!;
    expect(ci.values.commit).toBeUndefined();
    expect(ci.values.attempt?.value).toBe('1');
    expect(() => resolveFields({}, ci, ['repo', 'branch', 'commit'])).toThrow(
      /missing --commit: Buildkite was detected but does not say commit \(BUILDKITE_COMMIT is "HEAD", not a commit id: pass --commit\)/,
    );
    expect(resolveFields({ commit: 'd'.repeat(40) }, ci, ['repo', 'branch', 'commit'])).toMatchObject({ repo: 'acme/shop', branch: 'main', commit: 'd'.repeat(40) });
  });

  it('GitLab branch pipeline: CI_COMMIT_BRANCH, and CI_COMMIT_SHA when there is no merge request', () => {
    const env = { GITLAB_CI: 'true', CI_PROJECT_PATH: 'group/sub/shop', CI_COMMIT_BRANCH: 'main', CI_COMMIT_REF_NAME: 'main', CI_COMMIT_SHA: 'e'.repeat(40), CI_MERGE_REQUEST_SOURCE_BRANCH_SHA: '' };
    expect(value(env, 'repo')).toBe('group/sub/shop');
    expect(value(env, 'commit')).toBe('e'.repeat(40));
    expect(value(env, 'attempt')).toBeUndefined();
  });

  it('reads owner/name from the clone URLs CI systems report', () => {
    expect(repoFromCloneUrl('https://github.com/acme/shop.git')).toBe('acme/shop');
    expect(repoFromCloneUrl('git@github.com:acme/shop.git')).toBe('acme/shop');
    expect(repoFromCloneUrl('ssh://git@bitbucket.example.com:7999/acme/shop.git')).toBe('acme/shop');
    expect(repoFromCloneUrl('https://gitlab.example.com/group/sub/shop/')).toBe('group/sub/shop');
    expect(repoFromCloneUrl('not a url')).toBeUndefined();
    expect(repoFromCloneUrl('https://example.com/')).toBeUndefined();
  });
});
