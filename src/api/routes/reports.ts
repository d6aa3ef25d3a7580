import type { FastifyInstance } from 'fastify';
import { weeklyReport } from '../../../models/report/weekly.ts';
import { lastCompleteWeek, parseWeek } from '../../../models/report/week.ts';
import { CONTENT_TYPES, REPORT_FORMATS, renderReport, type ReportFormat } from '../../report/render.ts';
import type { AppDeps } from '../app.ts';
import { repoProperty } from '../repo-property.ts';

// GET /v1/reports/weekly?repo=&week=2026-W48&format=json|md|html: the weekly reliability report
// (models/report/). `week` defaults to the last complete ISO week (UTC); `format` to json.

export async function reportsRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.get<{ Querystring: { repo: string; week?: string; format: ReportFormat } }>(
    '/v1/reports/weekly',
    {
      schema: {
        querystring: {
          type: 'object',
          required: ['repo'],
          properties: {
            repo: repoProperty,
            week: { type: 'string', maxLength: 16 },
            format: { type: 'string', enum: [...REPORT_FORMATS], default: 'json' },
          },
        },
      },
    },
    async (req, reply) => {
      const week = req.query.week ? parseWeek(req.query.week) : lastCompleteWeek(new Date());
      const report = await weeklyReport(deps.store.client, {
        repo: req.query.repo,
        week,
        releaseAfterPasses: deps.config.SIGNALHOUSE_QUARANTINE_RELEASE_PASSES,
        sources: deps.reportSources,
      });
      return reply.type(CONTENT_TYPES[req.query.format]).send(renderReport(report, req.query.format));
    },
  );
}
