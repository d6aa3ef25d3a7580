import { readdirSync, readFileSync } from 'node:fs';
import { setPriority } from 'node:os';

// The embedded engine's background threads — merges of the parts every insert writes (the tables' and
// their views'), moves, fetches — run inside this process. They are ingestion's deferred work, and on a
// small machine they competed for the CPU with the queries that answer users: with four rollups on
// test_results, `GET /healthz` and a small `POST /v1/risk` reached p99 50–80 ms during uploads. The
// inserts themselves already run at SIGNALHOUSE_INGEST_NICE (insert.ts); ClickHouse's own setting for
// merge threads (os_threads_nice_value_merge_mutate) is a server start-up setting that chDB does not
// apply, so the threads are found by name and given that nice value here. Linux only: a nice value
// belongs to a thread there, and /proc/self/task names them.

/** Names (comm, 15 characters at most) of ClickHouse's background pools: not the query threads. */
export const BACKGROUND_THREADS: ReadonlySet<string> = new Set(['MergeMutate', 'BgSchPool', 'BgStrmSchPool', 'BgBufSchPool', 'BgMBSchPool', 'BgDistSchPool', 'Move', 'Fetch', 'Common']);

/** Sets the nice value of the engine's background threads that exist now; how many were set. */
export function niceBackgroundThreads(nice: number): number {
  let tasks: string[];
  try {
    tasks = readdirSync('/proc/self/task');
  } catch {
    return 0; // not Linux
  }
  let set = 0;
  for (const tid of tasks) {
    let name: string;
    try {
      name = readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim();
    } catch {
      continue; // the thread ended meanwhile
    }
    if (!BACKGROUND_THREADS.has(name)) continue;
    try {
      setPriority(Number(tid), nice);
      set++;
    } catch {
      // ended meanwhile, or a sandbox that forbids it: nothing lost but the priority
    }
  }
  return set;
}

/**
 * Keeps the background threads at `nice`: now, and every `everyMs` for threads the pools start later
 * (they grow on demand). The timer does not keep the process alive; the returned function stops it.
 */
export function keepBackgroundThreadsNice(nice: number, everyMs = 10_000): () => void {
  if (nice <= 0) return () => {};
  niceBackgroundThreads(nice);
  const timer = setInterval(() => niceBackgroundThreads(nice), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
