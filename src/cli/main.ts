import { Command, InvalidArgumentError, Option } from 'commander';
import { registerChangeCommand, sendChangeFromGit } from './change.ts';
import { registerCoverageCommand } from './coverage.ts';
import { registerIncidentCommand } from './incident.ts';
import { addReportCommands } from './report-commands.ts';
import { registerSelectCommand } from './select.ts';
import { registerServicesCommand } from './services.ts';
import { CliError } from './server-client.ts';
import { describeUpload, uploadJunit } from './upload-junit.ts';

// `signalhouse`: the service's capabilities from a shell, for CI jobs.

const DEFAULT_SERVER = 'http://127.0.0.1:4318';

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number ≥ 1');
  return n;
}

function isoTime(v: string): string {
  if (Number.isNaN(new Date(v).getTime())) throw new InvalidArgumentError('must be an ISO 8601 time');
  return v;
}

const serverOption = () =>
  new Option('--server <url>', 'Signalhouse service URL').env('SIGNALHOUSE_URL').default(DEFAULT_SERVER);

export function buildProgram(): Command {
  const program = new Command('signalhouse')
    .description('CI reliability analytics: upload test results, ask for flaky tests and risk')
    .showHelpAfterError()
    .exitOverride();

  const upload = program.command('upload').description('send test results to the service');
  upload
    .command('junit')
    .description('upload JUnit XML reports (files or globs) as one CI run')
    .argument('<paths...>', "report files or globs, e.g. 'reports/**/*.xml'")
    .requiredOption('--repo <repo>', 'repository, e.g. acme/shop')
    .requiredOption('--branch <branch>', 'branch the run built')
    .requiredOption('--commit <sha>', 'commit the run built')
    .option('--run-id <id>', 'CI run id (default: derived from the reports)')
    .option('--attempt <n>', 'attempt of a re-run of the same CI run', positiveInt, 1)
    .option('--started-at <time>', 'when the run started (ISO 8601)', isoTime)
    .option('--url <url>', 'link to the CI run')
    .option('--pipeline <name>', 'pipeline / workflow name')
    .option('--job <name>', 'job name')
    .option('--provider <name>', 'CI provider, e.g. github, gitlab, jenkins')
    .option('--from-git <base>', "also send the commit's changed files, from git diff <base>...<commit>")
    .addOption(serverOption())
    .option('--json', 'print the result as JSON')
    .action(async (paths: string[], o: Record<string, string | number | boolean | undefined>) => {
      await sendChangeFromGit({ repo: String(o.repo), commit: String(o.commit), branch: String(o.branch), fromGit: o.fromGit as string | undefined, server: String(o.server) });
      const result = await uploadJunit(paths, {
        repo: String(o.repo),
        branch: String(o.branch),
        commit: String(o.commit),
        runId: o.runId as string | undefined,
        attempt: Number(o.attempt),
        startedAt: o.startedAt as string | undefined,
        url: o.url as string | undefined,
        pipeline: o.pipeline as string | undefined,
        job: o.job as string | undefined,
        provider: o.provider as string | undefined,
        server: String(o.server),
      });
      process.stdout.write(o.json ? `${JSON.stringify(result, null, 2)}\n` : `${describeUpload(result)}\n`);
    });
  addReportCommands(program, serverOption);
  registerChangeCommand(program);
  registerSelectCommand(program);
  registerCoverageCommand(program, serverOption);
  registerIncidentCommand(program, serverOption);
  registerServicesCommand(program, serverOption);
  return program;
}

export async function runCli(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    const code = (e as { code?: string; exitCode?: number }).code;
    if (typeof code === 'string' && code.startsWith('commander.')) {
      // commander has already printed its message (or help/version, which exit 0).
      return (e as { exitCode?: number }).exitCode ?? 2;
    }
    if (e instanceof CliError) {
      process.stderr.write(`signalhouse: ${e.message}\n`);
      return 1;
    }
    process.stderr.write(`signalhouse: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    return 1;
  }
}

process.exitCode = await runCli(process.argv.slice(2));
