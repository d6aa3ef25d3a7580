import { writeFile } from 'node:fs/promises';

// Writes files in the background while the generator computes the next report, with at most
// `limit` writes in flight: disk time overlaps CPU time, and memory stays bounded (backpressure).

export class WriteQueue {
  private readonly inFlight: Promise<void>[] = [];
  private failure: Error | null = null;
  bytes = 0;
  files = 0;

  constructor(private readonly limit = 8) {}

  async write(path: string, text: string): Promise<void> {
    this.throwIfFailed();
    const data = Buffer.from(text, 'utf8');
    this.bytes += data.length;
    this.files++;
    if (this.inFlight.length >= this.limit) await this.inFlight.shift();
    // Failures are kept, not left unhandled, and surface on the next write or on drain.
    this.inFlight.push(
      writeFile(path, data).catch((e: unknown) => {
        this.failure ??= e instanceof Error ? e : new Error(String(e));
      }),
    );
  }

  /** Waits for every write; throws the first failure. */
  async drain(): Promise<void> {
    await Promise.all(this.inFlight.splice(0));
    this.throwIfFailed();
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }
}
