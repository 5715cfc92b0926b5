import { leftoverCount } from '../cleanup/leftovers.js';
import { formatBytes, formatDuration } from '../core/units.js';
import type { RunReport } from './run-report.js';
import { verdictOf } from './verdict.js';

// What `docker-stability run` prints when the command is done: one row per service and the
// verdict, as plain text for a terminal (the markdown summary goes to --summary).

export function renderTerminalReport(report: RunReport): string {
  const { verdict, reasons } = verdictOf(report);
  const lines: string[] = [];
  const services = report.monitor?.services ?? [];
  if (services.length > 0) {
    const rows = [
      ['SERVICE', 'PEAK MEM', 'LIMIT', 'CPU AVG', 'CPU PEAK', 'RESTARTS', 'OOM', 'HEALTHY AFTER'],
      ...services.map((service) => [
        service.service,
        formatBytes(service.peakMemoryBytes),
        service.memoryLimitBytes ? `${formatBytes(service.memoryLimitBytes)} (${Math.round((100 * service.peakMemoryBytes) / service.memoryLimitBytes)}%)` : 'none',
        `${service.meanCpuPercent.toFixed(1)}%`,
        `${service.peakCpuPercent.toFixed(1)}%`,
        String(service.restarts),
        String(service.oomKills),
        service.timeToHealthyMs !== undefined ? formatDuration(service.timeToHealthyMs) : service.hasHealthcheck ? 'not seen' : '—',
      ]),
    ];
    const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
    for (const row of rows) lines.push(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd());
    lines.push('');
  }
  // Pulls and builds are not in the start-up time: said beside it when they took any.
  const fetched = [
    report.pull && report.pull.images.some((image) => image.outcome === 'pulled') ? `pulled in ${formatDuration(report.pull.durationMs)}` : '',
    report.build && report.build.services.some((service) => service.outcome === 'built') ? `built in ${formatDuration(report.build.durationMs)}` : '',
  ].filter(Boolean);
  const start = `${fetched.length ? `${fetched.join(', ')}, ` : ''}` + (report.start ? `started in ${formatDuration(report.start.durationMs)}${report.start.ok ? '' : ` (${report.start.reason})`}` : 'not started');
  const peak = report.monitor ? `, peak ${formatBytes(report.monitor.stackPeakMemoryBytes)}` : '';
  const left = report.teardown?.leftovers ? `, ${leftoverCount(report.teardown.leftovers)} left after cleanup` : '';
  lines.push(`${report.projectName}: ${start}${peak}${left}`);
  lines.push(`${verdict.toUpperCase()}${reasons.length ? `: ${reasons.join('; ')}` : ''}`);
  return `${lines.join('\n')}\n`;
}
