import { createRequire } from 'node:module';
import type * as Echarts from 'echarts';
import type { WeeklyReport } from '../../models/report/weekly.ts';

// The report's charts as SVG strings, drawn by Apache ECharts' server-side renderer (renderer 'svg',
// ssr: true): no browser, no DOM, no network; the SVG is inlined into the HTML report. Colours are
// print-safe (dark on white) and animation is off so the first frame is the final one.

const FONT = 'DejaVu Sans, Helvetica, Arial, sans-serif';
const CLASS_COLORS = { product: '#c0392b', flaky: '#e69f00', infrastructure: '#0072b2' } as const;

// ECharts is loaded on the first chart, not with the service: it is ~44 MiB of resident memory (code
// and heap) that a service which never renders a report would carry for nothing.
const require = createRequire(import.meta.url);
let echarts: typeof Echarts | undefined;

function render(option: Echarts.EChartsCoreOption, width: number, height: number): string {
  echarts ??= require('echarts') as typeof Echarts;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT, color: '#222' }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** Failed executions by class, this week beside the week before. */
export function failuresChart(r: WeeklyReport): string {
  const classes = ['product', 'flaky', 'infrastructure'] as const;
  return render(
    {
      title: { text: 'Failed executions by class', left: 'center', textStyle: { fontSize: 14 } },
      legend: { bottom: 0, data: [r.previousWeek, r.week] },
      grid: { left: 50, right: 20, top: 64, bottom: 60 },
      xAxis: { type: 'category', data: [...classes] },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: r.previousWeek, type: 'bar', data: classes.map((c) => r.failures[c].previous ?? 0), itemStyle: { color: '#bbbbbb' }, label: { show: true, position: 'top' } },
        {
          name: r.week,
          type: 'bar',
          data: classes.map((c) => ({ value: r.failures[c].value ?? 0, itemStyle: { color: CLASS_COLORS[c] } })),
          itemStyle: { color: '#555555' },
          label: { show: true, position: 'top' },
        },
      ],
    },
    460,
    280,
  );
}

/** Feedback latency p50 and p90, this week beside the week before. */
export function latencyChart(r: WeeklyReport): string {
  const l = r.feedbackLatency;
  const round = (v: number | null) => (v === null ? 0 : Math.round(v * 10) / 10);
  return render(
    {
      title: { text: 'Commit to first CI verdict (minutes)', left: 'center', textStyle: { fontSize: 14 } },
      legend: { bottom: 0, data: [r.previousWeek, r.week] },
      grid: { left: 50, right: 20, top: 64, bottom: 60 },
      xAxis: { type: 'category', data: ['p50', 'p90'] },
      yAxis: { type: 'value' },
      series: [
        { name: r.previousWeek, type: 'bar', data: [round(l.p50Minutes.previous), round(l.p90Minutes.previous)], itemStyle: { color: '#bbbbbb' }, label: { show: true, position: 'top' } },
        { name: r.week, type: 'bar', data: [round(l.p50Minutes.value), round(l.p90Minutes.value)], itemStyle: { color: '#009e73' }, label: { show: true, position: 'top' } },
      ],
    },
    460,
    280,
  );
}

/** CI minutes each top flaky test cost in re-runs this week; null when no test was flaky. */
export function flakyCostChart(r: WeeklyReport): string | null {
  const top = r.topFlakyTests;
  if (top.length === 0) return null;
  // Names go beside the bars, not on the axis: the server-side renderer cannot measure text to make
  // room for long axis labels. Cut to fit; the table below names every test in full.
  const names = top.map((t) => (t.name.length > 40 ? `${t.name.slice(0, 39)}…` : t.name)).reverse();
  return render(
    {
      title: { text: 'CI minutes re-running flaky failures', left: 'center', textStyle: { fontSize: 14 } },
      grid: { left: 40, right: 330, top: 40, bottom: 30 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: names, axisLabel: { show: false }, axisTick: { show: false } },
      series: [
        {
          type: 'bar',
          data: top.map((t) => t.rerunMinutes).reverse(),
          itemStyle: { color: CLASS_COLORS.flaky },
          label: { show: true, position: 'right', formatter: '{c} min  {b}', fontSize: 11 },
        },
      ],
    },
    720,
    60 + 28 * top.length,
  );
}
