import { leftoverCount } from '../../cleanup/leftovers.js';
import { ownerLabelValue } from '../../cleanup/ownership.js';
import type { PreExistingResources } from '../../cleanup/pre-existing.js';
import { tearDown, type TeardownResult } from '../../cleanup/teardown.js';
import type { BaselineVerdict } from '../../baseline/section.js';
import type { LeaseHandle } from '../../lease/acquire.js';
import { releaseLease, transferLease } from '../../lease/lifecycle.js';
import type { MonitorHandle } from '../../monitor/control.js';
import type { Log } from '../../ports/runtime.js';
import { applyFailOn } from '../../report/outputs.js';
import type { RunReport } from '../../report/run-report.js';
import { JOB_STATUS_ENV } from '../../settings/keys.js';
import type { Settings } from '../../settings/settings.js';
import { formatBytes } from '../../core/units.js';
import { finishMonitoring } from '../monitoring.js';
import { errorMessage } from '../../core/errors.js';
import type { Deps } from '../wiring.js';
import { recordMemory } from './memory.js';
import { ttlOnlyOwner } from './start.js';

// The end of a run, shared by the action's post step and `docker-stability run`: take the lease
// back, stop the monitor, judge fail-on, tear down as `cleanup` says, prove nothing is left,
// release the lease last, record the run for later comparison. Never throws: trouble becomes
// warnings and report entries.

/** Bound for the teardown; the runner gives a cancelled job's post steps little time. */
const TEARDOWN_TIMEOUT_MS = 120_000;

export interface RunToFinish {
  settings: Settings;
  /** How far the start got: nothing to tear down before 'starting'. */
  phase: 'validated' | 'admitted' | 'starting' | 'started' | 'start-failed';
  lease?: LeaseHandle;
  /** The lease is owned by another process (the action's monitor): take it back first. */
  leaseElsewhere: boolean;
  monitor?: MonitorHandle;
  overrideFile?: string;
  /** What existed on the daemon before `up` (main's record): the teardown keeps it. */
  preExisting?: PreExistingResources;
}

export interface Finished {
  /** Why the stack was kept, when it was. */
  keep?: string;
  failOnMet: string[];
  baseline?: BaselineVerdict;
}

export async function finishRun(deps: Deps, log: Log, run: RunToFinish, report: RunReport): Promise<Finished> {
  const { settings } = run;
  // Ours again before the monitor stops, so no sweep takes the stack while we tear it down.
  if (run.lease && run.leaseElsewhere) {
    try {
      await transferLease(deps, run.lease);
    } catch (error) {
      log.warning(`The stack's lease could not be taken back: ${errorMessage(error)}`);
    }
  }
  if (run.monitor) {
    const handle = run.monitor;
    // Before the teardown, so its kills are not recorded as crashes.
    await log.group('Monitor', async () => {
      await finishMonitoring(deps, handle, report);
      for (const problem of report.monitorProblems ?? []) log.warning(`Monitor: ${problem}`);
      if (report.monitor) log.info(monitorLine(report));
    });
  }
  const failOnMet = applyFailOn(report, settings.failOn);

  const keep = keepReason(settings, run.phase, report, failOnMet, deps.runtime.env);
  if (run.phase === 'validated' || run.phase === 'admitted') {
    report.teardown = { durationMs: 0, problems: [], skipped: 'the stack was never started' };
  } else if (keep) {
    report.teardown = { durationMs: 0, problems: [], skipped: `kept: ${keep}` };
  } else {
    const result = await log.group(`Clean up ${settings.stack.projectName}`, () => cleanUp(deps, log, run));
    report.teardown = result;
    report.cleanup = {
      ...report.cleanup,
      removed: (result.swept?.removed ?? []).map((removal) => ({ kind: removal.resource.kind, name: removal.resource.name, why: removal.reason })),
      left: (result.swept?.failed ?? []).map((failure) => ({ kind: failure.resource.kind, name: failure.resource.name, why: failure.error })),
      kept: result.kept,
    };
  }
  await settleLease(deps, log, run, keep, report);
  const baseline = await recordMemory(deps, log, report);
  return { keep, failOnMet, baseline };
}

