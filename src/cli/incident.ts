import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { FORMATS, renderSuite, type Format } from '../../models/incidents/render.ts';
import type { IncidentSuite } from '../../models/incidents/suite.ts';
import { callServer, CliError } from './server-client.ts';

// Regression tests from an incident (docs/incidents.md):
//   signalhouse incident tests <id> [--repo R] --out DIR [--format node|vitest|pytest] [--refresh]
// fetches the incident's suite (GET /v1/incidents/:id/suite) and writes its test file into DIR:
//   BASE_URL=http://app node --test DIR

interface Options {
  repo?: string;
  out: string;
  format: Format;
  refresh?: boolean;
  server: string;
  json?: boolean;
}

export function registerIncidentCommand(program: Command, serverOption: () => Option): void {
  const incident = program.command('incident').description('production incidents');
  incident
    .command('tests')
    .description("write runnable regression tests generated from an incident's production traces")
    .argument('<id>', 'incident id, e.g. INC-42')
    .option('--repo <repo>', 'repository of the incident (when the id exists in several)')
    .requiredOption('--out <dir>', 'folder to write the test file into (created if missing)')
    .addOption(new Option('--format <format>', 'test file format').choices([...FORMATS]).default('node'))
    .option('--refresh', 'regenerate the suite from the spans stored now')
    .addOption(serverOption())
    .option('--json', 'print what was written as JSON')
    .action(async (id: string, o: Options) => {
      const q = new URLSearchParams({ ...(o.repo !== undefined ? { repo: o.repo } : {}), ...(o.refresh ? { refresh: 'true' } : {}) });
      const { body: suite } = await callServer<IncidentSuite>(o.server, `v1/incidents/${encodeURIComponent(id)}/suite?${q}`, { method: 'GET', what: `suite of incident ${id}` });
      const replayable = suite.scenarios.filter((s) => s.request !== null).length;
      if (replayable === 0) {
        const why = suite.evidence.note || `no failing or abnormally slow request in its ${suite.evidence.traces} evidence traces`;
        throw new CliError(`incident ${id}: nothing to replay over HTTP (${why}); related tests: ${suite.relatedTests.map((t) => t.name || t.testId).join(', ') || 'none'}`);
      }
      const file = renderSuite(suite, o.format);
      await mkdir(o.out, { recursive: true });
      const path = join(o.out, file.name);
      await writeFile(path, file.content);
      const result = { file: path, format: o.format, tests: replayable, relatedTests: suite.relatedTests.map((t) => (t.className ? `${t.className}.${t.name}` : t.name || t.testId)) };
      process.stdout.write(
        o.json
          ? `${JSON.stringify(result, null, 2)}\n`
          : `wrote ${path}: ${replayable} test${replayable === 1 ? '' : 's'} from incident ${id}` +
              (result.relatedTests.length > 0 ? `; existing tests of the same operations: ${result.relatedTests.join(', ')}` : '') +
              '\n',
      );
    });
}
