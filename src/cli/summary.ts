import { appendFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import type { RunFailureSummary } from '../../models/report/run-summary.ts';
import { runSummaryMarkdown } from '../report/run-summary-markdown.ts';
import { callServer, CliError } from './server-client.ts';

// `signalhouse summary --repo R --run-id ID [--attempt N] [--format markdown|json]`: a CI run's failures
// by class for its pull request. Printed, and appended to $GITHUB_STEP_SUMMARY when GitHub Actions
// sets it (or --step-summary FILE), so the job page shows it.

export function registerSummaryCommand(program: Command, serverOption: () => Option): void {
  program
    .command('summary')
    .description("a CI run's failures by class (real, flaky, infrastructure), for the pull request")
    .requiredOption('--repo <repo>', 'repository, e.g. acme/shop')
    .requiredOption('--run-id <id>', 'CI run id, as uploaded')
    .option('--attempt <n>', 'attempt (default: the latest)')
    .addOption(new Option('--format <format>', 'output format').choices(['markdown', 'json']).default('markdown'))
    .addOption(new Option('--step-summary <file>', 'also append the Markdown to this file').env('GITHUB_STEP_SUMMARY'))
    .addOption(serverOption())
    .action(async (o: { repo: string; runId: string; attempt?: string; format: string; stepSummary?: string; server: string }) => {
      const q = new URLSearchParams({ repo: o.repo, ...(o.attempt ? { attempt: o.attempt } : {}) });
      const { body } = await callServer<RunFailureSummary>(o.server, `v1/runs/${encodeURIComponent(o.runId)}/summary?${q}`, { method: 'GET', what: 'summary' });
      const markdown = runSummaryMarkdown(body, o.server);
      process.stdout.write(o.format === 'json' ? `${JSON.stringify(body, null, 2)}\n` : markdown);
      if (o.stepSummary) {
        try {
          appendFileSync(o.stepSummary, markdown);
        } catch (e) {
          throw new CliError(`summary: cannot write the step summary ${o.stepSummary}: ${(e as Error).message}`);
        }
      }
    });
}
