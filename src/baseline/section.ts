import { code, inline, table } from '../core/markdown.js';
import { formatBytes, formatDuration } from '../core/units.js';
import { compareToBaseline, type BaselineComparison, type Delta, type Regression } from './compare.js';
import { figuresFromReport, type RunFigures } from './document.js';
import type { RegressionThresholds } from './inputs.js';
import type { BaselineRecall, BaselineSave } from './cache-io.js';

// The job summary's "Compared with earlier runs" section, the outputs and the warnings (pure).
// Small by construction: one row per service, a few lines besides (well inside the 1 MiB budget).

export interface BaselineVerdict {
  comparison?: BaselineComparison;
  /** Why this run has no figures to compare (the stack did not start…). */
  noFigures?: string;
  outputs: { baselineFound: boolean; regressions: number };
  /** One per regression, for runtime.warning. */
  warnings: string[];
}

export function baselineVerdict(recall: BaselineRecall, report: RunFigures, thresholds: RegressionThresholds): BaselineVerdict {
  const found = recall.status === 'found';
  const figures = figuresFromReport(report);
  if (!found || 'skip' in figures) {
    return { noFigures: 'skip' in figures ? figures.skip : undefined, outputs: { baselineFound: found, regressions: 0 }, warnings: [] };
  }
  const comparison = compareToBaseline(figures, recall.baseline, thresholds);
  return {
    comparison,
    outputs: { baselineFound: true, regressions: comparison.regressions.length },
    warnings: comparison.regressions.map((regression) => `Regression against the baseline (run ${recall.baseline.runId} on ${recall.baseline.branch}): ${describeRegression(regression)}`),
  };
}

export function describeRegression(regression: Regression): string {
  const what =
    regression.metric === 'startup'
      ? 'stack start-up'
      : `${regression.service}: ${regression.metric === 'peak-memory' ? 'peak memory' : regression.metric === 'mean-cpu' ? 'average CPU' : 'time to healthy'}`;
  return `${what} ${formatMetric(regression.metric, regression.current)}, ${percent(regression.change)} over the baseline's ${formatMetric(regression.metric, regression.baseline)} (threshold ${Math.round(regression.threshold * 100)}%)`;
}

export function renderBaselineSection(recall: BaselineRecall, verdict: BaselineVerdict, save: BaselineSave | undefined, thresholds: RegressionThresholds): string {
  const lines = ['### Compared with earlier runs', ''];
  const saved = save ? saveLine(save) : '';
  if (recall.status === 'unavailable' || recall.status === 'failed') {
    lines.push(`No comparison: ${inline(recall.reason)}.`);
    return lines.join('\n');
  }
  if (recall.status === 'none') {
    lines.push(`No baseline yet for this stack on ${recall.branches.map(code).join(', ')}. ${saved}`.trim());
    return lines.join('\n');
  }
  const baseline = recall.baseline;
  lines.push(
    `Baseline: run ${baseline.runId} (attempt ${baseline.runAttempt}) on ${code(baseline.branch)}, ${new Date(baseline.savedAtMs).toISOString().slice(0, 16).replace('T', ' ')} UTC. ` +
      `Thresholds: ${thresholdText(thresholds)}.`,
  );
  if (!verdict.comparison) {
    lines.push('', `This run has no figures to compare: ${verdict.noFigures ?? 'none were measured'}.`);
    return lines.join('\n');
  }
  const comparison = verdict.comparison;
  const count = comparison.regressions.length;
  lines.push('', count === 0 ? '**No regressions.**' : `**⚠️ ${count} regression${count === 1 ? '' : 's'}:**`);
  for (const regression of comparison.regressions) lines.push(`- ${inline(describeRegression(regression))}`);
  lines.push(
    '',
    table(
      ['Service', 'Peak memory', 'Average CPU', 'Time to healthy'],
      comparison.services.map((service) => [
        service.presence === 'both' ? service.service : `${service.service} (${service.presence})`,
        cell('peak-memory', service.peakMemory),
        cell('mean-cpu', service.meanCpu),
        cell('time-to-healthy', service.timeToHealthy),
      ]),
    ),
    '',
    `Stack start-up: ${cell('startup', comparison.startup)}; stack peak memory: ${cell('peak-memory', comparison.stackPeakMemory)}.`,
  );
  if (saved) lines.push('', saved);
  return lines.join('\n');
}

function saveLine(save: BaselineSave): string {
  if (save.status === 'saved') return `This run's figures were saved as a baseline (${save.durationMs} ms).`;
  if (save.status === 'unavailable') return '';
  return `This run's figures were not saved: ${inline(save.reason)}.`;
}

/** "120 MiB (was 60 MiB, +100% ⚠️)", "—" when this run has no figure. */
function cell(metric: Regression['metric'], delta: Delta): string {
  if (delta.current === undefined) return delta.baseline === undefined ? '—' : `— (was ${formatMetric(metric, delta.baseline)})`;
  if (delta.baseline === undefined) return `${formatMetric(metric, delta.current)} (new)`;
  const change = delta.change === undefined ? '' : `, ${percent(delta.change)}`;
  return `${formatMetric(metric, delta.current)} (was ${formatMetric(metric, delta.baseline)}${change}${delta.regression ? ' ⚠️' : ''})`;
}

function formatMetric(metric: Regression['metric'], value: number): string {
  if (metric === 'peak-memory') return formatBytes(value);
  if (metric === 'mean-cpu') return `${value.toFixed(1)}%`;
  return formatDuration(value);
}

function percent(change: number): string {
  const rounded = Math.round(change * 100);
  return `${rounded >= 0 ? '+' : '−'}${Math.abs(rounded)}%`;
}

function thresholdText(thresholds: RegressionThresholds): string {
  const parts = [
    `peak memory ${thresholds.memory === undefined ? 'off' : `+${Math.round(thresholds.memory * 100)}%`}`,
    `start-up and time to healthy ${thresholds.startup === undefined ? 'off' : `+${Math.round(thresholds.startup * 100)}%`}`,
  ];
  if (thresholds.cpu !== undefined) parts.push(`average CPU +${Math.round(thresholds.cpu * 100)}%`);
  return parts.join(', ');
}
