import { inline } from '../core/markdown.js';
import type { ChartSeries, MonitorReport } from '../monitor/analysis.js';

// Mermaid xy charts for the job summary, rendered by GitHub itself (no image service).
// `xychart-beta` is the keyword GitHub's renderer has accepted longest. xy charts have no
// legend, so the lines get a fixed palette and a legend of coloured squares under the chart.

/** Points per line: enough to see the shape, few enough to keep the summary small. */
export const CHART_POINTS = 100;

/** Lines per chart; the services with the highest peaks are drawn, the rest are in the table. */
export const CHART_LINES = 8;

const PALETTE: Array<{ square: string; hex: string }> = [
  { square: '🟦', hex: '#1f6feb' },
  { square: '🟧', hex: '#f0883e' },
  { square: '🟩', hex: '#2da44e' },
  { square: '🟥', hex: '#cf222e' },
  { square: '🟪', hex: '#8250df' },
  { square: '🟫', hex: '#8c5a2b' },
  { square: '🟨', hex: '#d4a72c' },
  { square: '⬛', hex: '#24292f' },
];

export interface Chart {
  /** The mermaid source (without the ``` fence). */
  mermaid: string;
  /** "🟦 db · 🟧 web" (markdown: the names are escaped). */
  legend: string;
}

type Metric = 'memory' | 'cpu';

/** Memory (MiB) or CPU (%) of the busiest containers over the run; undefined with no samples. */
export function metricChart(report: MonitorReport, metric: Metric): Chart | undefined {
  const durationMs = Math.max(1, report.endedAtMs - report.startedAtMs);
  const lines = [...report.series]
    .map((series) => ({ series, peak: Math.max(0, ...series[metric].map(([, value]) => value)) }))
    .filter(({ peak }) => peak > 0)
    .sort((a, b) => b.peak - a.peak || a.series.name.localeCompare(b.series.name))
    .slice(0, CHART_LINES);
  if (lines.length === 0) return undefined;

  const scale = metric === 'memory' ? 1024 * 1024 : 1;
  // No more points than samples: a 10-second run sampled every second gets 10, not 100 mostly empty.
  const points = Math.max(2, Math.min(CHART_POINTS, Math.round(durationMs / Math.max(1, report.intervalMs))));
  const gaps = report.gaps.map((gap) => [gap.fromMs - report.startedAtMs, gap.toMs - report.startedAtMs] as const);
  const binned = lines.map(({ series }) => bin(series, metric, durationMs, points, gaps).map((value) => value / scale));
  const top = Math.max(...binned.flat());
  const axis = timeAxis(durationMs);
  const title = metric === 'memory' ? 'Memory in use per container (MiB)' : 'CPU per container (% of one core)';
  const mermaid = [
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${PALETTE.slice(0, lines.length).map((p) => p.hex).join(', ')}"}}}}%%`,
    'xychart-beta',
    `  title "${title}"`,
    `  x-axis "${axis.label}" 0 --> ${axis.end}`,
    `  y-axis "${metric === 'memory' ? 'MiB' : 'CPU %'}" 0 --> ${niceCeiling(top)}`,
    ...binned.map((values) => `  line [${values.map(formatValue).join(', ')}]`),
  ].join('\n');
  const legend = lines.map(({ series }, index) => `${PALETTE[index]!.square} ${inline(series.name)}`).join(' · ');
  return { mermaid, legend };
}

/**
 * Resamples a series onto `points` equal bins over the run: memory takes the bin's peak, CPU
 * its mean. An empty bin between two samples repeats the one before (the series was merged
 * coarser than the bins); before the first sample, after the last and in a gap of the
 * daemon it is 0 — nothing was running or nothing is known.
 */
export function bin(series: ChartSeries, metric: Metric, durationMs: number, points: number, gaps: ReadonlyArray<readonly [number, number]> = []): number[] {
  const sums = new Array<number>(points).fill(0);
  const counts = new Array<number>(points).fill(0);
  for (const [offset, value] of series[metric]) {
    const index = Math.min(points - 1, Math.max(0, Math.floor((offset / durationMs) * points)));
    if (metric === 'memory') sums[index] = Math.max(sums[index]!, value);
    else sums[index]! += value;
    counts[index]! += 1;
  }
  const values = sums.map((sum, index) => (metric === 'memory' || counts[index] === 0 ? sum : sum / counts[index]!));
  const first = counts.findIndex((count) => count > 0);
  const last = counts.findLastIndex((count) => count > 0);
  for (let index = first + 1; first >= 0 && index < last; index += 1) {
    const start = (index / points) * durationMs;
    const inGap = gaps.some(([from, to]) => start + durationMs / points > from && start < to);
    if (counts[index] === 0 && !inGap) values[index] = values[index - 1]!;
  }
  return values;
}

function timeAxis(durationMs: number): { label: string; end: number } {
  if (durationMs < 2 * 60_000) return { label: 'seconds since start', end: Math.ceil(durationMs / 1000) };
  if (durationMs < 2 * 3_600_000) return { label: 'minutes since start', end: Math.ceil(durationMs / 60_000) };
  return { label: 'hours since start', end: Math.ceil(durationMs / 360_000) / 10 };
}

/** 1, 2 or 5 times a power of ten, at or above the value (a readable axis end). */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

function formatValue(value: number): string {
  return value >= 100 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
}
