import type { MonitorReport, ServiceRun } from '../monitor/analysis.js';
import type { MonitorEvent } from '../monitor/records.js';
import { compareFindings } from '../policy/finding.js';
import { policySummaryMarkdown } from '../policy/format/summary.js';
import { formatBytes, formatDuration } from '../core/units.js';
import { inline, md, table, type Cell } from '../core/markdown.js';
import type { CleanupSection, PolicySection, RunReport, StackServiceInfo } from './run-report.js';
import type { LeaseSection } from '../lease/section.js';

// The summary's sections, each a pure function of the report. Rows are bounded so that 50
// services and a noisy 6-hour run still fit GitHub's 1 MiB summary limit.

export const TIMELINE_ROWS = 80;
export const CLEANUP_ROWS = 50;

/** One row per service: declared limits next to what the monitor saw. */
export function servicesSection(report: RunReport): string | undefined {
  const declared = new Map((report.stack?.services ?? []).map((service) => [service.service, service]));
  const seen = new Map((report.monitor?.services ?? []).map((service) => [service.service, service]));
  const names = [...new Set([...declared.keys(), ...seen.keys()])].sort();
  if (names.length === 0) return undefined;
  const rows = names.map((name) => serviceRow(name, declared.get(name), seen.get(name), report.monitor !== undefined));
  return [
    '### Services',
    table(
      ['Service', 'Image', 'Memory limit', 'Peak memory', 'CPU avg / peak', 'Restarts', 'OOM kills', 'Time to healthy', 'Unhealthy', 'tmpfs'],
      rows,
      ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left'],
    ),
  ].join('\n\n');
}

function serviceRow(name: string, declared: StackServiceInfo | undefined, seen: ServiceRun | undefined, monitored: boolean): Cell[] {
  const limit = declared?.memoryLimitBytes ?? seen?.memoryLimitBytes;
  const tmpfs = declared?.tmpfs.length
    ? declared.tmpfs.map((mount) => `${mount.target} (${mount.sizeBytes ? formatBytes(mount.sizeBytes) : 'no size'})`).join(', ')
    : '—';
  if (!seen) {
    const none = monitored ? 'not running' : 'not monitored';
    return [name, declared?.image ?? '', limit ? formatBytes(limit) : 'none', none, '', '', '', '', '', tmpfs];
  }
  const share = limit && seen.peakMemoryBytes ? ` (${Math.round((seen.peakMemoryBytes / limit) * 100)}%)` : '';
  return [
    name,
    seen.image || declared?.image || '',
    limit ? formatBytes(limit) : 'none',
    `${formatBytes(seen.peakMemoryBytes)}${share}`,
    `${seen.meanCpuPercent.toFixed(1)}% / ${seen.peakCpuPercent.toFixed(1)}%`,
    String(seen.restarts),
    seen.oomKills > 0 ? md(`**${seen.oomKills}**`) : '0',
    seen.timeToHealthyMs !== undefined ? formatDuration(seen.timeToHealthyMs) : seen.hasHealthcheck ? 'not seen' : 'no health check',
    String(seen.unhealthy),
    tmpfs,
  ];
}

/** Host memory, the stack's own peak, and the lease when there is one. */
export function hostSection(report: RunReport): string | undefined {
  const rows: string[][] = [];
  const monitor = report.monitor;
  if (monitor?.host) {
    rows.push(['Host memory, peak in use', `${formatBytes(monitor.host.peakUsedBytes)} of ${formatBytes(monitor.host.totalBytes)} (${Math.round((monitor.host.peakUsedBytes / monitor.host.totalBytes) * 100)}%)`]);
  }
  if (monitor) rows.push(['Stack memory, peak of all containers together', formatBytes(monitor.stackPeakMemoryBytes)]);
  if (report.stack) {
    const floor = report.stack.unlimited.length || report.stack.unsizedTmpfs.length ? ' (a floor: some services are unbounded)' : '';
    rows.push(['Stack reservation', `${formatBytes(report.stack.reservationBytes)}${floor}`]);
  }
  if (report.lease) rows.push(...leaseRows(report.lease));
  if (monitor) rows.push(['Sampled', `every ${formatDuration(monitor.intervalMs)} for ${formatDuration(monitor.endedAtMs - monitor.startedAtMs)}`]);
  const model = report.stack?.reservationModel;
  return rows.length ? ['### Host', table(['Measure', 'Value'], rows), ...(model ? [model] : [])].join('\n\n') : undefined;
}

function leaseRows(lease: LeaseSection): string[][] {
  const rows: string[][] = [['Lease', `${lease.outcome}${lease.detail ? ` — ${lease.detail}` : ''}`]];
  rows.push(['Lease wait', lease.waitedMs > 0 ? `${formatDuration(lease.waitedMs)} for ${lease.waitedFor.join('; ') || 'other jobs'}` : 'none']);
  if (lease.budgetBytes !== undefined) {
    const used = lease.usedBytes !== undefined ? `${formatBytes(lease.usedBytes)} of ` : '';
    const own = lease.ownBytes !== undefined ? ` (this stack: ${formatBytes(lease.ownBytes)})` : '';
    rows.push(['Memory budget', `${used}${formatBytes(lease.budgetBytes)}${own}`]);
  }
  return rows;
}

