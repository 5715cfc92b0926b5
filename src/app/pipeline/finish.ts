import type { BaselineVerdict } from '../../baseline/section.js';
import { errorMessage } from '../../core/errors.js';
import { formatBytes } from '../../core/units.js';
import { transferLease } from '../../lease/lifecycle.js';
import type { MonitorReport } from '../../monitor/analysis.js';
import { describeCondition, evaluateFailOn } from '../../report/fail-on.js';
import { failOnOutcomes } from '../../report/outputs.js';
import type { RunReport } from '../../report/run-report.js';
import { JOB_STATUS_ENV } from '../../settings/keys.js';
import type { Settings } from '../../settings/settings.js';
import type { Deps } from '../deps.js';
import { finishMonitoring, type MonitorOutcome } from '../monitoring.js';
import { recordHistory } from '../phases/history.js';
import { keepServiceLogs, runFailure, uploadServiceLogs } from '../phases/logs.js';
import { ttlOnlyOwner } from '../phases/launch.js';
import { releaseOrKeep, tearDownStack } from '../phases/teardown.js';
import type { CarriedRun, RunPhase } from './carried.js';
import { PhaseClock } from './phase-clock.js';
import { assembleReport, type FinishSections, type StartSections } from './report.js';

// The second half of the one lifecycle, shared by the action's post step, `run`, `down` and
// the library: take the lease back, stop the monitor, judge fail-on, tear down as `cleanup`
// says, prove nothing is left, release the lease last, record the run for later comparison —
// and assemble the report from what the start and every phase here returned. Never throws:
// trouble becomes warnings and report entries.

export interface FinishOptions {
  /** The lease is held by another process (the monitor, a keeper): take it back first. */
  takeBackLease: boolean;
  /** Node's own start-up before our first line (post), for the timings. */
  bootMs?: number;
  /** `down`: what an earlier `up` left under a lease that has ended goes too. */
  deadOwner?: (owner: string) => string | undefined;
}

export interface Finished {
  report: RunReport;
  /** Why the stack was kept, when it was. */
  keep?: string;
  failOnMet: string[];
  verdict?: BaselineVerdict;
}

export async function finishRun(deps: Deps, run: CarriedRun, start: StartSections, options: FinishOptions): Promise<Finished> {
  const log = deps.runtime;
  const { settings } = run;
  const clock = new PhaseClock(deps.clock);
  if (options.bootMs !== undefined) clock.record('node start', options.bootMs);

  // Ours again before the monitor stops, so no sweep takes the stack while we tear it down.
  if (run.lease && options.takeBackLease) {
    const lease = run.lease;
    await clock.time('lease back', () =>
      transferLease(deps, lease).catch((error: unknown) => log.warning(`The stack's lease could not be taken back: ${errorMessage(error)}`)),
    );
  }
  let monitored: MonitorOutcome = { problems: [] };
  if (run.monitor) {
    const handle = run.monitor;
    // Before the teardown, so its kills are not recorded as crashes.
    monitored = await clock.time('monitor', () =>
      log.group('Monitor', async () => {
        const outcome = await finishMonitoring(deps, handle);
        for (const problem of outcome.problems) log.warning(`Monitor: ${problem}`);
        if (outcome.monitor) log.info(monitorLine(outcome.monitor));
        return outcome;
      }),
    );
  }

  // Every service's log, before the teardown removes the containers (main kept a failed start's).
  const startedStack = run.phase === 'starting' || run.phase === 'started';
  const keptLogs =
    start.logs ?? (startedStack ? await clock.time('logs', () => log.group('Service logs', () => keepServiceLogs(deps, log, settings, run.runDir, 'finish'))) : undefined);

  const failOnMet = evaluateFailOn(settings.failOn, failOnOutcomes({ ...assembleReport(start), ...(monitored.monitor ? { monitor: monitored.monitor } : {}) }));
  const keep = keepReason(settings, run.phase, start.failure, failOnMet, deps.runtime.env);
  let teardown: FinishSections['teardown'];
  let cleanup: FinishSections['cleanup'];
  if (run.phase === 'validated' || run.phase === 'admitted') {
    teardown = { durationMs: 0, problems: [], skipped: 'the stack was never started' };
  } else if (keep) {
    teardown = { durationMs: 0, problems: [], skipped: `kept: ${keep}` };
  } else {
    const result = await clock.time('teardown', () => log.group(`Clean up ${settings.stack.projectName}`, () => tearDownStack(deps, log, settings, { ...run, ...(options.deadOwner ? { deadOwner: options.deadOwner } : {}) })));
    teardown = { durationMs: result.durationMs, problems: result.problems, ...(result.leftovers ? { leftovers: result.leftovers } : {}) };
    cleanup = {
      removed: (result.swept?.removed ?? []).map((removal) => ({ kind: removal.resource.kind, name: removal.resource.name, why: removal.reason })),
      left: (result.swept?.failed ?? []).map((failure) => ({ kind: failure.resource.kind, name: failure.resource.name, why: failure.error })),
      kept: result.kept,
    };
  }
  const leaseProblem = await clock.time('lease', () => settleLease(deps, run, keep));
  if (leaseProblem) teardown.problems.push(leaseProblem);

  // After the lease is released: other stacks need not wait for the upload.
  const logs = keptLogs && {
    ...keptLogs,
    upload: await clock.time('upload', () => uploadServiceLogs(deps, log, settings, keptLogs, runFailure(start.failure, failOnMet, deps.runtime.env))),
  };

  const recorded = await clock.time('history', () =>
    recordHistory(deps, log, start.history, { start: start.start, ...(monitored.monitor ? { monitor: monitored.monitor } : {}) }, run),
  );
  const finish: FinishSections = {
    ...(monitored.monitor ? { monitor: monitored.monitor } : {}),
    monitorProblems: monitored.problems,
    teardown,
    ...(cleanup ? { cleanup } : {}),
    failOn: { conditions: settings.failOn.map(describeCondition), met: failOnMet },
    ...(recorded.history ? { history: recorded.history } : {}),
    ...(logs ? { logs } : {}),
    timings: clock.timings,
  };
  return { report: assembleReport(start, finish), keep, failOnMet, verdict: recorded.verdict };
}

