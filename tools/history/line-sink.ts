import { closeSync, openSync, writeSync } from 'node:fs';

// Appends lines to a file through a buffer of about a megabyte: tens of thousands of small rows
// without holding them all in memory and without a syscall per row. Synchronous on purpose: the
// generator is a batch job and sync writes keep its output order trivially deterministic.

export class LineSink {
  private readonly fd: number;
  private buffer: string[] = [];
  private buffered = 0;
  private closed = false;
  lines = 0;
  bytes = 0;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }

  write(line: string): void {
    if (this.closed) throw new Error(`${this.path}: write after close`);
    this.buffer.push(line, '\n');
    this.buffered += line.length + 1;
    this.lines++;
    if (this.buffered >= 1 << 20) this.flush();
  }

  close(): void {
    if (this.closed) return;
    this.flush();
    closeSync(this.fd);
    this.closed = true;
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    const data = Buffer.from(this.buffer.join(''), 'utf8');
    // writeSync may write less than asked; loop until the whole buffer is on disk.
    for (let off = 0; off < data.length; ) off += writeSync(this.fd, data, off, data.length - off);
    this.bytes += data.length;
    this.buffer = [];
    this.buffered = 0;
  }
}
