import type { CheckResult } from '../../preflight/checks.js';
import type { CleanupSection, HistorySection, PolicySection, RunReport, StackSection } from '../../report/run-report.js';
import type { LeaseSection } from '../../lease/section.js';
import type { MonitorReport } from '../../monitor/analysis.js';
import type { LogsSection } from '../../report/logs-section.js';
import type { ReadinessSection } from '../../report/readiness-section.js';
import type { PhaseTiming } from './phase-clock.js';

// The report is assembled from what the phases returned — the start's sections (main's, saved
// in the run directory) and the finish's — never written into by several hands.

/** What the start of a run learned, phase by phase. */
export interface StartSections {
  projectName: string;
  startedAtMs: number;
  engine?: RunReport['engine'];
  stack?: StackSection;
  policy?: PolicySection;
  /** Absolute path of the SARIF file written. */
  sarifFile?: string;
  preflight: CheckResult[];
  /** Leftovers of dead jobs the preflight's sweep removed. */
  swept?: Array<{ project: string; removed: number }>;
  lease?: LeaseSection;
  history?: HistorySection;
  pull?: RunReport['pull'];
  build?: RunReport['build'];
  start?: RunReport['start'];
  /** After `up`: published ports and wait-for (phases/readiness.ts). */
  readiness?: ReadinessSection;
  /** A failed start's logs, kept before it was torn down (phases/logs.ts). */
  logs?: LogsSection;
  /** Why the start failed outside the stack's own start (bad input, daemon down, policy). */
  failure?: string;
  monitorProblems?: string[];
  timings: PhaseTiming[];
}

/** What the finish learned. */
export interface FinishSections {
  monitor?: MonitorReport;
  monitorProblems: string[];
  teardown: NonNullable<RunReport['teardown']>;
  cleanup?: Pick<CleanupSection, 'removed' | 'left' | 'kept'>;
  failOn?: RunReport['failOn'];
  history?: HistorySection;
  /** Every service's log, kept before the teardown, and its upload (phases/logs.ts). */
  logs?: LogsSection;
  timings: PhaseTiming[];
}

export function assembleReport(start: StartSections, finish?: FinishSections): RunReport {
  const monitorProblems = [...(start.monitorProblems ?? []), ...(finish?.monitorProblems ?? [])];
  const cleanup: CleanupSection | undefined =
    finish?.cleanup || start.swept?.length
      ? {
          removed: finish?.cleanup?.removed ?? [],
          left: finish?.cleanup?.left ?? [],
          ...(finish?.cleanup?.kept?.length ? { kept: finish.cleanup.kept } : {}),
          ...(start.swept?.length ? { staleProjects: start.swept } : {}),
        }
      : undefined;
  return {
    projectName: start.projectName,
    startedAtMs: start.startedAtMs,
    ...(start.engine ? { engine: start.engine } : {}),
    preflight: start.preflight,
    ...(start.stack ? { stack: start.stack } : {}),
    ...(start.policy ? { policy: start.policy } : {}),
    ...(start.lease ? { lease: start.lease } : {}),
    ...(start.pull ? { pull: start.pull } : {}),
    ...(start.build ? { build: start.build } : {}),
    ...(start.start ? { start: start.start } : {}),
    ...(start.readiness ? { readiness: start.readiness } : {}),
    ...((finish?.logs ?? start.logs) ? { logs: finish?.logs ?? start.logs } : {}),
    ...(start.failure ? { mainError: start.failure } : {}),
    ...(finish?.monitor ? { monitor: finish.monitor } : {}),
    ...(monitorProblems.length ? { monitorProblems } : {}),
    ...(cleanup ? { cleanup } : {}),
    ...(finish ? { teardown: finish.teardown } : {}),
    ...(finish?.failOn ? { failOn: finish.failOn } : {}),
    ...((finish?.history ?? start.history) ? { history: finish?.history ?? start.history } : {}),
    timings: { start: start.timings, ...(finish ? { finish: finish.timings } : {}) },
  };
}
