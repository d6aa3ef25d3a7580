import { readFileSync, writeFileSync } from 'node:fs';
import { startServiceProcess, type ServiceProcess } from '../test/support/service-process.ts';

// The service as users run it (`npm start`), in a process of its own, so that what a bench reports as
// the service's memory and CPU is the service's alone: not the load generator's request bodies, its
// HTTP client, or the SDK objects it recorded spans with. Linux /proc gives the figures.

export interface BenchService extends ServiceProcess {
  pid: number;
  /** Resident set size now, MiB. */
  rssMiB(): number;
  /** Peak RSS since start or the last resetPeak(), MiB (the kernel's VmHWM). */
  peakMiB(): number;
  /** Starts a new peak from the current RSS (writes 5 to /proc/PID/clear_refs). */
  resetPeak(): void;
  /** CPU seconds the process used so far: every thread (JS, decode workers, the engine's). */
  cpuSeconds(): number;
}

const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux this runs on

function statusKiB(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`/proc/${pid}/status has no ${field}`);
  return Number(m[1]);
}

export async function startBenchService(env: Record<string, string> = {}): Promise<BenchService> {
  // Default configuration, request logs included: what a user's service pays for too.
  const svc = await startServiceProcess(env);
  const pid = svc.child.pid!;
  return {
    ...svc,
    pid,
    rssMiB: () => statusKiB(pid, 'VmRSS') / 1024,
    peakMiB: () => statusKiB(pid, 'VmHWM') / 1024,
    resetPeak: () => writeFileSync(`/proc/${pid}/clear_refs`, '5'),
    cpuSeconds: () => {
      // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
    },
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
