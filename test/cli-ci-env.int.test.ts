import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_CI } from './support/ci-env.ts';
import { runCli, startServiceProcess, type ServiceProcess } from './support/service-process.ts';
import { uniqueRepo } from './support/store.ts';

// Zero-flag CI: `signalhouse upload junit 'reports/**/*.xml'` run as a CI job runs it, with only the
// variables each provider documents (src/cli/ci-env/ cites the pages), against a started service; the
// test reads back what the service stored for the run.

let service: ServiceProcess;
let work: string;

beforeAll(async () => {
  service = await startServiceProcess();
  work = mkdtempSync(join(tmpdir(), 'signalhouse-ci-'));
  mkdirSync(join(work, 'reports', 'unit'), { recursive: true });
  mkdirSync(join(work, 'reports', 'it', 'db'), { recursive: true });
  writeFileSync(
    join(work, 'reports', 'unit', 'TEST-CartTest.xml'),
    '<testsuite name="com.acme.CartTest"><testcase classname="com.acme.CartTest" name="totals"/>' +
      '<testcase classname="com.acme.CartTest" name="timing"><failure message="took 5003 ms">slow</failure></testcase></testsuite>',
  );
  writeFileSync(
    join(work, 'reports', 'it', 'db', 'TEST-StoreIT.xml'),
    '<testsuite name="com.acme.StoreIT"><testcase classname="com.acme.StoreIT" name="saves"/></testsuite>',
  );
});
afterAll(async () => service?.stop());

interface StoredRun {
  runId: string;
  attempt: number;
  branch: string;
  commit: string;
  pipeline: string;
  job: string;
  provider: string;
  url: string;
  runs: { total: number; failed: number };
}

async function storedRuns(repo: string): Promise<StoredRun[]> {
  const res = await fetch(`${service.url}/v1/runs?repo=${encodeURIComponent(repo)}`);
  return ((await res.json()) as { runs: StoredRun[] }).runs;
}

const upload = (env: Record<string, string>, ...flags: string[]) =>
  runCli(['upload', 'junit', 'reports/**/*.xml', ...flags], { ...NO_CI, SIGNALHOUSE_URL: service.url, ...env }, work);

const HEAD = '9fceb02d0ae598e95dc970b74767f19372d61af8';
const MERGE = 'e83c5163316f89bfbde7d9ab23ca2e25604af290';

