import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// Small helpers shared by the benchmarks: timing, peak memory, and aligned output.

export interface Timed<T> {
  value: T;
  seconds: number;
}

export async function timed<T>(f: () => Promise<T>): Promise<Timed<T>> {
  const t0 = process.hrtime.bigint();
  const value = await f();
  return { value, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
}

/** Peak resident set size of this process so far, in MiB (the kernel's high-water mark). */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Samples RSS while work runs, for the peak of one phase (maxRSS only ever grows). */
export function rssSampler(intervalMs = 50): { stop(): number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss()) / 2 ** 20;
    },
  };
}

/**
 * CPU time of the whole process (JS thread, the embedded engine's threads, libuv's pool) and the
 * share of wall time the JS thread was busy, over a phase.
 */
export function cpuMeter(): { stop(): { cpuSeconds: number; jsBusy: number } } {
  const cpu0 = process.cpuUsage();
  const elu0 = performance.eventLoopUtilization();
  return {
    stop() {
      const cpu = process.cpuUsage(cpu0);
      return { cpuSeconds: (cpu.user + cpu.system) / 1e6, jsBusy: performance.eventLoopUtilization(elu0).utilization };
    },
  };
}

/**
 * A full garbage collection now, so that a timed phase does not pay for garbage an earlier phase (or
 * the fixtures' set-up) left behind: whichever phase ran first used to be the slower one.
 */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

export function line(label: string, value: string): void {
  process.stdout.write(`${label.padEnd(44)} ${value}\n`);
}

export function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** Every item through `handle`, `inFlight` at once, each started in its own turn of the event loop. */
export async function inParallel<T>(items: T[], inFlight: number, handle: (item: T, i: number) => Promise<number>): Promise<number> {
  let n = 0;
  const running = new Set<Promise<void>>();
  for (const [i, item] of items.entries()) {
    const job = handle(item, i).then((k) => {
      n += k;
      running.delete(job);
    });
    running.add(job);
    if (running.size >= inFlight) await Promise.race(running);
    await new Promise(setImmediate);
  }
  await Promise.all(running);
  return n;
}
