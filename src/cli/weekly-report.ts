import { writeFileSync } from 'node:fs';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { REPORT_FORMATS } from '../report/render.ts';
import { callServer, CliError } from './server-client.ts';

// `signalhouse report weekly --repo R [--week 2026-W48] [--format md|html|json] [--out FILE]`: the
// weekly reliability report from the service (GET /v1/reports/weekly), printed or written to a file.

const WEEK = /^\d{4}-W\d{2}$/;

function isoWeek(v: string): string {
  if (!WEEK.test(v)) throw new InvalidArgumentError('must be an ISO week like 2026-W48');
  return v;
}

export function registerWeeklyReportCommand(program: Command, serverOption: () => Option): void {
  const report = program.commands.find((c) => c.name() === 'report') ?? program.command('report').description('reports for people');
  report
    .command('weekly')
    .description('the weekly reliability report of a repository (default: last complete ISO week, UTC)')
    .requiredOption('--repo <repo>', 'repository, e.g. acme/shop')
    .option('--week <week>', 'ISO week, e.g. 2026-W48', isoWeek)
    .addOption(new Option('--format <format>', 'output format').choices([...REPORT_FORMATS]).default('md'))
    .option('--out <file>', 'write the report to this file instead of printing it')
    .addOption(serverOption())
    .action(async (o: { repo: string; week?: string; format: string; out?: string; server: string }) => {
      const q = new URLSearchParams({ repo: o.repo, format: o.format, ...(o.week ? { week: o.week } : {}) });
      const { body: bytes } = await callServer<ArrayBuffer>(o.server, `v1/reports/weekly?${q}`, { method: 'GET', what: 'weekly report', raw: true });
      const body = Buffer.from(bytes).toString('utf8');
      if (!o.out) {
        process.stdout.write(body);
        return;
      }
      try {
        writeFileSync(o.out, body);
      } catch (e) {
        throw new CliError(`weekly report: cannot write ${o.out}: ${(e as Error).message}`);
      }
      process.stderr.write(`wrote the ${o.format} weekly report of ${o.repo} to ${o.out}\n`);
    });
}
