import { leftoverCount } from '../../cleanup/leftovers.js';
import { ownerLabelValue } from '../../cleanup/ownership.js';
import type { PreExistingResources } from '../../cleanup/pre-existing.js';
import { tearDown, type TeardownResult } from '../../cleanup/teardown.js';
import { errorMessage } from '../../core/errors.js';
import type { LeaseHandle } from '../../lease/acquire.js';
import { releaseLease } from '../../lease/lifecycle.js';
import type { Log } from '../../ports/runtime.js';
import type { Settings } from '../../settings/settings.js';
import type { Deps } from '../deps.js';

/**
 * One bound for every teardown (post, a failed start, `run`, `down`): the runner gives a
 * cancelled job's post steps little time, and a frozen daemon must not hold the step for ever.
 */
export const TEARDOWN_TIMEOUT_MS = 120_000;

/**
 * Tears the stack down as `cleanup` configures it — only what this run created: what carries
 * its lease's owner label, and what the record made before `up` shows is new — says what it
 * kept and why, and what is left. Never throws. With remove-built-images, the images the run
 * built go too (they carry its owner as their built-by label).
 */
export async function tearDownStack(
  deps: Deps,
  log: Log,
  settings: Settings,
  run: { lease?: LeaseHandle; preExisting?: PreExistingResources; deadOwner?: (owner: string) => string | undefined },
): Promise<TeardownResult> {
  const result = await tearDown({ compose: deps.compose, docker: deps.docker, now: () => deps.clock.now() }, settings.stack, {
    stopTimeoutSeconds: settings.cleanup.stopTimeoutSeconds,
    timeoutMs: TEARDOWN_TIMEOUT_MS,
    ...(settings.cleanup.removeBuiltImages && run.lease ? { removeBuiltBy: ownerLabelValue(run.lease) } : {}),
    owners: run.lease ? [ownerLabelValue(run.lease)] : [],
    ...(run.preExisting ? { preExisting: run.preExisting } : {}),
    ...(run.deadOwner ? { deadOwner: run.deadOwner } : {}),
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

/** Releases the lease; on failure says so and returns it, so a later step tries again. */
export async function releaseOrKeep(deps: Deps, log: Log, lease: LeaseHandle | undefined): Promise<LeaseHandle | undefined> {
  if (!lease) return undefined;
  try {
    if (await releaseLease(deps, lease)) log.info(`Lease ${lease.id} released.`);
    return undefined;
  } catch (error) {
    log.warning(`Could not release lease ${lease.id}: ${errorMessage(error)}; the cleanup at the end tries again (else it ends with its owner).`);
    return lease;
  }
}
