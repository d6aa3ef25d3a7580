import type { Metric } from '../../models/report/weekly.ts';

// How the report's numbers read in Markdown and HTML alike.

export type Unit = 'count' | 'share' | 'minutes' | 'ratio';

export function formatValue(v: number | null, unit: Unit): string {
  if (v === null) return '—';
  switch (unit) {
    case 'share':
      return `${(100 * v).toFixed(1)}%`;
    case 'minutes':
      return `${v.toFixed(1)} min`;
    case 'ratio':
      return v.toFixed(2);
    default:
      return Number.isInteger(v) ? String(v) : v.toFixed(1);
  }
}

/** "+3", "−1.2 pp", "±0"; pp (percentage points) for shares. */
export function formatDelta(m: Metric, unit: Unit): string {
  if (m.delta === null) return '—';
  const d = unit === 'share' ? 100 * m.delta : m.delta;
  const text = unit === 'share' ? `${Math.abs(d).toFixed(1)} pp` : unit === 'minutes' ? `${Math.abs(d).toFixed(1)} min` : unit === 'ratio' ? Math.abs(d).toFixed(2) : formatValue(Math.abs(d), 'count');
  // A change too small to show at this precision reads as none, not as "−0.0".
  if (Number.parseFloat(text) === 0) return '±0';
  return `${d > 0 ? '+' : '−'}${text}`;
}

/** A test as people name it: Class.name, or the name alone when the runner reports no class (Jest). */
export function testLabel(t: { className: string; name: string }): string {
  return t.className ? `${t.className}.${t.name}` : t.name;
}

export interface Row {
  label: string;
  metric: Metric;
  unit: Unit;
}
