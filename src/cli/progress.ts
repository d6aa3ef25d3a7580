// Progress of a long command on one terminal line, for people watching: written to stderr only when
// stderr is a terminal (a CI log or a pipe gets nothing, so logs and parsed output stay clean), at
// most ten times a second, and erased when the work ends.

export interface Progress {
  /** `force` shows the line even within the throttle interval (the first line of a new phase). */
  update(line: string, force?: boolean): void;
  done(): void;
}

const QUIET: Progress = { update() {}, done() {} };

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr, everyMs = 100): Progress {
  if (!stream.isTTY) return QUIET;
  let last = 0;
  let shown = false;
  return {
    update(line, force = false) {
      const now = Date.now();
      if (!force && now - last < everyMs) return;
      last = now;
      shown = true;
      const width = Math.max(20, (stream.columns || 80) - 1);
      stream.write(`\r\x1b[2K${line.length > width ? `${line.slice(0, width - 1)}…` : line}`);
    },
    done() {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}
