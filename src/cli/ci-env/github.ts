import { readFileSync } from 'node:fs';
import { defined, derived, first, remoteBranch, type CiEnv, type CiProvider, type CiValue } from './types.ts';

// GitHub Actions — "Variables reference", section "Default environment variables" (docs.github.com).
// In a pull_request workflow GITHUB_SHA is the merge commit GitHub made for the run and GITHUB_REF_NAME
// is "<number>/merge"; what the author pushed is GITHUB_HEAD_REF (the source branch) and the head sha,
// which no variable holds: it is `pull_request.head.sha` in the webhook event payload that the runner
// writes to the file at GITHUB_EVENT_PATH ("Webhook events and payloads", pull_request).

const VARIABLES = [
  'GITHUB_ACTIONS',
  'GITHUB_REPOSITORY',
  'GITHUB_SERVER_URL',
  'GITHUB_HEAD_REF',
  'GITHUB_REF_NAME',
  'GITHUB_SHA',
  'GITHUB_EVENT_PATH',
  'GITHUB_RUN_ID',
  'GITHUB_RUN_ATTEMPT',
  'GITHUB_WORKFLOW',
  'GITHUB_JOB',
  'GITHUB_BASE_REF',
] as const;

/** The pull request's head (sha and branch) from the event payload, when the event is about one. */
function pullRequestHead(path: string | undefined, notes: string[]): { sha?: string; ref?: string } {
  if (!path) return {};
  let payload: unknown;
  try {
    payload = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    notes.push(`cannot read the event payload at GITHUB_EVENT_PATH (${(e as Error).message}): a pull request's head commit is unknown`);
    return {};
  }
  const pr = (payload as { pull_request?: { head?: { sha?: unknown; ref?: unknown } } } | null)?.pull_request;
  const sha = typeof pr?.head?.sha === 'string' ? pr.head.sha : undefined;
  const ref = typeof pr?.head?.ref === 'string' ? pr.head.ref : undefined;
  return { sha, ref };
}

export const github: CiProvider = {
  provider: 'github',
  name: 'GitHub Actions',
  variables: VARIABLES,
  detect: (env: CiEnv) => env.GITHUB_ACTIONS === 'true',
  read(env) {
    const notes: string[] = [];
    const head = pullRequestHead(env.GITHUB_EVENT_PATH?.trim() || undefined, notes);
    const headSha = derived(head.sha, 'pull_request.head.sha in GITHUB_EVENT_PATH');
    const sha = first(env, 'GITHUB_SHA');
    if (!headSha && first(env, 'GITHUB_HEAD_REF') && sha) {
      notes.push('pull request run without its head commit in the event payload: GITHUB_SHA is the merge commit GitHub made, not what was pushed');
    }
    const repo = first(env, 'GITHUB_REPOSITORY');
    const runId = first(env, 'GITHUB_RUN_ID');
    const server = env.GITHUB_SERVER_URL?.trim() || 'https://github.com';
    let url: CiValue | undefined;
    if (repo && runId) {
      const attempt = first(env, 'GITHUB_RUN_ATTEMPT');
      url = {
        value: `${server}/${repo.value}/actions/runs/${runId.value}${attempt ? `/attempts/${attempt.value}` : ''}`,
        from: 'GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID',
      };
    }
    return {
      provider: 'github',
      name: 'GitHub Actions',
      notes,
      base: remoteBranch(first(env, 'GITHUB_BASE_REF')),
      values: defined({
        repo,
        branch: first(env, 'GITHUB_HEAD_REF') ?? derived(head.ref, 'pull_request.head.ref in GITHUB_EVENT_PATH') ?? first(env, 'GITHUB_REF_NAME'),
        commit: headSha ?? sha,
        runId,
        attempt: first(env, 'GITHUB_RUN_ATTEMPT'),
        url,
        pipeline: first(env, 'GITHUB_WORKFLOW'),
        job: first(env, 'GITHUB_JOB'),
      }),
    };
  },
};
