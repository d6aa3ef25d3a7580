import { Command, InvalidArgumentError, Option } from 'commander';
import { registerChangeCommand, sendChangeFromGit } from './change.ts';
import { registerDoctorCommand } from './doctor.ts';
import { terminalProgress } from './progress.ts';
import { registerQuarantinedCommand } from './quarantined.ts';
import { registerServeCommand, VERSION } from './serve.ts';
import { addReportCommands } from './report-commands.ts';
import { registerSelectCommand } from './select.ts';
import { exitQuietlyWhenStdoutCloses } from './output.ts';
import { CliError, serverOption, useToken } from './server-client.ts';
import { registerTokenCommands } from './token.ts';
import { registerAdminCommands } from './admin.ts';
import type { CiEnv } from './ci-env/index.ts';
import { describeUpload, uploadJunit, uploadOptionsFrom, type UploadRunFlags } from './upload-junit.ts';
import { registerUploadImportsCommand } from './upload-imports.ts';
import { registerSummaryCommand } from './summary.ts';
import { registerWeeklyReportCommand } from './weekly-report.ts';
import { registerCoverageCommand } from './coverage.ts';
import { registerIncidentCommand } from './incident.ts';
import { registerServicesCommand } from './services.ts';

// `signalhouse`: the service's capabilities from a shell, for CI jobs.

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number ≥ 1');
  return n;
}

function isoTime(v: string): string {
  if (Number.isNaN(new Date(v).getTime())) throw new InvalidArgumentError('must be an ISO 8601 time');
  return v;
}

export function buildProgram(env: CiEnv = {}): Command {
  const program = new Command('signalhouse')
    .description('CI reliability analytics: upload test results, ask for flaky tests and risk')
    .version(VERSION, '-V, --version', 'print the version')
    .showHelpAfterError()
    .exitOverride()
    .addOption(new Option('--token <token>', 'API token, sent as "Authorization: Bearer"').env('SIGNALHOUSE_TOKEN'))
    .hook('preAction', (cmd) => useToken(cmd.opts<{ token?: string }>().token));

  const upload = program.command('upload').description('send test results to the service');
  upload
    .command('junit')
    .description('upload JUnit XML reports (files or globs) as one CI run')
    .argument('<paths...>', "report files or globs, e.g. 'reports/**/*.xml'")
    .option('--repo <repo>', 'repository, e.g. acme/shop (default in CI: detected)')
    .option('--branch <branch>', 'branch the run built (default in CI: detected)')
    .option('--commit <sha>', 'commit the run built (default in CI: detected; a pull request\'s head, not its merge)')
    .option('--run-id <id>', 'CI run id (default: detected in CI, else derived from the reports)')
    .option('--attempt <n>', 'attempt of a re-run of the same CI run (default: detected in CI, else 1)', positiveInt)
    .option('--started-at <time>', 'when the run started (ISO 8601)', isoTime)
    .option('--url <url>', 'link to the CI run')
    .option('--pipeline <name>', 'pipeline / workflow name')
    .option('--job <name>', 'job name')
    .option('--provider <name>', 'CI provider, e.g. github, gitlab, jenkins')
    .option('--from-git <base>', "also send the commit's changed files, from git diff <base>...<commit>")
    .addOption(serverOption())
    .option('--json', 'print the result as JSON')
    .action(async (paths: string[], o: UploadRunFlags & { fromGit?: string; json?: boolean }) => {
      const opts = { ...uploadOptionsFrom(o, env), progress: terminalProgress() };
      await sendChangeFromGit({ repo: opts.repo, commit: o.commit, ciCommit: opts.commit, branch: opts.branch, fromGit: o.fromGit, server: opts.server });
      const result = await uploadJunit(paths, opts);
      process.stdout.write(o.json ? `${JSON.stringify(result, null, 2)}\n` : `${describeUpload(result)}\n`);
    });
  registerUploadImportsCommand(upload, env);
  addReportCommands(program, serverOption);
  registerChangeCommand(program, env);
  registerSelectCommand(program, env);
  registerDoctorCommand(program, env);
  registerQuarantinedCommand(program, env);
  registerServeCommand(program);
  registerTokenCommands(program, serverOption);
  registerAdminCommands(program, serverOption);
  registerWeeklyReportCommand(program, serverOption);
  registerSummaryCommand(program, serverOption);
  registerCoverageCommand(program, serverOption);
  registerIncidentCommand(program, serverOption);
  registerServicesCommand(program, serverOption);
  return program;
}

export async function runCli(argv: string[], env: CiEnv = {}): Promise<number> {
  const program = buildProgram(env);
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

exitQuietlyWhenStdoutCloses();
// CI providers describe the run in their variables: the environment is handed to ci-env/ from here,
// never read there, so tests and commands see one explicit source.
process.exitCode = await runCli(process.argv.slice(2), process.env);
