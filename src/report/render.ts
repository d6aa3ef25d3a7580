import type { WeeklyReport } from '../../models/report/weekly.ts';
import { reportHtml } from './html.ts';
import { reportMarkdown } from './markdown.ts';

export const REPORT_FORMATS = ['json', 'md', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

export function renderReport(r: WeeklyReport, format: ReportFormat): string {
  if (format === 'md') return reportMarkdown(r);
  if (format === 'html') return reportHtml(r);
  return `${JSON.stringify(r, null, 2)}\n`;
}
