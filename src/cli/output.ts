// `signalhouse select … --json | head -1`: once the reader has what it wants it closes the pipe, and
// the next write fails with EPIPE. That is not an error of the command: stop quietly, with the exit
// status the command had so far (0), instead of an unhandled 'error' event and its stack.

export function exitQuietlyWhenStdoutCloses(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}
