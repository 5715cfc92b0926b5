import { baselineVerdict, renderBaselineSection } from '../baseline/section.js';
import { leftoverCount } from '../cleanup/leftovers.js';
import { renderImageCacheSection } from '../image-cache/section.js';
import { formatBytes, formatDuration } from '../core/units.js';
import { describeFailure, type ServiceDiagnosis } from '../stack/diagnose.js';
import { metricChart } from './charts.js';
import { imageMetricRows, renderImagesSection } from './images-section.js';
import { code, codeBlock, details, inline, table } from '../core/markdown.js';
import type { RunReport } from './run-report.js';
import { logsSection } from './logs-section.js';
import { readinessSection } from './readiness-section.js';
import { cleanupSection, hostSection, policySection, servicesSection, timelineSection } from './sections.js';
import { timingsLine } from './timings.js';
import { verdictOf, type Verdict } from './verdict.js';

export { verdictOf, type Verdict } from './verdict.js';

/** GitHub drops a step's whole summary above 1 MiB; we stay well below, in bytes. */
export const SUMMARY_BUDGET_BYTES = 900 * 1024;
/** Log lines longer than this are cut in the summary (report.json keeps them whole). */
const LOG_LINE_CHARS = 400;

const VERDICT_LINE: Record<Verdict, string> = {
  clean: '✅ **Clean**',
  warnings: '⚠️ **Warnings**',
  failed: '❌ **Failed**',
};

interface Section {
  text: string;
  /** Dropped first when the summary would be too large (lowest first); undefined: never. */
  dropOrder?: number;
  /** What replaces it when dropped. */
  dropped?: string;
}

/** The job summary: verdict first, then metrics, services, host, events, charts, findings. */
export function renderSummary(report: RunReport, options: { budgetBytes?: number; reportFile?: string } = {}): string {
  const { verdict, reasons } = verdictOf(report);
  const sections: Section[] = [
    { text: `## Docker stack ${code(report.projectName)}` },
    { text: `${VERDICT_LINE[verdict]}${reasons.length ? ` — ${reasons.map(inline).join('; ')}` : ' — the stack started, ran and left nothing behind.'}` },
    { text: metricsTable(report) },
  ];
  const add = (text: string | undefined, dropOrder?: number, dropped?: string): void => {
    if (text) sections.push({ text, dropOrder, dropped: dropped ?? (dropOrder !== undefined ? `_${firstLine(text)} omitted to keep the summary under 1 MiB; see report.json._` : undefined) });
  };
  if (report.start && !report.start.ok) {
    const { failing, composeTail } = report.start;
    // Too large with every log tail: the one-line diagnoses stay, the logs go to report.json.
    add(startFailureSection(failing, composeTail, true), 5, `${startFailureSection(failing, composeTail, false)}\n\n_Health-check outputs and log tails omitted to keep the summary under 1 MiB; see report.json._`);
  }
  add(renderImagesSection(report), 4);
  add(readinessSection(report.readiness), 5);
  add(servicesSection(report), 6);
  add(hostSection(report));
  add(report.monitorProblems?.length ? `### Monitor\n\n${report.monitorProblems.map((problem) => `- ${inline(problem)}`).join('\n')}` : undefined);
  add(timelineSection(report.monitor), 3);
  for (const metric of ['memory', 'cpu'] as const) {
    const chart = report.monitor ? metricChart(report.monitor, metric) : undefined;
    if (chart) add(`### ${metric === 'memory' ? 'Memory' : 'CPU'} over time\n\n${codeBlock(chart.mermaid, 'mermaid')}\n\n${chart.legend}`, metric === 'memory' ? 2 : 1);
  }
  add(policySection(report.policy), 4);
  if (report.preflight.length > 0) {
    add(['### Preflight', table(['Check', 'Result', 'Detail'], report.preflight.map((check) => [check.title, check.status === 'skip' ? 'not checked' : check.status, check.detail]))].join('\n\n'));
  }
  add(historySections(report), 4);
  add(cleanupSection(report), 4);
  add(logsSection(report.logs));
  if (report.failOn) add(`fail-on: ${inline(report.failOn.conditions.join(', ') || 'none')}${report.failOn.met.length ? ` — met: ${inline(report.failOn.met.join('; '))}` : ' — none met'}.`);
  add(timingsLine(report));
  if (options.reportFile) add(`Machine-readable report: ${code(options.reportFile)}`);
  return fitToBudget(sections, options.budgetBytes ?? SUMMARY_BUDGET_BYTES);
}

