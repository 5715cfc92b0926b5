import type { PreExistingResources } from '../../cleanup/pre-existing.js';
import { type TeardownResult } from '../../cleanup/teardown.js';
import type { LeaseHandle } from '../../lease/acquire.js';
import type { Log } from '../../ports/runtime.js';
import type { Settings } from '../../settings/settings.js';
import type { Deps } from '../deps.js';
/**
 * One bound for every teardown (post, a failed start, `run`, `down`): the runner gives a
 * cancelled job's post steps little time, and a frozen daemon must not hold the step for ever.
 */
export declare const TEARDOWN_TIMEOUT_MS = 120000;
/**
 * Tears the stack down as `cleanup` configures it — only what this run created: what carries
 * its lease's owner label, and what the record made before `up` shows is new — says what it
 * kept and why, and what is left. Never throws. With remove-built-images, the images the run
 * built go too (they carry its owner as their built-by label).
 */
export declare function tearDownStack(deps: Deps, log: Log, settings: Settings, run: {
    lease?: LeaseHandle;
    preExisting?: PreExistingResources;
    deadOwner?: (owner: string) => string | undefined;
}): Promise<TeardownResult>;
/** Releases the lease; on failure says so and returns it, so a later step tries again. */
export declare function releaseOrKeep(deps: Deps, log: Log, lease: LeaseHandle | undefined): Promise<LeaseHandle | undefined>;
