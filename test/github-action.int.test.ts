import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { NO_CI } from './support/ci-env.ts';
import { REPO_ROOT, startServiceProcess, type ServiceProcess } from './support/service-process.ts';
import { uniqueRepo } from './support/store.ts';

// The composite action (action.yml) run the way a GitHub runner runs it: each step's `run` in bash with
// its `env` (inputs substituted), `if:` honoured, GITHUB_ACTION_PATH at this repository and
// GITHUB_OUTPUT a file, in a job whose environment is what GitHub sets for a pull request. The
// expressions here are only the two forms action.yml uses (`${{ inputs.x }}` and `inputs.x != ''`).

interface Step { id?: string; name?: string; if?: string; shell: string; env?: Record<string, string>; run: string }
interface Action {
  inputs: Record<string, { required?: boolean; default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as Action;

function runAction(with_: Record<string, string>, jobEnv: Record<string, string>, cwd: string) {
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, with_[k] ?? v.default ?? '']));
  const expand = (s: string) => s.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, k: string) => inputs[k] ?? '');
  const outputFile = join(cwd, `github-output-${Math.random().toString(36).slice(2)}`);
  writeFileSync(outputFile, '');
  const logs: string[] = [];
  for (const step of action.runs.steps) {
    if (step.if) {
      const m = /^inputs\.([\w-]+) != ''$/.exec(step.if);
      if (!m) throw new Error(`unsupported if: ${step.if}`);
      if (inputs[m[1]!] === '') continue;
    }
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v)]));
    const r = spawnSync('bash', ['-e', '-c', step.run], {
      cwd,
      env: { ...process.env, ...NO_CI, ...jobEnv, ...env, GITHUB_ACTION_PATH: REPO_ROOT, GITHUB_OUTPUT: outputFile },
      encoding: 'utf8',
    });
    logs.push(`## ${step.name ?? step.id}\n${r.stdout}${r.stderr}`);
    if (r.status !== 0) throw new Error(`step "${step.name ?? step.id}" exited ${r.status}\n${logs.join('\n')}`);
  }
  // GITHUB_OUTPUT's multi-line form: name<<DELIMITER, lines, DELIMITER.
  const outputs: Record<string, Record<string, string>> = {};
  const text = readFileSync(outputFile, 'utf8');
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n?\2$/gm)) outputs.last = { ...outputs.last, [m[1]!]: m[3]! };
  return { logs: logs.join('\n'), raw: outputs.last ?? {} };
}

let service: ServiceProcess;
let work: string;
beforeAll(async () => {
  service = await startServiceProcess();
  work = mkdtempSync(join(tmpdir(), 'signalhouse-action-'));
  mkdirSync(join(work, 'reports', 'unit'), { recursive: true });
  writeFileSync(join(work, 'reports', 'unit', 'TEST-Cart.xml'), '<testsuite name="CartTest"><testcase classname="com.acme.CartTest" name="totals"/></testsuite>');
});
afterAll(async () => service?.stop());

describe('action.yml (composite GitHub Action)', () => {
  it('declares every input it uses, runs in bash, and maps its outputs to steps that exist', () => {
    expect(action.runs.using).toBe('composite');
    const used = new Set([...JSON.stringify(action.runs.steps).matchAll(/inputs\.([\w-]+)/g)].map((m) => m[1]!));
    expect([...used].filter((k) => !(k in action.inputs))).toEqual([]);
    for (const s of action.runs.steps) expect(s.shell).toBe('bash');
    const ids = new Set(action.runs.steps.map((s) => s.id));
    for (const o of Object.values(action.outputs)) expect(ids.has(/steps\.([\w-]+)\./.exec(o.value)![1])).toBe(true);
  });

  it('in a pull request run, uploads the reports as the run GitHub describes, and prints the quarantine filter', async () => {
    const repo = uniqueRepo('action');
    const event = join(work, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { head: { ref: 'feature/x', sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678' } } }));
    const gh = {
      CI: 'true', GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: repo, GITHUB_SERVER_URL: 'https://github.com', GITHUB_EVENT_PATH: event,
      GITHUB_HEAD_REF: 'feature/x', GITHUB_REF_NAME: '7/merge', GITHUB_SHA: 'f'.repeat(40), GITHUB_RUN_ID: '4242', GITHUB_RUN_ATTEMPT: '1',
      GITHUB_WORKFLOW: 'tests', GITHUB_JOB: 'test',
    };
    const r = runAction({ server: service.url, reports: 'reports/**/*.xml', 'quarantined-format': 'vitest' }, gh, work);
    expect(r.logs).toMatch(/✓ CI: GitHub Actions/);
    expect(r.logs).toMatch(/--commit\s+a1b2c3d4e5f60718293a4b5c6d7e8f9012345678\s+\(pull_request\.head\.sha in GITHUB_EVENT_PATH\)/);
    expect(r.logs).toMatch(/run 4242 attempt 1: 1 file\(s\)/);
    expect(r.raw).toEqual({ lines: '' }); // nothing quarantined in a new repository
    const stored = (await (await fetch(`${service.url}/v1/runs?repo=${encodeURIComponent(repo)}`)).json()) as { runs: unknown[] };
    expect(stored.runs[0]).toMatchObject({ runId: '4242', branch: 'feature/x', commit: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', provider: 'github' });
  });
});
