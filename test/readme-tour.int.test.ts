import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonMismatch, shownJson, textMismatch, tourSteps } from './support/readme-tour.ts';
import { REPO_ROOT, startServiceProcess, type ServiceProcess } from './support/service-process.ts';

// The README's 5-minute tour, run as a new user would: every command of it against a freshly started
// service, in order, each output checked against the output the README shows (same lines and labels,
// numbers and ids aside; the same keys and types for JSON). A change that makes the README wrong fails
// here. TOUR_PRINT=1 prints what each command printed, to refresh the README's samples.

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const steps = tourSteps(readme);

let service: ServiceProcess;
beforeAll(async () => {
  service = await startServiceProcess();
});
afterAll(async () => service?.stop());

/**
 * Runs one tour command in bash from the repository root. What it prints on stderr is shown to users
 * too, so it is kept, after stdout (a terminal interleaves them; the README shows stdout first).
 */
function run(command: string): Promise<{ code: number; output: string }> {
  const hostPort = new URL(service.url).host;
  const script = command.replace(/(localhost|127\.0\.0\.1):4318/g, hostPort);
  return new Promise((resolve) => {
    const child = spawn('bash', ['-o', 'pipefail', '-c', script], {
      cwd: REPO_ROOT,
      env: { ...process.env, SIGNALHOUSE_URL: service.url, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, output: stdout + stderr }));
  });
}

describe('README tour', () => {
  it('has steps', () => {
    expect(steps.length).toBeGreaterThanOrEqual(6);
  });

  for (const step of steps) {
    it(`README.md:${step.line}: ${step.command}`, async () => {
      const { code, output } = await run(step.command);
      if (process.env.TOUR_PRINT === '1') console.log(`$ ${step.command}\n${output}`);
      // A step the tour shows failing on purpose says so in a comment: `$ cmd   # … exits 1`.
      const exits = Number(/#.*\bexits (\d+)/.exec(step.command)?.[1] ?? 0);
      expect(code, output).toBe(exits);
      const json = shownJson(step.shown);
      if (json) {
        let answer: unknown;
        expect(() => (answer = JSON.parse(output)), `not JSON:\n${output}`).not.toThrow();
        expect(jsonMismatch(json.json, answer)).toBeUndefined();
      } else {
        expect(textMismatch(step.shown, output.split('\n'))).toBeUndefined();
      }
    });
  }
});
