import type { StackFigures } from './document.js';
import type { RegressionThresholds } from './inputs.js';

// This run against the baseline, per service and for the stack (pure). A figure regresses when
// it grew by more than its threshold AND by more than a small absolute floor: on a shared runner
// 6 MiB becoming 9 MiB (+50 %) or a health check landing one 1 s interval later is noise, not a
// regression worth a warning. The floors are part of the contract (docs/cache.md).

export const FLOORS = {
  memoryBytes: 8 * 1024 * 1024,
  timeMs: 1000,
  cpuPercent: 5,
} as const;

export type Metric = 'peak-memory' | 'mean-cpu' | 'time-to-healthy' | 'startup';

export interface Delta {
  current?: number;
  baseline?: number;
  /** (current - baseline) / baseline; undefined when either side is missing or the baseline is 0. */
  change?: number;
  regression: boolean;
}

export interface ServiceComparison {
  service: string;
  /** 'new': not in the baseline; 'gone': in the baseline, not in this run. */
  presence: 'both' | 'new' | 'gone';
  peakMemory: Delta;
  meanCpu: Delta;
  timeToHealthy: Delta;
}

export interface Regression {
  metric: Metric;
  /** Undefined for the stack's start-up time. */
  service?: string;
  current: number;
  baseline: number;
  change: number;
  threshold: number;
}

export interface BaselineComparison {
  services: ServiceComparison[];
  startup: Delta;
  stackPeakMemory: Delta;
  regressions: Regression[];
}

export function compareToBaseline(current: StackFigures, baseline: StackFigures, thresholds: RegressionThresholds): BaselineComparison {
  const regressions: Regression[] = [];
  const measure = (metric: Metric, service: string | undefined, now: number | undefined, before: number | undefined, threshold: number | undefined, floor: number): Delta => {
    const change = now !== undefined && before !== undefined && before > 0 ? (now - before) / before : undefined;
    const regression = change !== undefined && threshold !== undefined && change > threshold && now! - before! >= floor;
    if (regression) regressions.push({ metric, service, current: now!, baseline: before!, change: change!, threshold: threshold! });
    return { current: now, baseline: before, change, regression };
  };

  const before = new Map(baseline.services.map((service) => [service.service, service]));
  const now = new Map(current.services.map((service) => [service.service, service]));
  const names = [...new Set([...now.keys(), ...before.keys()])].sort((a, b) => a.localeCompare(b));
  const services = names.map((name): ServiceComparison => {
    const a = now.get(name);
    const b = before.get(name);
    return {
      service: name,
      presence: a && b ? 'both' : a ? 'new' : 'gone',
      peakMemory: measure('peak-memory', name, a?.peakMemoryBytes, b?.peakMemoryBytes, thresholds.memory, FLOORS.memoryBytes),
      meanCpu: measure('mean-cpu', name, a?.meanCpuPercent, b?.meanCpuPercent, thresholds.cpu, FLOORS.cpuPercent),
      timeToHealthy: measure('time-to-healthy', name, a?.timeToHealthyMs, b?.timeToHealthyMs, thresholds.startup, FLOORS.timeMs),
    };
  });
  const startup = measure('startup', undefined, current.startupMs, baseline.startupMs, thresholds.startup, FLOORS.timeMs);
  // Shown, never flagged: a service's growth is already flagged on its own row.
  const stackPeakMemory = measure('peak-memory', undefined, current.stackPeakMemoryBytes, baseline.stackPeakMemoryBytes, undefined, 0);
  return { services, startup, stackPeakMemory, regressions };
}
