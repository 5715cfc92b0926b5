import type { RunReport } from './run-report.js';
import { describeCondition, evaluateFailOn, type FailCondition, type ServiceOutcome } from './fail-on.js';

/** The step outputs post sets, by output name's meaning; undefined when not known. */
export interface RunOutputs {
  startupSeconds?: string;
  peakMemoryBytes?: string;
  oomKills?: string;
  restarts?: string;
  pullSeconds?: string;
  buildSeconds?: string;
}

export function runOutputs(report: RunReport, startupMs: number | undefined): RunOutputs {
  const services = report.monitor?.services;
  return {
    startupSeconds: startupMs !== undefined ? (startupMs / 1000).toFixed(1) : undefined,
    peakMemoryBytes: report.monitor ? String(report.monitor.stackPeakMemoryBytes) : undefined,
    oomKills: services ? String(services.reduce((sum, s) => sum + s.oomKills, 0)) : undefined,
    restarts: services ? String(services.reduce((sum, s) => sum + s.restarts, 0)) : undefined,
    ...phaseSeconds(report),
  };
}

/** pull-seconds and build-seconds: each phase's wall time, when it ran (main sets them too). */
export function phaseSeconds(report: Pick<RunReport, 'pull' | 'build'>): Pick<RunOutputs, 'pullSeconds' | 'buildSeconds'> {
  return {
    ...(report.pull ? { pullSeconds: (report.pull.durationMs / 1000).toFixed(1) } : {}),
    ...(report.build ? { buildSeconds: (report.build.durationMs / 1000).toFixed(1) } : {}),
  };
}

/**
 * What fail-on sees: the monitor's services, plus OOM kills that main's diagnosis of a failed
 * start found (a service killed during `up` may have died before the monitor sampled it).
 */
export function failOnOutcomes(report: RunReport): ServiceOutcome[] {
  const outcomes = new Map<string, ServiceOutcome>();
  for (const service of report.monitor?.services ?? []) {
    outcomes.set(service.service, {
      service: service.service,
      oomKills: service.oomKills,
      restarts: service.restarts,
      unhealthy: service.unhealthy,
      peakMemoryBytes: service.peakMemoryBytes,
      memoryLimitBytes: service.memoryLimitBytes,
    });
  }
  for (const diagnosis of report.start?.failing ?? []) {
    const outcome = outcomes.get(diagnosis.service) ?? { service: diagnosis.service, oomKills: 0, restarts: 0, unhealthy: 0 };
    outcome.oomKills = Math.max(outcome.oomKills, diagnosis.oomKilled ? 1 : 0);
    outcome.restarts = Math.max(outcome.restarts, diagnosis.restartCount);
    outcome.unhealthy = Math.max(outcome.unhealthy, diagnosis.health === 'unhealthy' ? 1 : 0);
    outcomes.set(diagnosis.service, outcome);
  }
  return [...outcomes.values()];
}

/** Evaluates fail-on, records the result in the report, returns the conditions met. */
export function applyFailOn(report: RunReport, conditions: FailCondition[]): string[] {
  const met = evaluateFailOn(conditions, failOnOutcomes(report));
  report.failOn = { conditions: conditions.map(describeCondition), met };
  return met;
}