/** Why the stack stays up (cleanup: never, or on-success after a failure), or undefined. */
export function keepReason(settings: Settings, phase: RunToFinish['phase'], report: RunReport, failOnMet: string[], env: NodeJS.ProcessEnv): string | undefined {
  if (settings.cleanup.mode === 'never') return 'cleanup: never';
  if (settings.cleanup.mode !== 'on-success') return undefined;
  if (phase === 'start-failed') return undefined; // main already tore a failed start down
  if (report.mainError) return 'cleanup: on-success, and main failed';
  if (failOnMet.length > 0) return `cleanup: on-success, and fail-on was met (${failOnMet.join('; ')})`;
  if (env[JOB_STATUS_ENV] === 'failure') return `cleanup: on-success, and a step reported the job failed (${JOB_STATUS_ENV}=failure)`;
  return undefined;
}

async function cleanUp(deps: Deps, log: Log, run: RunToFinish): Promise<TeardownResult> {
  const result = await tearDown({ compose: deps.compose, docker: deps.docker, now: deps.clock.now }, run.settings.stack, {
    stopTimeoutSeconds: run.settings.cleanup.stopTimeoutSeconds,
    timeoutMs: TEARDOWN_TIMEOUT_MS,
    removeBuiltImages: run.settings.cleanup.removeBuiltImages,
    owners: run.lease ? [ownerLabelValue(run.lease)] : [],
    preExisting: run.preExisting,
  });
  for (const problem of result.problems) log.warning(problem);
  for (const kept of result.kept) log.info(`Kept ${kept.kind} ${kept.name}: ${kept.why}.`);
  log.info(
    result.leftovers
      ? `Left after cleanup: ${leftoverCount(result.leftovers)} (containers ${result.leftovers.containers.length}, networks ${result.leftovers.networks.length}, volumes ${result.leftovers.volumes.length}).`
      : 'Could not count what is left after cleanup.',
  );
  return result;
}

/**
 * The lease goes last: released once the stack is gone, or — when the stack is kept — handed to
 * an owner nobody can check, so it lasts until lease-ttl (no sweep takes a kept stack earlier).
 */
async function settleLease(deps: Deps, log: Log, run: RunToFinish, keep: string | undefined, report: RunReport): Promise<void> {
  if (!run.lease) return;
  try {
    if (keep) {
      await transferLease(deps, run.lease, ttlOnlyOwner(deps.host.processIdentity()?.hostname ?? ''), { ttlMs: run.settings.lease.leaseTtlMs });
      log.info(`The lease stays with the kept stack until lease-ttl (${run.settings.lease.leaseTtlMs / 3_600_000} h) runs out.`);
    } else if (await releaseLease(deps, run.lease)) {
      log.info(`Lease ${run.lease.id} released.`);
    }
  } catch (error) {
    log.warning(`Could not settle lease ${run.lease.id}: ${errorMessage(error)}; it ends with its TTL or its owner.`);
    report.teardown?.problems.push(`lease ${run.lease.id}: ${errorMessage(error)}`);
  }
}

function monitorLine(report: RunReport): string {
  const monitor = report.monitor!;
  const total = (key: 'oomKills' | 'restarts'): number => monitor.services.reduce((sum, service) => sum + service[key], 0);
  const samples = monitor.services.reduce((sum, service) => sum + service.samples, 0);
  return `Monitor: ${samples} samples of ${monitor.services.length} services; peak memory of the stack ${formatBytes(monitor.stackPeakMemoryBytes)}; ${total('oomKills')} OOM kills; ${total('restarts')} restarts; ${monitor.gaps.length} gaps.`;
}