/** One case per provider: the variables a job of that provider sees, and what must be stored. */
function cases(repo: string, eventPath: string): { name: string; env: Record<string, string>; stored: Partial<StoredRun> }[] {
  const [owner, name] = repo.split('/') as [string, string];
  return [
    {
      name: 'GitHub Actions pull request (head sha from the event payload, not the merge commit)',
      env: {
        CI: 'true', GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: repo, GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_HEAD_REF: 'feature/cart-totals',
        GITHUB_REF: 'refs/pull/42/merge', GITHUB_REF_NAME: '42/merge', GITHUB_SHA: MERGE, GITHUB_RUN_ID: '7301002231',
        GITHUB_RUN_ATTEMPT: '2', GITHUB_WORKFLOW: 'CI', GITHUB_JOB: 'test',
      },
      stored: {
        branch: 'feature/cart-totals', commit: HEAD, runId: '7301002231', attempt: 2, provider: 'github', pipeline: 'CI', job: 'test',
        url: `https://github.com/${repo}/actions/runs/7301002231/attempts/2`,
      },
    },
    {
      name: 'GitLab merged results pipeline (source branch sha, not the merge commit)',
      env: {
        CI: 'true', GITLAB_CI: 'true', CI_PROJECT_PATH: repo, CI_COMMIT_SHA: MERGE, CI_COMMIT_REF_NAME: 'feature/cart-totals',
        CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'feature/cart-totals', CI_MERGE_REQUEST_SOURCE_BRANCH_SHA: HEAD,
        CI_PIPELINE_ID: '1100231', CI_PIPELINE_URL: `https://gitlab.com/${repo}/-/pipelines/1100231`, CI_JOB_NAME: 'rspec 1/2',
      },
      stored: { branch: 'feature/cart-totals', commit: HEAD, runId: '1100231', attempt: 1, provider: 'gitlab', job: 'rspec 1/2', url: `https://gitlab.com/${repo}/-/pipelines/1100231` },
    },
    {
      name: 'Jenkins multibranch pull request',
      env: {
        JENKINS_URL: 'https://ci.example.com/', BUILD_NUMBER: '153', BUILD_TAG: `jenkins-${owner}-${name}-PR-24-153`,
        BUILD_URL: `https://ci.example.com/job/${name}/job/PR-24/153/`, JOB_NAME: `${name}/PR-24`, BRANCH_NAME: 'PR-24',
        CHANGE_ID: '24', CHANGE_BRANCH: 'feature/cart-totals', GIT_COMMIT: HEAD, GIT_URL: `https://github.com/${repo}.git`,
      },
      stored: { branch: 'feature/cart-totals', commit: HEAD, runId: `jenkins-${owner}-${name}-PR-24-153`, attempt: 1, provider: 'jenkins', pipeline: `${name}/PR-24`, url: `https://ci.example.com/job/${name}/job/PR-24/153/` },
    },
    {
      name: 'CircleCI',
      env: {
        CI: 'true', CIRCLECI: 'true', CIRCLE_PROJECT_USERNAME: owner, CIRCLE_PROJECT_REPONAME: name, CIRCLE_BRANCH: 'feature/cart-totals',
        CIRCLE_SHA1: HEAD, CIRCLE_WORKFLOW_ID: '5a1b2c3d-0e9f-4a8b-9c7d-6e5f4a3b2c1d', CIRCLE_BUILD_NUM: '881',
        CIRCLE_BUILD_URL: `https://circleci.com/gh/${repo}/881`, CIRCLE_JOB: 'test',
      },
      stored: { branch: 'feature/cart-totals', commit: HEAD, runId: '5a1b2c3d-0e9f-4a8b-9c7d-6e5f4a3b2c1d', attempt: 1, provider: 'circleci', job: 'test', url: `https://circleci.com/gh/${repo}/881` },
    },
    {
      name: 'Buildkite retried job',
      env: {
        CI: 'true', BUILDKITE: 'true', BUILDKITE_REPO: `git@github.com:${repo}.git`, BUILDKITE_BRANCH: 'feature/cart-totals',
        BUILDKITE_COMMIT: HEAD, BUILDKITE_BUILD_ID: 'f62a1b4d-10f9-4790-bc1c-e2c3a0c80983', BUILDKITE_BUILD_NUMBER: '1514',
        BUILDKITE_RETRY_COUNT: '1', BUILDKITE_BUILD_URL: `https://buildkite.com/acme/${name}/builds/1514`,
        BUILDKITE_PIPELINE_SLUG: name, BUILDKITE_LABEL: ':jest: unit',
      },
      stored: { branch: 'feature/cart-totals', commit: HEAD, runId: 'f62a1b4d-10f9-4790-bc1c-e2c3a0c80983', attempt: 2, provider: 'buildkite', pipeline: name, job: ':jest: unit', url: `https://buildkite.com/acme/${name}/builds/1514` },
    },
    {
      name: 'Azure Pipelines pull request (source commit, not the merge commit)',
      env: {
        TF_BUILD: 'True', BUILD_REPOSITORY_NAME: repo, SYSTEM_TEAMPROJECT: 'Shop', BUILD_SOURCEBRANCH: 'refs/pull/42/merge',
        BUILD_SOURCEVERSION: MERGE, SYSTEM_PULLREQUEST_SOURCEBRANCH: 'refs/heads/feature/cart-totals',
        SYSTEM_PULLREQUEST_SOURCECOMMITID: HEAD, BUILD_BUILDID: '20931', SYSTEM_JOBATTEMPT: '3',
        SYSTEM_COLLECTIONURI: 'https://dev.azure.com/acme/', BUILD_DEFINITIONNAME: 'shop-ci', SYSTEM_JOBDISPLAYNAME: 'Test',
      },
      stored: { branch: 'feature/cart-totals', commit: HEAD, runId: '20931', attempt: 3, provider: 'azure', pipeline: 'shop-ci', job: 'Test', url: 'https://dev.azure.com/acme/Shop/_build/results?buildId=20931' },
    },
    {
      name: 'Bitbucket Pipelines',
      env: {
        CI: 'true', BITBUCKET_BUILD_NUMBER: '377', BITBUCKET_REPO_FULL_NAME: repo, BITBUCKET_BRANCH: 'feature/cart-totals',
        BITBUCKET_COMMIT: HEAD, BITBUCKET_GIT_HTTP_ORIGIN: `http://bitbucket.org/${repo}`, BITBUCKET_PR_ID: '42',
      },
      stored: { branch: 'feature/cart-totals', commit: HEAD, runId: '377', attempt: 1, provider: 'bitbucket', url: `http://bitbucket.org/${repo}/pipelines/results/377` },
    },
  ];
}

