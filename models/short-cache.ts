// Answers from the store reused for a few seconds. The embedded engine runs one query at a time, so a
// request that must query waits behind any heavy one (training, classification); an answer that
// changes rarely (a branch's newest CI run, a repository's incidents) is asked once per few seconds
// instead of once per request. A failed answer is dropped at once, so the next caller asks again.

export class ShortCache<V> {
  private readonly entries = new Map<string, { at: number; version: unknown; value: Promise<V> }>();

  /**
   * @param ttlMs how long an answer is reused
   * @param maxEntries past this many keys the cache starts empty again (a bound, not an eviction policy)
   */
  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = Number.POSITIVE_INFINITY,
  ) {}

  /** The answer for `key`: reused while younger than ttlMs and of the same `version`, else loaded. */
  get(key: string, load: () => Promise<V>, version?: unknown): Promise<V> {
    const hit = this.entries.get(key);
    if (hit && hit.version === version && Date.now() - hit.at < this.ttlMs) return hit.value;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    const entry = { at: Date.now(), version, value: load() };
    this.entries.set(key, entry);
    entry.value.catch(() => this.entries.get(key) === entry && this.entries.delete(key));
    return entry.value;
  }
}
