import type { Command } from 'commander';
import { serverOption } from './server-client.ts';
import { CI_FIELDS, type CiDetection } from './ci-env/types.ts';
import { detectCi, FLAG_OF, PROVIDER_NAMES, type CiEnv } from './ci-env/index.ts';
import { callServer, CliError } from './server-client.ts';

// `signalhouse doctor`: before wiring the CLI into a pipeline, says whether the service answers, which
// CI was detected and what it said (with the variable each value came from), and what is missing for
// `upload junit` and `select` to run without flags. Exits 1 when the service cannot be reached or a
// detected CI leaves out what an upload needs. (The service has no API tokens yet: nothing to check.)

/** What `upload junit` cannot do without; the rest is optional. */
const NEEDED = ['repo', 'branch', 'commit'] as const;

export interface DoctorReport {
  ok: boolean;
  server: { url: string; reachable: boolean; store?: string; error?: string };
  ci: CiDetection | null;
  /** Flags an upload needs that the CI did not provide. */
  missing: string[];
  /** Optional fields the CI did not provide, with the flag that sets them. */
  notDetected: string[];
}

export async function doctor(server: string, env: CiEnv): Promise<DoctorReport> {
  let s: DoctorReport['server'];
  try {
    const { body } = await callServer<{ ok: boolean; store: string }>(server, 'healthz', { method: 'GET', what: 'health check' });
    s = { url: server, reachable: true, store: body.store };
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    s = { url: server, reachable: false, error: e.message };
  }
  const ci = detectCi(env);
  const missing = ci ? NEEDED.filter((f) => !ci.values[f]).map((f) => FLAG_OF[f]) : [];
  const notDetected = ci ? CI_FIELDS.filter((f) => !(NEEDED as readonly string[]).includes(f) && !ci.values[f]).map((f) => FLAG_OF[f]) : [];
  return { ok: s.reachable && missing.length === 0, server: s, ci, missing, notDetected };
}

export function describeDoctor(r: DoctorReport): string {
  const lines: string[] = [];
  lines.push(
    r.server.reachable
      ? `✓ service ${r.server.url} answers (store: ${r.server.store})`
      : `✗ service: ${r.server.error} — set SIGNALHOUSE_URL or pass --server`,
  );
  if (!r.ci) {
    lines.push(`- no CI detected (known: ${PROVIDER_NAMES}): upload junit needs --repo, --branch and --commit`);
  } else {
    lines.push(`✓ CI: ${r.ci.name}`);
    for (const f of CI_FIELDS) {
      const v = r.ci.values[f];
      if (v) lines.push(`    ${FLAG_OF[f].padEnd(11)} ${v.value}  (${v.from})`);
    }
    if (r.ci.base) lines.push(`    ${'--from-git'.padEnd(11)} ${r.ci.base.value}  (${r.ci.base.from}; select and change diff against it)`);
    for (const n of r.ci.notes) lines.push(`  ! ${n}`);
    if (r.missing.length > 0) lines.push(`✗ not detected, needed by upload junit: ${r.missing.join(', ')} — pass them as flags`);
    if (r.notDetected.length > 0) lines.push(`- not detected (optional): ${r.notDetected.join(', ')}`);
  }
  return lines.join('\n');
}

export function registerDoctorCommand(program: Command, env: CiEnv): void {
  program
    .command('doctor')
    .description('check the service, and what was detected about the CI run (what upload junit and select will send)')
    .addOption(serverOption())
    .option('--json', 'print the report as JSON')
    .action(async (o: { server: string; json?: boolean }) => {
      const r = await doctor(o.server, env);
      process.stdout.write(o.json ? `${JSON.stringify(r, null, 2)}\n` : `${describeDoctor(r)}\n`);
      if (!r.ok) throw new CliError(r.server.reachable ? `not ready: ${r.missing.join(', ')} not detected` : 'not ready: the service cannot be reached');
    });
}