/** History across runs: the comparison with the baseline and the image cache's choice. */
function historySections(report: RunReport): string | undefined {
  const history = report.history;
  const parts: string[] = [];
  if (history?.baseline) {
    const { recall, thresholds, save } = history.baseline;
    parts.push(renderBaselineSection(recall, baselineVerdict(recall, report, thresholds), save, thresholds));
  }
  if (history?.imageCache) parts.push(renderImageCacheSection(history.imageCache.prep, history.imageCache.record));
  return parts.length ? parts.join('\n\n') : undefined;
}

/** The audit's success metrics for this run. */
function metricsTable(report: RunReport): string {
  const start = report.start;
  const leftovers = report.teardown?.leftovers;
  const monitor = report.monitor;
  const total = (key: 'oomKills' | 'restarts'): string => (monitor ? String(monitor.services.reduce((sum, s) => sum + s[key], 0)) : 'not monitored');
  return table(
    ['Metric', 'Value'],
    [
      ['Start-up', start ? `${formatDuration(start.durationMs)}${start.ok ? '' : ` (${start.reason})`}` : 'not started'],
      ...imageMetricRows(report),
      ['Peak memory (stack)', monitor ? formatBytes(monitor.stackPeakMemoryBytes) : 'not monitored'],
      ['OOM kills', total('oomKills')],
      ['Restarts', total('restarts')],
      ['Teardown', report.teardown ? formatDuration(report.teardown.durationMs) : 'not run'],
      ['Left after cleanup', leftovers ? String(leftoverCount(leftovers)) : 'not counted'],
    ],
  );
}

function startFailureSection(failing: ServiceDiagnosis[], composeTail: string[], withLogs: boolean): string {
  const parts = ['### Why the stack did not start'];
  if (!withLogs) return [...parts, failing.map((diagnosis) => `- ${inline(describeFailure(diagnosis))}`).join('\n')].join('\n\n');
  for (const diagnosis of failing) {
    const health = diagnosis.healthLog.map((entry) => `exit ${entry.exitCode}: ${cut(entry.output)}`).join('\n');
    parts.push(
      `- ${inline(describeFailure(diagnosis))}`,
      details(
        `${diagnosis.service}: health checks and last ${diagnosis.logTail.length} log lines`,
        [health ? `Health checks:\n\n${codeBlock(health)}` : '', `Log:\n\n${codeBlock(diagnosis.logTail.map(cut).join('\n') || '(empty)')}`].filter(Boolean).join('\n\n'),
      ),
    );
  }
  if (failing.length === 0 && composeTail.length > 0) parts.push(details('docker compose output', codeBlock(composeTail.map(cut).join('\n'))));
  return parts.join('\n\n');
}

/** Drops the least important sections (charts, then the timeline…) until the summary fits. */
function fitToBudget(sections: Section[], budgetBytes: number): string {
  const render = (): string => `${sections.map((section) => section.text).join('\n\n')}\n`;
  let text = render();
  const droppable = sections.filter((section) => section.dropOrder !== undefined).sort((a, b) => a.dropOrder! - b.dropOrder!);
  for (const section of droppable) {
    if (Buffer.byteLength(text) <= budgetBytes) break;
    section.text = section.dropped!;
    text = render();
  }
  if (Buffer.byteLength(text) > budgetBytes) {
    // Still too large (a huge error message): cut, never exceed.
    text = `${Buffer.from(text).subarray(0, budgetBytes - 200).toString('utf8')}\n\n_…cut to stay under 1 MiB; see report.json._\n`;
  }
  return text;
}

function cut(line: string): string {
  return line.length > LOG_LINE_CHARS ? `${line.slice(0, LOG_LINE_CHARS)}… (${line.length - LOG_LINE_CHARS} more characters)` : line;
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.replace(/^#+\s*/, '');
}
