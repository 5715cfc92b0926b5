import type { MonitorEvent } from './records.js';
import { seriesTotals, type Point } from './series.js';
import type { MonitorState } from './state.js';

// What the monitor saw, per service, ready for the summary, report.json and fail-on. Pure.

export interface ServiceRun {
  service: string;
  /** Container names of the service (replicas, or a container Compose recreated). */
  containers: string[];
  image: string;
  /** Per container, bytes; undefined when the service has none. */
  memoryLimitBytes?: number;
  peakMemoryBytes: number;
  meanCpuPercent: number;
  peakCpuPercent: number;
  peakPids: number;
  restarts: number;
  oomKills: number;
  /** Transitions to unhealthy. */
  unhealthy: number;
  /** From the container's start event to its first healthy event (slowest replica). */
  timeToHealthyMs?: number;
  hasHealthcheck: boolean;
  /** Network and block I/O over the run, bytes (sum of replicas). */
  rxBytes: number;
  txBytes: number;
  readBytes: number;
  writeBytes: number;
  samples: number;
}

/** A series for charts and report.json: [ms since start, value]. */
export type ChartSeries = { name: string; memory: Array<[number, number]>; cpu: Array<[number, number]> };

export interface MonitorReport {
  intervalMs: number;
  startedAtMs: number;
  /** Last sample or the end record, whichever is later. */
  endedAtMs: number;
  endReason?: string;
  services: ServiceRun[];
  /** Highest memory the stack used at one sample (all containers together). */
  stackPeakMemoryBytes: number;
  host?: { totalBytes: number; peakUsedBytes: number };
  events: MonitorEvent[];
  /** Events not kept (the middle of a long, noisy run), by action. */
  droppedEvents: Record<string, number>;
  gaps: Array<{ fromMs: number; toMs: number; reason: string }>;
  notes: string[];
  /** Per container, downsampled for charts; times relative to startedAtMs. */
  series: ChartSeries[];
  stackSeries: Array<[number, number]>;
}

/** Points kept per series in the report (report.json and the charts' raw material). */
export const REPORT_POINTS = 200;

export function analyseMonitor(state: MonitorState): MonitorReport {
  const startedAtMs = state.meta?.startedAtMs ?? 0;
  const byService = new Map<string, ServiceRun>();
  const series: ChartSeries[] = [];
  for (const container of [...state.containers.values()].sort((a, b) => a.i - b.i)) {
    const points = state.series.get(container.i)?.all() ?? [];
    const totals = seriesTotals(points);
    const counters = state.counters.get(container.id);
    const final = state.finals.get(container.id);
    const run = byService.get(container.service) ?? emptyRun(container.service, container.image);
    byService.set(container.service, run);
    run.containers.push(container.name);
    if (container.limit > 0) run.memoryLimitBytes = Math.max(run.memoryLimitBytes ?? 0, container.limit);
    run.hasHealthcheck ||= container.health;
    run.peakMemoryBytes = Math.max(run.peakMemoryBytes, totals.peakMem);
    run.peakCpuPercent = Math.max(run.peakCpuPercent, totals.peakCpu);
    run.meanCpuPercent = (run.meanCpuPercent * run.samples + totals.meanCpu * totals.samples) / Math.max(1, run.samples + totals.samples);
    run.samples += totals.samples;
    run.peakPids = Math.max(run.peakPids, ...points.map((p) => p.pids), 0);
    const last = points.at(-1);
    if (last) {
      run.rxBytes += last.rx;
      run.txBytes += last.tx;
      run.readBytes += last.rd;
      run.writeBytes += last.wr;
    }
    // Starts after the first are restarts; the restart count inspect reports covers restarts
    // during a gap in the event stream (policy restarts only, so the larger of the two).
    run.restarts += Math.max(Math.max(0, (counters?.starts ?? 0) - 1), final?.restartCount ?? 0);
    run.oomKills += Math.max(counters?.ooms ?? 0, final?.oomKilled ? 1 : 0);
    run.unhealthy += counters?.unhealthy ?? 0;
    if (counters?.firstStartMs !== undefined && counters.firstHealthyMs !== undefined) {
      run.timeToHealthyMs = Math.max(run.timeToHealthyMs ?? 0, counters.firstHealthyMs - counters.firstStartMs);
    }
    if (points.length > 0) series.push(chartSeries(shortName(container.name, state.meta?.project), points, startedAtMs));
  }
  const stackPoints = state.series.get('stack')?.all() ?? [];
  const hostPoints = state.series.get('host')?.all() ?? [];
  const lastTick = Math.max(state.lastTickMs ?? 0, ...stackPoints.map((p) => p.t + p.d));
  return {
    intervalMs: state.meta?.intervalMs ?? 0,
    startedAtMs,
    endedAtMs: Math.max(lastTick, state.end?.t ?? 0, startedAtMs),
    endReason: state.end ? `${state.end.reason}${state.end.detail ? `: ${state.end.detail}` : ''}` : undefined,
    services: [...byService.values()].sort((a, b) => a.service.localeCompare(b.service)),
    stackPeakMemoryBytes: seriesTotals(stackPoints).peakMem,
    host:
      hostPoints.length > 0 && state.hostTotalBytes
        ? { totalBytes: state.hostTotalBytes, peakUsedBytes: seriesTotals(hostPoints).peakMem }
        : undefined,
    events: state.events(),
    droppedEvents: state.dropped,
    gaps: state.gaps.map((gap) => ({ fromMs: gap.from, toMs: gap.to, reason: gap.reason })),
    notes: state.notes,
    series,
    stackSeries: downsample(stackPoints, REPORT_POINTS).map((p) => [p.t - startedAtMs, p.mem]),
  };
}

/** "db-1" for "dsa-812-1-api-db-1": the project prefix says nothing inside its own summary. */
function shortName(name: string, project: string | undefined): string {
  return project && name.startsWith(`${project}-`) ? name.slice(project.length + 1) : name;
}

function emptyRun(service: string, image: string): ServiceRun {
  return {
    service,
    containers: [],
    image,
    peakMemoryBytes: 0,
    meanCpuPercent: 0,
    peakCpuPercent: 0,
    peakPids: 0,
    restarts: 0,
    oomKills: 0,
    unhealthy: 0,
    hasHealthcheck: false,
    rxBytes: 0,
    txBytes: 0,
    readBytes: 0,
    writeBytes: 0,
    samples: 0,
  };
}

function chartSeries(name: string, points: readonly Point[], startedAtMs: number): ChartSeries {
  const reduced = downsample(points, REPORT_POINTS);
  return {
    name,
    memory: reduced.map((p) => [p.t - startedAtMs, p.mem]),
    cpu: reduced.map((p) => [p.t - startedAtMs, Math.round(p.cpu * 100) / 100]),
  };
}

/** At most `max` points: consecutive points merged in equal groups, peaks kept. */
export function downsample(points: readonly Point[], max: number): Point[] {
  if (points.length <= max) return [...points];
  const group = Math.ceil(points.length / max);
  const result: Point[] = [];
  for (let index = 0; index < points.length; index += group) {
    const slice = points.slice(index, index + group);
    result.push({
      ...slice[0]!,
      mem: Math.max(...slice.map((p) => p.mem)),
      cpuMax: Math.max(...slice.map((p) => p.cpuMax)),
      cpu: slice.reduce((sum, p) => sum + p.cpu * p.n, 0) / Math.max(1, slice.reduce((sum, p) => sum + p.n, 0)),
      n: slice.reduce((sum, p) => sum + p.n, 0),
    });
  }
  return result;
}
