import { spawn } from 'node:child_process';
import { REPO_ROOT } from './service-process.ts';

// A small Node app of the test fixtures (an Express app, optionally instrumented with the OpenTelemetry
// SDK through a --import preload), started as its own process with exactly the environment given. It
// prints "listening <port>" once it listens; stop() sends SIGTERM (the SDK flushes its spans then) and
// resolves with the exit code, which the caller checks.

export interface RunningApp {
  url: string;
  /** Everything the app printed so far. */
  output(): string;
  stop(): Promise<number | null>;
}

export async function startNodeApp(args: string[], env: Record<string, string>): Promise<RunningApp> {
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening (\d+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    void exited.then((code) => reject(new Error(`app exited with ${code}:\n${out}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    output: () => out,
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}