describe('signalhouse upload junit with no run flags, in each CI', () => {
  const eventPath = () => {
    const p = join(work, 'event.json');
    // The shape of GitHub's pull_request webhook payload, trimmed to what matters here.
    writeFileSync(p, JSON.stringify({ action: 'synchronize', number: 42, pull_request: { number: 42, head: { ref: 'feature/cart-totals', sha: HEAD }, base: { ref: 'main', sha: MERGE } } }));
    return p;
  };

  cases('owner/name', '').forEach((named, i) => {
    it(`stores the run as the CI describes it: ${named.name}`, async () => {
      const repo = uniqueRepo(`ci${i}`);
      const c = cases(repo, eventPath())[i]!;
      const r = await upload(c.env, '--json');
      expect(r.code, `${c.name}\n${r.stderr}`).toBe(0);
      const runs = await storedRuns(repo);
      expect(runs, c.name).toHaveLength(1);
      expect(runs[0], c.name).toMatchObject({ ...c.stored, runs: { total: 3, failed: 1 } });
    });
  });

  it('flags win over detected values', async () => {
    const repo = uniqueRepo('ci-flags');
    const c = cases(repo, eventPath())[0]!;
    const r = await upload(c.env, '--branch', 'release/1.2', '--commit', 'abc1234', '--run-id', 'manual-1', '--attempt', '5', '--job', 'e2e');
    expect(r.code, r.stderr).toBe(0);
    expect((await storedRuns(repo))[0]).toMatchObject({ branch: 'release/1.2', commit: 'abc1234', runId: 'manual-1', attempt: 5, job: 'e2e', pipeline: 'CI', provider: 'github' });
  });

  it('outside CI, names the flags that are missing and stores nothing', async () => {
    const repo = uniqueRepo('ci-none');
    const r = await upload({}, '--repo', repo, '--commit', HEAD);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/missing --branch: no CI detected \(known: GitHub Actions, GitLab CI\/CD, Jenkins, CircleCI, Buildkite, Azure Pipelines, Bitbucket Pipelines\)/);
    expect(await storedRuns(repo)).toEqual([]);
  });

  it('a GitHub pull request whose event payload cannot be read falls back to GITHUB_SHA and says so', async () => {
    const repo = uniqueRepo('ci-noevent');
    const env = { ...cases(repo, join(work, 'no-such-event.json'))[0]!.env };
    const doctor = await runCli(['doctor', '--json'], { ...NO_CI, SIGNALHOUSE_URL: service.url, ...env }, work);
    expect(doctor.code, doctor.stderr).toBe(0);
    const d = JSON.parse(doctor.stdout);
    expect(d.ci.values.commit).toEqual({ value: MERGE, from: 'GITHUB_SHA' });
    expect(d.ci.notes.join('\n')).toMatch(/cannot read the event payload at GITHUB_EVENT_PATH/);
  });
});

describe('signalhouse select with no flags, in CI', () => {
  it('asks about the repo, commit and branch the CI describes', async () => {
    const repo = uniqueRepo('ci-select');
    const env = { ...NO_CI, SIGNALHOUSE_URL: service.url, ...cases(repo, '')[1]!.env };
    // Unknown commit: the service says so about the commit the CI described.
    const unknown = await runCli(['select', '--json'], env, work);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(`no change recorded for commit ${HEAD} in ${repo}`);
    // `change` with only --files records it under the detected repo and commit; then `select` finds it.
    const change = await runCli(['change', '--files', 'src/cart.ts', '--json'], env, work);
    expect(change.code, change.stderr).toBe(0);
    expect(JSON.parse(change.stdout)).toMatchObject({ repo, commit: HEAD, branch: 'feature/cart-totals', files: 1 });
    const r = await runCli(['select', '--json'], env, work);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ repo, commit: HEAD, branch: 'feature/cart-totals' });
  });
});

