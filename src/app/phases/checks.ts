import { publishedPorts } from '../../compose/resources.js';
import { errorMessage } from '../../core/errors.js';
import type { CheckResult } from '../../preflight/checks.js';
import { checkDaemon, probeCompose, probeEngine, type DaemonFacts, type EngineFacts } from '../../preflight/daemon.js';
import { checkHost, gatherHostFacts, type HostFacts } from '../../preflight/host.js';
import { checkPortsInUse } from '../../preflight/ports.js';
import type { ContainerSummary } from '../../ports/docker.js';
import type { Log } from '../../ports/runtime.js';
import type { Settings } from '../../settings/settings.js';
import type { PartTimer } from '../pipeline/phase-clock.js';
import type { Deps } from '../deps.js';
import { sweepCheck, sweepDeadOwners, sweptProjects, type DeadOwnerSweep } from '../sweep.js';
import { checkPolicy, type PolicyOutcome } from './policy.js';

// The checks before admission, at once: the daemon probe, Compose's version, the policy (whose
// `docker compose config` is most of the time), the host's facts, the sweep of what dead jobs
// left, and the containers holding host ports. Only the judging waits for all of them.

export interface Checked {
  daemon: DaemonFacts;
  policy: PolicyOutcome;
  host: HostFacts;
  sweep: DeadOwnerSweep | { error: string };
  running: ContainerSummary[];
}

const CHECK_WORDS = { pass: 'PASS', warn: 'WARN', fail: 'FAIL', skip: 'SKIP' } as const;

/**
 * Runs every check that needs nothing but the settings. A daemon that does not answer is the
 * error reported (everything else depends on it); then bad compose input; every other promise
 * is settled before this returns, so nothing runs on behind the caller's back.
 */
export async function runChecks(deps: Deps, settings: Settings, options: { workspace: string; overridePath: string; namespace: string }, part: PartTimer): Promise<Checked> {
  // Docker's CLI before 23 pings the daemon before it runs a plugin, so `docker compose version`
  // hangs as long as a frozen daemon does (to its own 10 s bound); once the daemon is known not to
  // answer, the probe is stopped rather than waited for.
  const composeProbe = new AbortController();
  const composeVersion = part('compose', probeCompose(deps.compose, composeProbe.signal));
  // The daemon first, and alone: a ping takes milliseconds, but reading a large compose file is
  // synchronous work that would hold up the ping's own timeout and turn into "the daemon does
  // not answer". Everything after it may run side by side.
  let engine: EngineFacts;
  try {
    engine = await part('daemon', probeEngine(deps.docker, () => deps.clock.now()));
  } catch (error) {
    composeProbe.abort();
    await composeVersion.catch(() => undefined);
    throw error;
  }
  const policy = part('policy', checkPolicy(deps, settings, { workspace: options.workspace, overridePath: options.overridePath, engine }));
  const host = part('host', gatherHostFacts(deps.host, engine));
  const sweep = part('sweep', sweepDeadOwners(deps, { namespace: options.namespace, dryRun: false, leaseTtlMs: settings.lease.leaseTtlMs }).catch((error: unknown) => ({ error: errorMessage(error) })));
  const running = part('ports', deps.docker.listContainers({ all: false }));
  // Bad input first (the same files, the same answer every time), then whatever else failed.
  const settled = await Promise.allSettled([policy, composeVersion, host, sweep, running]);
  const failed = settled.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) throw failed.reason;
  return { daemon: { ...engine, composeVersion: await composeVersion }, policy: await policy, host: await host, sweep: await sweep, running: await running };
}

/** The preflight verdicts from what the checks gathered (pure). */
export function judgePreflight(checked: Checked, settings: Settings): CheckResult[] {
  const reservation = checked.policy.check.reservation;
  return [
    ...checkDaemon(checked.daemon),
    ...checkHost(checked.host, {
      reservationBytes: reservation.totalBytes,
      reservationIsFloor: reservation.unlimited.length > 0 || reservation.unsizedTmpfs.length > 0,
      minFreeDiskBytes: settings.minFreeDiskBytes,
    }),
    'error' in checked.sweep
      ? { id: 'stale-projects', title: 'Leftovers of dead jobs on this daemon', status: 'warn', detail: `could not be checked: ${checked.sweep.error}` }
      : sweepCheck(checked.sweep),
    checkPortsInUse(publishedPorts(checked.policy.check.model), checked.running, settings.stack.projectName),
  ];
}

/** What the sweep removed, per dead project (the summary's cleanup section). */
export function sweptSection(checked: Checked): Array<{ project: string; removed: number }> {
  return 'error' in checked.sweep ? [] : sweptProjects(checked.sweep);
}

export function tellPreflight(log: Log, checks: CheckResult[]): void {
  for (const check of checks) log.info(`${CHECK_WORDS[check.status]} ${check.title}: ${check.detail}`);
}

/** "Preflight failed: Free disk: …; …", or undefined when nothing failed. */
export function preflightFailure(checks: CheckResult[]): string | undefined {
  const failed = checks.filter((check) => check.status === 'fail');
  return failed.length ? `Preflight failed: ${failed.map((check) => `${check.title}: ${check.detail}`).join('; ')}` : undefined;
}
