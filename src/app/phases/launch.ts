import { withOwnership } from '../../cleanup/ownership.js';
import { describePreExisting, recordPreExisting, type PreExistingResources } from '../../cleanup/pre-existing.js';
import type { ComposeModel } from '../../compose/model.js';
import { renderOverride, type ComposeOverride } from '../../compose/override.js';
import { errorMessage } from '../../core/errors.js';
import type { LeaseHandle } from '../../lease/acquire.js';
import { keepLeaseRenewed, renewIntervalMs, transferLease } from '../../lease/lifecycle.js';
import type { MonitorHandle } from '../../monitor/control.js';
import type { ProcessIdentity } from '../../ports/host.js';
import type { Log } from '../../ports/runtime.js';
import type { Settings } from '../../settings/settings.js';
import { startStack, type StartOutcome } from '../../stack/start.js';
import type { LeaseKeeper } from '../pipeline/carried.js';
import type { Deps } from '../deps.js';
import { startMonitoring, stopMonitoring } from '../monitoring.js';
import { overrideFilePath } from '../run-files.js';

// Starting the admitted stack: the one generated override file (limits, health-check timing,
// and our owner label on everything the stack creates), whoever keeps the lease alive from now
// on (the monitor in the action, this process in `run`, a keeper process for `up`), then
// `docker compose up --wait`.

/** Writes the final override file into the run directory; its path is passed to every compose call. */
export function writeStackOverride(deps: Deps, runDir: string, base: ComposeOverride, model: ComposeModel, lease: LeaseHandle): string {
  const file = overrideFilePath(runDir);
  const override = withOwnership(base, model, { namespace: lease.namespace, id: lease.id });
  deps.files.writeText(file, renderOverride(override, [`Owner labels: lease ${lease.namespace}/${lease.id}.`]));
  return file;
}

/**
 * An owner nobody can check: the lease is then judged by its TTL alone. Used when the lease must
 * outlive every process of this run (cleanup: never), or when its keeper could not start.
 */
export function ttlOnlyOwner(hostname: string): ProcessIdentity {
  return { pid: 0, startTicks: 0, pidNamespace: '', bootId: '', hostname };
}

export interface Keeping {
  monitor?: MonitorHandle;
  /** Why there is no monitor, when there should be one. */
  monitorProblem?: string;
  /** `run`: stops this process's renewal loop. */
  stopRenewal?: () => Promise<void>;
  /** Said once the lease has its keeper. */
  note: string;
}

/**
 * Hands the lease to whoever keeps it alive while the stack runs, starting the monitor (when
 * asked) on the way. A keeper that cannot start leaves the lease to its TTL, so no sweep takes
 * a running stack; that is said, never thrown.
 */
export async function keepLease(
  deps: Deps,
  options: { keeper: LeaseKeeper; monitor: boolean; lease: LeaseHandle; settings: Settings; runDir: string; startKeeper?: (lease: LeaseHandle) => number | undefined },
): Promise<Keeping> {
  const { lease, settings } = options;
  const ttlMs = settings.lease.leaseTtlMs;
  const ttlOnly = (): ProcessIdentity => ttlOnlyOwner(deps.host.processIdentity()?.hostname ?? '');
  let monitor: MonitorHandle | undefined;
  let monitorProblem: string | undefined;
  if (options.monitor) {
    const started = startMonitoring(deps, {
      projectName: settings.stack.projectName,
      runDir: options.runDir,
      sampleIntervalMs: settings.sampleIntervalMs,
      startedAtMs: deps.clock.now(),
      ...(options.keeper === 'monitor' ? { lease: { namespace: lease.namespace, id: lease.id, ttlMs } } : {}),
    });
    if ('problem' in started) monitorProblem = started.problem;
    else monitor = started;
  }
  if (options.keeper === 'monitor') {
    const identity = monitor ? deps.host.processIdentity(monitor.pid) : undefined;
    try {
      await transferLease(deps, lease, identity ?? ttlOnly(), { ttlMs });
    } catch (error) {
      // The caller abandons the start; a monitor it never heard of must not run on.
      if (monitor) await stopMonitoring(deps, monitor);
      throw error;
    }
    return { monitor, monitorProblem, note: identity ? `the monitor (pid ${monitor!.pid}) renews the lease` : 'the lease lasts until lease-ttl (no monitor to renew it)' };
  }
  if (options.keeper === 'keeper') {
    const pid = options.startKeeper?.(lease);
    const identity = pid === undefined ? undefined : (deps.host.processIdentity(pid) ?? { ...ttlOnly(), pid });
    await transferLease(deps, lease, identity ?? ttlOnly(), { ttlMs });
    return { monitor, monitorProblem, note: pid === undefined ? 'the keeper could not start: the lease lasts until lease-ttl' : `a keeper (pid ${pid}) holds the lease until 'docker-stability down'` };
  }
  const renewing = new AbortController();
  const renewal = keepLeaseRenewed(deps, lease, {
    intervalMs: renewIntervalMs(ttlMs),
    signal: renewing.signal,
    onError: (error) => deps.runtime.warning(`Could not renew the lease: ${errorMessage(error)}`),
  });
  return {
    monitor,
    monitorProblem,
    stopRenewal: async () => {
      renewing.abort();
      await renewal;
    },
    note: 'this process renews the lease',
  };
}

/**
 * What of the model's volumes and networks already exists, just before `up` (carried to the
 * finish: the teardown keeps what was there). Undefined when the daemon could not say; the
 * teardown then removes only what carries this run's owner label.
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

/** `docker compose up --detach --wait` (with `up-flags`) under the override; on failure, which services and why. */
export async function upUnderOverride(deps: Deps, log: Log, settings: Settings, overrideFile: string, signal: AbortSignal): Promise<StartOutcome> {
  return startStack({ compose: deps.compose, docker: deps.docker, log, now: () => deps.clock.now() }, settings.stack, {
    waitTimeoutMs: settings.waitTimeoutMs,
    overrideFiles: [overrideFile],
    upFlags: settings.compose.upFlags,
    signal,
  });
}
