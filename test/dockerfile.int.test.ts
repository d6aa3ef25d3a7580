import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, startServiceProcess, type ServiceProcess } from './support/service-process.ts';

// Docker does not run on this machine, so the Dockerfile is checked for what can be checked without
// it: its stages and user, that the runtime stage copies every file the service loads (the import
// graph from src/main.ts plus the files read at run time), that CMD is `npm start`'s command, and that
// the HEALTHCHECK command really tells a live service from a dead one (run here with node).

const dockerfile = readFileSync(join(REPO_ROOT, 'Dockerfile'), 'utf8');
// Instructions with their continuation lines joined, comments dropped.
const instructions = dockerfile
  .replace(/\\\n/g, ' ')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l !== '' && !l.startsWith('#'));
const stages = instructions.reduce<string[][]>((acc, l) => (l.startsWith('FROM ') ? [...acc, [l]] : (acc.at(-1)?.push(l), acc)), []);
const runtime = stages.at(-1)!;
const execForm = (keyword: string) => JSON.parse(runtime.find((l) => l.startsWith(`${keyword} `))!.replace(/^\S+\s+(?:--\S+\s+)*(?:CMD\s+)?/, '')) as string[];

/** Repository-relative files reached from `entry` through relative imports. */
function importClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    const rel = relative(REPO_ROOT, file);
    if (seen.has(rel) || !existsSync(file)) return;
    seen.add(rel);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)) visit(resolve(dirname(file), m[1]!));
    // Files located at run time: new URL('./x', import.meta.url).
    for (const m of text.matchAll(/new URL\(\s*['"](\.{1,2}\/[^'"]*)['"]\s*,\s*import\.meta\.url\s*\)/g)) seen.add(relative(REPO_ROOT, resolve(dirname(file), m[1]!)));
  };
  visit(join(REPO_ROOT, 'src/main.ts'));
  return seen;
}

describe('Dockerfile', () => {
  it('is multi-stage, installs production dependencies from the lockfile, and runs as a non-root user', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(instructions.some((l) => /^RUN npm ci --omit=dev\b/.test(l))).toBe(true);
    const user = runtime.findIndex((l) => l.startsWith('USER '));
    expect(user).toBeGreaterThan(0);
    expect(runtime[user]).not.toMatch(/^USER (root|0)\b/);
    expect(user).toBeLessThan(runtime.findIndex((l) => l.startsWith('CMD ')));
  });

  it('starts the service as `npm start` does', () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } };
    expect(execForm('CMD').join(' ')).toBe(pkg.scripts.start);
  });

  it('copies every file the service loads, and .dockerignore keeps none of them out', () => {
    const copied = runtime.filter((l) => l.startsWith('COPY ') && !l.includes('--from=')).flatMap((l) => l.split(/\s+/).slice(1, -1));
    for (const c of copied) expect(existsSync(join(REPO_ROOT, c)), c).toBe(true);
    const closure = importClosure(join(REPO_ROOT, 'src/main.ts'));
    expect(closure.size).toBeGreaterThan(50);
    const missing = [...closure].filter((f) => !copied.some((c) => f === c || f.startsWith(`${c.replace(/\/$/, '')}/`)));
    expect(missing).toEqual([]);
    const ignored = readFileSync(join(REPO_ROOT, '.dockerignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    expect(copied.filter((c) => ignored.includes(c))).toEqual([]);
  });

  describe('HEALTHCHECK', () => {
    let service: ServiceProcess;
    beforeAll(async () => {
      service = await startServiceProcess();
    });
    afterAll(async () => service?.stop());

    const healthcheck = (port: string) => {
      const [cmd, ...args] = execForm('HEALTHCHECK');
      expect(cmd).toBe('node');
      return spawnSync(process.execPath, args, { env: { ...process.env, PORT: port }, timeout: 20_000 }).status;
    };

    it('probes /healthz: exit 0 while the service answers, 1 when nothing listens', () => {
      expect(execForm('HEALTHCHECK').join(' ')).toContain('/healthz');
      expect(healthcheck(new URL(service.url).port)).toBe(0);
      expect(healthcheck('9')).toBe(1);
    });
  });
});