/** Why the stack stays up (cleanup: never, or on-success after a failure), or undefined. */
export function keepReason(settings: Settings, phase: RunPhase, startFailure: string | undefined, failOnMet: string[], env: NodeJS.ProcessEnv): string | undefined {
  // The start tears a failed start down whatever `cleanup` says: nothing is left to keep.
  if (phase === 'start-failed') return undefined;
  if (settings.cleanup.mode === 'never') return 'cleanup: never';
  if (settings.cleanup.mode !== 'on-success') return undefined;
  // A start that failed on its way up (an exception: the daemon lost, the CLI gone) abandoned
  // its stack too, or tried to: what a lost daemon kept is torn down now, not kept.
  if (startFailure && phase !== 'started') return undefined;
  if (startFailure) return 'cleanup: on-success, and main failed';
  if (failOnMet.length > 0) return `cleanup: on-success, and fail-on was met (${failOnMet.join('; ')})`;
  if (env[JOB_STATUS_ENV] === 'failure') return `cleanup: on-success, and a step reported the job failed (${JOB_STATUS_ENV}=failure)`;
  return undefined;
}

/**
 * The lease goes last: released once the stack is gone, or — when the stack is kept — handed to
 * an owner nobody can check, so it lasts until lease-ttl (no sweep takes a kept stack earlier).
 * Returns a problem to report, or undefined.
 */
async function settleLease(deps: Deps, run: CarriedRun, keep: string | undefined): Promise<string | undefined> {
  const log = deps.runtime;
  if (!run.lease) return undefined;
  if (!keep) return (await releaseOrKeep(deps, log, run.lease)) ? `lease ${run.lease.id} could not be released` : undefined;
  try {
    await transferLease(deps, run.lease, ttlOnlyOwner(deps.host.processIdentity()?.hostname ?? ''), { ttlMs: run.settings.lease.leaseTtlMs });
    log.info(`The lease stays with the kept stack until lease-ttl (${run.settings.lease.leaseTtlMs / 3_600_000} h) runs out.`);
    return undefined;
  } catch (error) {
    log.warning(`Could not hand lease ${run.lease.id} to the kept stack: ${errorMessage(error)}; it ends with its TTL or its owner.`);
    return `lease ${run.lease.id}: ${errorMessage(error)}`;
  }
}

function monitorLine(monitor: MonitorReport): string {
  const total = (key: 'oomKills' | 'restarts'): number => monitor.services.reduce((sum, service) => sum + service[key], 0);
  const samples = monitor.services.reduce((sum, service) => sum + service.samples, 0);
  return `Monitor: ${samples} samples of ${monitor.services.length} services; peak memory of the stack ${formatBytes(monitor.stackPeakMemoryBytes)}; ${total('oomKills')} OOM kills; ${total('restarts')} restarts; ${monitor.gaps.length} gaps.`;
}
