import path from 'node:path';
import { ownerLabelValue, withOwnership } from '../../cleanup/ownership.js';
import { describePreExisting, recordPreExisting, type PreExistingResources } from '../../cleanup/pre-existing.js';
import { tearDown } from '../../cleanup/teardown.js';
import type { ComposeModel } from '../../compose/model.js';
import { renderOverride, type ComposeOverride } from '../../compose/override.js';
import type { LeaseHandle } from '../../lease/acquire.js';
import { releaseLease, transferLease } from '../../lease/lifecycle.js';
import { stopMonitor, type MonitorHandle } from '../../monitor/control.js';
import type { ProcessIdentity } from '../../ports/host.js';
import type { Log } from '../../ports/runtime.js';
import type { Settings } from '../../settings/settings.js';
import { startStack, type StartOutcome } from '../../stack/start.js';
import { MONITOR_STOP_TIMEOUT_MS, startMonitoring } from '../monitoring.js';
import { errorMessage } from '../../core/errors.js';
import type { Deps } from '../wiring.js';

// Starting the admitted stack: the one generated override file (limits, health-check timing,
// and our owner label on everything the stack creates), the monitor (which, in the action, takes
// the lease over for the rest of the job), then `docker compose up --wait`.

export const OVERRIDE_FILE = 'docker-stability.override.yaml';

/** Writes the final override file into the run directory; its path is passed to every compose call. */
export function writeStackOverride(deps: Deps, runDir: string, base: ComposeOverride, model: ComposeModel, lease: LeaseHandle): string {
  const file = path.join(runDir, OVERRIDE_FILE);
  const override = withOwnership(base, model, { namespace: lease.namespace, id: lease.id });
  deps.writeFile(file, renderOverride(override, [`Owner labels: lease ${lease.namespace}/${lease.id}.`]));
  return file;
}

/**
 * An owner nobody can check: the lease is then judged by its TTL alone. Used when the lease must
 * outlive every process of this run (cleanup: never), or when the monitor could not start.
 */
export function ttlOnlyOwner(hostname: string): ProcessIdentity {
  return { pid: 0, startTicks: 0, pidNamespace: '', bootId: '', hostname };
}

export interface MonitorStart {
  monitor?: MonitorHandle;
  problem?: string;
}

/**
 * Starts the monitor and, when `handOver`, gives it the lease (it renews it until post takes it
 * back). Without a monitor the lease falls back to its TTL, so no sweep takes a running stack.
 */
export async function startMonitorWithLease(
  deps: Deps,
  log: Log,
  options: { projectName: string; runDir: string; sampleIntervalMs: number; lease: LeaseHandle; ttlMs: number; handOver: boolean },
): Promise<MonitorStart> {
  const monitor = startMonitoring(deps, {
    projectName: options.projectName,
    runDir: options.runDir,
    sampleIntervalMs: options.sampleIntervalMs,
    ...(options.handOver ? { lease: { namespace: options.lease.namespace, id: options.lease.id, ttlMs: options.ttlMs } } : {}),
  });
  const identity = 'problem' in monitor ? undefined : deps.host.processIdentity(monitor.pid);
  if (options.handOver) {
    await transferLease(deps, options.lease, identity ?? ttlOnlyOwner(deps.host.processIdentity()?.hostname ?? ''), { ttlMs: options.ttlMs });
  }
  if ('problem' in monitor) {
    log.warning(`Monitoring is off for this job: ${monitor.problem}.${options.handOver ? ' The lease now lasts until lease-ttl instead.' : ''}`);
    return { problem: monitor.problem };
  }
  log.info(`Monitor started (pid ${monitor.pid}), sampling every ${options.sampleIntervalMs} ms into ${monitor.samplesFile}.`);
  return { monitor };
}

/**
 * What of the model's volumes and networks already exists, just before `up` (saved for post: the
 * teardown keeps what was there). Undefined when the daemon could not say; the teardown then
 * removes only what carries this run's owner label.
 */
export async function recordBeforeUp(deps: Deps, log: Log, model: ComposeModel, projectName: string): Promise<PreExistingResources | undefined> {
  try {
    const record = await recordPreExisting(deps.docker, model, projectName, deps.clock.now());
    for (const line of describePreExisting(record)) log.info(line);
    return record;
  } catch (error) {
    log.warning(`Could not record which volumes and networks existed before up (${errorMessage(error)}); the teardown removes only what carries this run's owner label.`);
    return undefined;
  }
}

export async function upUnderOverride(deps: Deps, log: Log, settings: Settings, overrideFile: string, signal: AbortSignal): Promise<StartOutcome> {
  return startStack({ compose: deps.compose, docker: deps.docker, log, now: deps.clock.now }, settings.stack, {
    waitTimeoutMs: settings.waitTimeoutMs,
    overrideFiles: [overrideFile],
    signal,
  });
}

/**
 * Nothing half-started stays behind: stop the monitor (so the kills are not recorded as
 * crashes), tear down, release the lease. Never throws; problems become warnings.
 */
export async function abandonStack(
  deps: Deps,
  log: Log,
  settings: Settings,
  parts: { monitor?: MonitorHandle; lease?: LeaseHandle; preExisting?: PreExistingResources },
): Promise<LeaseHandle | undefined> {
  if (parts.monitor) {
    const stopped = await stopMonitor(deps, parts.monitor, MONITOR_STOP_TIMEOUT_MS);
    if (stopped === 'killed') log.warning('The monitor did not stop in time and was killed.');
  }
  const result = await tearDown({ compose: deps.compose, docker: deps.docker, now: deps.clock.now }, settings.stack, {
    stopTimeoutSeconds: settings.cleanup.stopTimeoutSeconds,
    timeoutMs: 60_000,
    removeBuiltImages: settings.cleanup.removeBuiltImages,
    owners: parts.lease ? [ownerLabelValue(parts.lease)] : [],
    preExisting: parts.preExisting,
  });
  for (const problem of result.problems) log.warning(problem);
  for (const kept of result.kept) log.info(`Kept ${kept.kind} ${kept.name}: ${kept.why}.`);
  if (!parts.lease) return undefined;
  try {
    await releaseLease(deps, parts.lease);
    return undefined;
  } catch (error) {
    log.warning(`Could not release lease ${parts.lease.id}: ${errorMessage(error)}; the cleanup at the end tries again (else it ends with its owner).`);
    return parts.lease;
  }
}
