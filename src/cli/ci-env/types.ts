// What a CI provider tells a job about itself, read from the environment variables the provider
// documents (each provider's module cites its page). Values are strings as they arrive; a variable
// that is set but empty counts as unset (CI systems export empty variables for inapplicable fields,
// e.g. GitHub's GITHUB_HEAD_REF outside pull requests).

export type CiEnv = Readonly<Record<string, string | undefined>>;

/** The run fields `upload junit` and `select` otherwise take from flags. */
export const CI_FIELDS = ['repo', 'branch', 'commit', 'runId', 'attempt', 'url', 'pipeline', 'job'] as const;
export type CiField = (typeof CI_FIELDS)[number];

export interface CiValue {
  value: string;
  /** Where the value came from, e.g. "GITHUB_HEAD_REF" or "pull_request.head.sha in GITHUB_EVENT_PATH". */
  from: string;
}

export interface CiDetection {
  /** Stable id, sent as the run's provider: github, gitlab, jenkins, circleci, buildkite, azure, bitbucket. */
  provider: string;
  /** Human name, e.g. "GitHub Actions". */
  name: string;
  values: Partial<Record<CiField, CiValue>>;
  /**
   * In a pull request build, what it merges into, as git names it (`origin/main`, or a commit id):
   * the default --from-git base of `select` and `change`.
   */
  base?: CiValue;
  /** What a user should know about the detected values (e.g. a merge commit used for lack of the head). */
  notes: string[];
}

export interface CiProvider {
  provider: string;
  name: string;
  /** Every variable the module reads: tests clear them, `doctor` lists them. */
  variables: readonly string[];
  detect(env: CiEnv): boolean;
  read(env: CiEnv): CiDetection;
}

/** The first of `names` that is set and not blank. */
export function first(env: CiEnv, ...names: string[]): CiValue | undefined {
  for (const name of names) {
    const v = env[name]?.trim();
    if (v) return { value: v, from: name };
  }
  return undefined;
}

/** Keeps the defined entries only (so `values` never holds an explicit undefined). */
export function defined(values: Partial<Record<CiField, CiValue | undefined>>): Partial<Record<CiField, CiValue>> {
  const out: Partial<Record<CiField, CiValue>> = {};
  for (const [k, v] of Object.entries(values)) if (v) out[k as CiField] = v;
  return out;
}

/** A pull request's target branch as the remote-tracking ref a CI checkout has (origin/<branch>). */
export function remoteBranch(v: CiValue | undefined): CiValue | undefined {
  return v ? { value: `origin/${branchFromRef(v.value)}`, from: `origin/ + ${v.from}` } : undefined;
}

export function derived(value: string | undefined, from: string): CiValue | undefined {
  return value ? { value, from } : undefined;
}

/** `refs/heads/feature/x` → `feature/x`; other refs and plain names are returned as they are. */
export function branchFromRef(ref: string): string {
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : ref;
}

/**
 * `owner/name` from a clone URL: https://github.com/acme/shop.git, git@github.com:acme/shop.git,
 * ssh://git@host:7999/acme/shop.git, https://gitlab.example.com/group/sub/shop (all path segments kept).
 */
export function repoFromCloneUrl(url: string): string | undefined {
  let path: string;
  const scp = /^[^/@:]+@[^/:]+:(.+)$/.exec(url);
  if (scp) path = scp[1]!;
  else {
    try {
      path = new URL(url).pathname;
    } catch {
      return undefined;
    }
  }
  const repo = path.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
  return repo.includes('/') ? repo : undefined;
}

/** A full or abbreviated hexadecimal commit id (Buildkite may say "HEAD" for manually started builds). */
export function isCommitId(v: string): boolean {
  return /^[0-9a-f]{7,64}$/i.test(v);
}
