import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Where a CLI writes: the process's streams when run, buffers in tests. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/**
 * Runs `cli` with the process's arguments and streams when `moduleUrl` is the script node was started
 * with (npm run generate / load-history), and does nothing when the module is only imported (tests).
 */
export async function runIfMain(moduleUrl: string, cli: (args: string[], io: CliIo) => Promise<number>): Promise<void> {
  if (!isEntryModule(moduleUrl)) return;
  process.exitCode = await cli(process.argv.slice(2), {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
  });
}

function isEntryModule(moduleUrl: string): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return moduleUrl === pathToFileURL(realpathSync(entry)).href;
  } catch {
    return false;
  }
}
