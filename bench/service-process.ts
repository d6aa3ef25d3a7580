import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MonorepoShape } from './monorepo-history.ts';

// What the scale benchmarks read about the service's own process (Linux /proc), and the cached
// monorepo stores they start it on.

const ROOT = fileURLToPath(new URL('../', import.meta.url));

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
