import { startServiceProcess, type ServiceProcess } from '../test/support/service-process.ts';
import { cpuSecondsOf, resetPeak, rssOf } from './service-process.ts';

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

export async function startBenchService(env: Record<string, string> = {}): Promise<BenchService> {
  // Default configuration, request logs included: what a user's service pays for too.
  const svc = await startServiceProcess(env);
  const pid = svc.child.pid!;
  return {
    ...svc,
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
