import type { MonitorReport } from '../monitor/analysis.js';

// The baseline: a compact projection of one run's report (a few KB for dozens of services),
// saved as versioned JSON in the cache and read back by later runs. Pure.

export const BASELINE_SCHEMA = 'docker-stability/baseline@1';
export const BASELINE_FILE = 'baseline.json';

export interface ServiceFigures {
  service: string;
  peakMemoryBytes: number;
  meanCpuPercent: number;
  /** Only for services with a health check that became healthy. */
  timeToHealthyMs?: number;
}

/** What one run measured, as compared across runs. */
export interface StackFigures {
  /** `docker compose up --wait` until every service was running and healthy. */
  startupMs?: number;
  stackPeakMemoryBytes?: number;
  services: ServiceFigures[];
}

export interface Baseline extends StackFigures {
  schema: typeof BASELINE_SCHEMA;
  stackHash: string;
  branch: string;
  runId: string;
  runAttempt: string;
  savedAtMs: number;
}

/** The parts of a run's report the baseline reads (the report passes itself). */
export interface RunFigures {
  start?: { ok: boolean; durationMs: number };
  monitor?: MonitorReport;
}

/** The figures of a run, or why it has none worth remembering. */
export function figuresFromReport(report: RunFigures): StackFigures | { skip: string } {
  if (!report.start?.ok) return { skip: report.start ? 'the stack did not start' : 'the stack was not started' };
  const monitor = report.monitor;
  const sampled = monitor?.services.filter((service) => service.samples > 0) ?? [];
  if (!monitor || sampled.length === 0) return { skip: 'the monitor has no samples of this run' };
  return {
    startupMs: report.start.durationMs,
    stackPeakMemoryBytes: monitor.stackPeakMemoryBytes,
    services: sampled.map((service) => ({
      service: service.service,
      peakMemoryBytes: service.peakMemoryBytes,
      meanCpuPercent: Math.round(service.meanCpuPercent * 100) / 100,
      ...(service.hasHealthcheck && service.timeToHealthyMs !== undefined ? { timeToHealthyMs: service.timeToHealthyMs } : {}),
    })),
  };
}

export function baselineDocument(figures: StackFigures, meta: Omit<Baseline, 'schema' | keyof StackFigures>): Baseline {
  return { schema: BASELINE_SCHEMA, ...meta, ...figures };
}

/** A baseline read back from the cache, checked field by field: another version is not guessed at. */
export function parseBaseline(text: string): Baseline | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const doc = value as Partial<Baseline> | null;
  if (!doc || typeof doc !== 'object') return { error: 'not an object' };
  if (doc.schema !== BASELINE_SCHEMA) return { error: `schema '${String(doc.schema)}' is not ${BASELINE_SCHEMA}` };
  const strings = ['stackHash', 'branch', 'runId', 'runAttempt'] as const;
  for (const field of strings) if (typeof doc[field] !== 'string') return { error: `${field} is missing` };
  if (typeof doc.savedAtMs !== 'number') return { error: 'savedAtMs is missing' };
  if (!Array.isArray(doc.services)) return { error: 'services is missing' };
  for (const service of doc.services as unknown[]) {
    const s = service as Partial<ServiceFigures> | null;
    if (!s || typeof s.service !== 'string' || !isNumber(s.peakMemoryBytes) || !isNumber(s.meanCpuPercent)) {
      return { error: `a service entry is malformed: ${JSON.stringify(service).slice(0, 120)}` };
    }
    if (s.timeToHealthyMs !== undefined && !isNumber(s.timeToHealthyMs)) return { error: `timeToHealthyMs of ${s.service} is not a number` };
  }
  for (const field of ['startupMs', 'stackPeakMemoryBytes'] as const) {
    if (doc[field] !== undefined && !isNumber(doc[field])) return { error: `${field} is not a number` };
  }
  return doc as Baseline;
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}