describe('pull request builds: select and change diff against the target branch the CI names', () => {
  it('GitHub: GITHUB_BASE_REF becomes --from-git origin/<base>; without the base in the clone, select falls back to the commit', async () => {
    const repo = uniqueRepo('ci-base');
    const dir = mkdtempSync(join(tmpdir(), 'signalhouse-ci-git-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'ci@example.com');
    git('config', 'user.name', 'CI');
    writeFileSync(join(dir, 'cart.ts'), 'export const total = 1;\n');
    git('add', '.');
    git('commit', '-qm', 'base');
    // What actions/checkout with fetch-depth 0 leaves: the target branch as a remote-tracking ref.
    git('update-ref', 'refs/remotes/origin/main', git('rev-parse', 'HEAD'));
    git('checkout', '-q', '-b', 'feature/cart-totals');
    writeFileSync(join(dir, 'cart.ts'), 'export const total = 2;\n');
    writeFileSync(join(dir, 'cart.test.ts'), 'it("totals", () => {});\n');
    git('add', '.');
    git('commit', '-qm', 'change');
    const head = git('rev-parse', 'HEAD');
    const event = join(dir, '..', `event-${repo.split('/')[1]}.json`);
    writeFileSync(event, JSON.stringify({ pull_request: { head: { ref: 'feature/cart-totals', sha: head } } }));
    const env = {
      ...NO_CI, SIGNALHOUSE_URL: service.url, GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: repo, GITHUB_EVENT_PATH: event,
      GITHUB_HEAD_REF: 'feature/cart-totals', GITHUB_BASE_REF: 'main', GITHUB_SHA: MERGE, GITHUB_RUN_ID: '1', GITHUB_RUN_ATTEMPT: '1',
    };

    const doctor = await runCli(['doctor'], env, dir);
    expect(doctor.stdout).toMatch(/--from-git\s+origin\/main\s+\(origin\/ \+ GITHUB_BASE_REF; select and change diff against it\)/);
    const select = await runCli(['select', '--json'], env, dir);
    expect(select.code, select.stderr).toBe(0);
    // Answered (no history yet), not refused as an unknown commit: the diff's files went with it.
    expect(JSON.parse(select.stdout)).toMatchObject({ repo, commit: head, branch: 'feature/cart-totals', history: false });
    const change = await runCli(['change', '--json'], env, dir);
    expect(change.code, change.stderr).toBe(0);
    expect(JSON.parse(change.stdout)).toMatchObject({ repo, commit: head, files: 2, added: 2, removed: 1 });

    const noBase = await runCli(['select', '--json'], { ...env, GITHUB_BASE_REF: 'release/9', GITHUB_REPOSITORY: uniqueRepo('ci-nobase') }, dir);
    expect(noBase.stderr).toMatch(/the pull request's base origin\/release\/9 \(origin\/ \+ GITHUB_BASE_REF\): --from-git origin\/release\/9: no such commit .*; asking about commit [0-9a-f]{40} alone/);
    expect(noBase.stderr).toMatch(/no change recorded for commit/);
    expect(noBase.code).toBe(1);
  });
});

describe('signalhouse doctor', () => {
  it('says what is missing and exits 1: a detected CI that leaves out the commit, or a service that does not answer', async () => {
    const env = { ...NO_CI, BUILDKITE: 'true', BUILDKITE_REPO: 'git@github.com:acme/shop.git', BUILDKITE_BRANCH: 'main', BUILDKITE_COMMIT: 'HEAD' };
    const r = await runCli(['doctor'], { ...env, SIGNALHOUSE_URL: service.url }, work);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✓ service http:\/\/127\.0\.0\.1:\d+ answers \(store: embedded\)/);
    expect(r.stdout).toMatch(/✓ CI: Buildkite\n\s+--repo\s+acme\/shop\s+\(BUILDKITE_REPO\)\n\s+--branch\s+main\s+\(BUILDKITE_BRANCH\)/);
    expect(r.stdout).toContain('! BUILDKITE_COMMIT is "HEAD", not a commit id: pass --commit');
    expect(r.stdout).toContain('✗ not detected, needed by upload junit: --commit');
    expect(r.stderr).toBe('signalhouse: not ready: --commit not detected\n');

    const down = await runCli(['doctor', '--json', '--server', 'http://127.0.0.1:9'], NO_CI, work);
    expect(down.code).toBe(1);
    expect(JSON.parse(down.stdout)).toMatchObject({ ok: false, server: { reachable: false }, ci: null, missing: [] });
  });

  it('outside CI with the service up: ok, and says upload junit will need the flags', async () => {
    const r = await runCli(['doctor'], { ...NO_CI, SIGNALHOUSE_URL: service.url }, work);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/- no CI detected \(known: GitHub Actions, .*\): upload junit needs --repo, --branch and --commit/);
  });
});