/** OOM kills, exits, restarts and health changes, with times relative to the start. */
export function timelineSection(monitor: MonitorReport | undefined, maxRows = TIMELINE_ROWS): string | undefined {
  if (!monitor) return undefined;
  const firstStart = new Set<string>();
  const rows: Array<{ t: number; cells: Cell[] }> = [];
  for (const event of monitor.events) {
    const what = describeEvent(event, firstStart);
    if (what) rows.push({ t: event.t, cells: [relative(event.t - monitor.startedAtMs), event.service, what] });
  }
  for (const gap of monitor.gaps) {
    rows.push({
      t: gap.fromMs,
      cells: [relative(gap.fromMs - monitor.startedAtMs), '(daemon)', `gap of ${formatDuration(gap.toMs - gap.fromMs)}: ${gap.reason}; no samples, events may be missing`],
    });
  }
  if (rows.length === 0) return undefined;
  rows.sort((a, b) => a.t - b.t);
  const dropped = Object.values(monitor.droppedEvents).reduce((sum, count) => sum + count, 0);
  const shown = rows.slice(0, maxRows);
  const notes = [
    rows.length > shown.length ? `${rows.length - shown.length} more rows in report.json.` : '',
    dropped > 0 ? `${dropped} events in the middle of the run were counted but not kept (${Object.entries(monitor.droppedEvents).map(([action, count]) => `${action} ${count}`).join(', ')}).` : '',
  ].filter(Boolean);
  return ['### Events', table(['At', 'Service', 'What happened'], shown.map((row) => row.cells)), ...notes].join('\n\n');
}

function describeEvent(event: MonitorEvent, started: Set<string>): Cell | undefined {
  switch (event.action) {
    case 'oom':
      return md('**OOM kill**: the kernel killed a process for exceeding the memory limit');
    case 'die':
      return `exited${event.exitCode !== undefined ? ` with code ${event.exitCode}` : ''}`;
    case 'start':
      if (!started.has(event.id)) {
        started.add(event.id);
        return undefined;
      }
      return 'restarted';
    case 'health_status: healthy':
      return 'health: healthy';
    case 'health_status: unhealthy':
      return md('**health: unhealthy**');
    default:
      return undefined;
  }
}

/** "+1m 05s" from ms since the start. */
export function relative(ms: number): string {
  return `+${formatDuration(Math.max(0, ms))}`;
}

/** The policy's full table (P's renderer), plus the health-check timing the action standardised. */
export function policySection(policy: PolicySection | undefined): string | undefined {
  if (!policy) return undefined;
  if (policy.mode === 'off') return '### Compose policy\n\nOff (`policy: off`): the rules were not applied.';
  const parts = [
    policySummaryMarkdown({
      findings: [...policy.findings].sort(compareFindings),
      counts: policy.counts,
      suppressed: policy.suppressed,
      injected: policy.injected,
      omitted: policy.omitted,
      mode: policy.mode,
    }),
  ];
  if (policy.standardised.length > 0) {
    parts.push(
      `**Standard health-check timing** (healthcheck-defaults, generated override file):\n\n${table(
        ['Service', 'Field', 'Before', 'After'],
        policy.standardised.map((change) => [change.service, change.field, change.before, change.after]),
      )}`,
    );
  }
  return parts.join('\n\n');
}

export function cleanupSection(report: RunReport): string | undefined {
  const cleanup: CleanupSection | undefined = report.cleanup;
  const parts: string[] = [];
  if (cleanup) {
    const rows = [
      ...cleanup.removed.map((item): Cell[] => ['removed', item.kind, item.name, item.why ?? '']),
      ...cleanup.left.map((item): Cell[] => [md('**left**'), item.kind, item.name, item.why]),
      ...(cleanup.kept ?? []).map((item): Cell[] => ['kept', item.kind, item.name, item.why]),
    ];
    if (rows.length > 0) {
      parts.push(table(['', 'Kind', 'Name', 'Why'], rows.slice(0, CLEANUP_ROWS)));
      if (rows.length > CLEANUP_ROWS) parts.push(`${rows.length - CLEANUP_ROWS} more rows in report.json.`);
    }
    if (cleanup.staleProjects?.length) {
      parts.push(`Leftovers of dead jobs swept: ${cleanup.staleProjects.map((stale) => `${inline(stale.project)} (${stale.removed})`).join(', ')}.`);
    }
  }
  const leftovers = report.teardown?.leftovers;
  if (leftovers && leftovers.containers.length + leftovers.networks.length + leftovers.volumes.length > 0) {
    parts.push(
      '**Left behind:**',
      table(
        ['Kind', 'Names'],
        (['containers', 'networks', 'volumes'] as const).filter((kind) => leftovers[kind].length > 0).map((kind) => [kind, leftovers[kind].join(', ')]),
      ),
    );
  }
  if (report.teardown?.problems.length) parts.push(report.teardown.problems.map((problem) => `- ${inline(problem)}`).join('\n'));
  return parts.length ? ['### Cleanup', ...parts].join('\n\n') : undefined;
}
