import type { CheckResult } from '../../preflight/checks.js';
import { type DaemonFacts } from '../../preflight/daemon.js';
import { type HostFacts } from '../../preflight/host.js';
import type { ContainerSummary } from '../../ports/docker.js';
import type { Log } from '../../ports/runtime.js';
import type { Settings } from '../../settings/settings.js';
import type { PartTimer } from '../pipeline/phase-clock.js';
import type { Deps } from '../deps.js';
import { type DeadOwnerSweep } from '../sweep.js';
import { type PolicyOutcome } from './policy.js';
export interface Checked {
    daemon: DaemonFacts;
    policy: PolicyOutcome;
    host: HostFacts;
    sweep: DeadOwnerSweep | {
        error: string;
    };
    running: ContainerSummary[];
}
/**
 * Runs every check that needs nothing but the settings. A daemon that does not answer is the
 * error reported (everything else depends on it); then bad compose input; every other promise
 * is settled before this returns, so nothing runs on behind the caller's back.
 */
export declare function runChecks(deps: Deps, settings: Settings, options: {
    workspace: string;
    overridePath: string;
    namespace: string;
}, part: PartTimer): Promise<Checked>;
/** The preflight verdicts from what the checks gathered (pure). */
export declare function judgePreflight(checked: Checked, settings: Settings): CheckResult[];
/** What the sweep removed, per dead project (the summary's cleanup section). */
export declare function sweptSection(checked: Checked): Array<{
    project: string;
    removed: number;
}>;
export declare function tellPreflight(log: Log, checks: CheckResult[]): void;
/** "Preflight failed: Free disk: …; …", or undefined when nothing failed. */
export declare function preflightFailure(checks: CheckResult[]): string | undefined;
