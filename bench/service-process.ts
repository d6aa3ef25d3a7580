import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { npmStartArgs } from '../test/support/service-process.ts';
import type { MonorepoShape } from './monorepo-history.ts';

// The service as users run it (`npm start`), in a process of its own, as the benchmarks drive it:
// starting it, HTTP calls to it, what Linux /proc says of its memory and CPU, and the cached monorepo
// stores the scale benchmarks start it on. In a process of its own, what a bench reports as the
// service's memory and CPU is the service's alone: not the load generator's request bodies, its HTTP
// client, or the SDK objects it recorded spans with.

const ROOT = fileURLToPath(new URL('../', import.meta.url));

export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? res(addr.port) : rej(new Error('no port'))));
    });
  });
}

/** The service as users run it, in its own process; request logging off (LOG_LEVEL=warn), as in production. */
export async function startService(dataDir: string, env: Record<string, string> = {}): Promise<{ url: string; child: ChildProcess; stop(): Promise<void>; stderr(): string }> {
  const port = await freePort();
  const child = spawn(process.execPath, npmStartArgs(), {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', SIGNALHOUSE_DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`service exited with ${child.exitCode}:\n${err}`);
    try {
      if ((await call(`${url}/healthz`, 'GET')).status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`service did not start in 120 s:\n${err}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    child,
    stderr: () => err,
    stop: () =>
      new Promise<void>((res) => {
        if (child.exitCode !== null) return res();
        child.once('exit', () => res());
        child.kill('SIGTERM');
      }),
  };
}

export const agent = new Agent({ keepAlive: true, maxSockets: 256 });

/** One request; the answer's text is kept only when asked (a load generator should not parse 2 MB). */
export function call(url: string, method: string, body?: string, keep = true, contentType = 'application/json'): Promise<{ status: number; text: string; bytes: number; serverMs: number }> {
  return new Promise((res, rej) => {
    const req = request(url, { method, agent, headers: body ? { 'content-type': contentType, 'content-length': Buffer.byteLength(body) } : {} }, (r) => {
      const chunks: Buffer[] = [];
      let bytes = 0;
      r.on('data', (c: Buffer) => {
        bytes += c.length;
        if (keep) chunks.push(c);
      });
      const timing = /dur=([\d.]+)/.exec(String(r.headers['server-timing'] ?? ''));
      r.on('end', () => res({ status: r.statusCode ?? 0, text: keep ? Buffer.concat(chunks).toString('utf8') : '', bytes, serverMs: timing ? Number(timing[1]) : NaN }));
    });
    req.on('error', rej);
    if (body) req.write(body);
    req.end();
  });
}

/** Resets the process's peak RSS (VmHWM) to its current RSS, so the next reading is one phase's peak. */
export function resetPeak(pid: number): void {
  try {
    // "5" resets the peak resident set size (proc(5), /proc/<pid>/clear_refs); the process is our own child.
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // not Linux, or not allowed: the peak then covers the process's life so far
  }
}

/** Current and peak RSS of a process, in MiB. */
export function rssOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}

/** CPU seconds (user + system, all threads) a process has used so far. */
export function cpuSecondsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Builds (once) a monorepo history into `dataDir`, in a process of its own; returns its build record. */
export async function cachedMonorepo(dataDir: string, shape: MonorepoShape): Promise<{ results: number; seconds: number; cached: boolean }> {
  const marker = join(dataDir, 'bench-built.json');
  if (!existsSync(marker)) {
    process.stderr.write(`building ${shape.tests} tests × ${shape.commits} commits into ${dataDir} (once)\n`);
    await new Promise<void>((res, rej) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'bench/monorepo-build.ts', dataDir, JSON.stringify(shape)], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
      child.on('error', rej);
      child.on('exit', (code) => (code === 0 ? res() : rej(new Error(`building the history failed (exit ${code})`))));
    });
    const built = JSON.parse(readFileSync(marker, 'utf8')) as { results: number; seconds: number };
    return { ...built, cached: false };
  }
  const built = JSON.parse(readFileSync(marker, 'utf8')) as { results: number; seconds: number };
  return { ...built, cached: true };
}

export interface BenchService {
  url: string;
  pid: number;
  stop(): Promise<void>;
  /** Resident set size now, MiB. */
  rssMiB(): number;
  /** Peak RSS since start or the last resetPeak(), MiB (the kernel's VmHWM). */
  peakMiB(): number;
  /** Starts a new peak from the current RSS (writes 5 to /proc/PID/clear_refs). */
  resetPeak(): void;
  /** CPU seconds the process used so far: every thread (JS, decode workers, the engine's). */
  cpuSeconds(): number;
}

/** startService, with the figures of its process; request logs on (the default level), as a user's service pays for them. */
export async function startBenchService(dataDir: string, env: Record<string, string> = {}): Promise<BenchService> {
  const svc = await startService(dataDir, { LOG_LEVEL: 'info', ...env });
  const pid = svc.child.pid!;
  return {
    url: svc.url,
    stop: svc.stop,
    pid,
    rssMiB: () => rssOf(pid).rss,
    peakMiB: () => rssOf(pid).peak,
    resetPeak: () => resetPeak(pid),
    cpuSeconds: () => cpuSecondsOf(pid),
  };
}

/** Resolves once the service's RSS has stopped moving (background work after start-up or a phase). */
export async function settle(svc: BenchService, ms = 1500): Promise<number> {
  let last = svc.rssMiB();
  for (let i = 0; i < 10; i++) {
    await new Promise((r) => setTimeout(r, ms / 3));
    const now = svc.rssMiB();
    if (Math.abs(now - last) < 2) return now;
    last = now;
  }
  return last;
}
