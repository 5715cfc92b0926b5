import type { BaselineVerdict } from '../../baseline/section.js';
import type { RunReport } from '../../report/run-report.js';
import type { Settings } from '../../settings/settings.js';
import type { Deps } from '../deps.js';
import type { CarriedRun, RunPhase } from './carried.js';
import { type StartSections } from './report.js';
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
export declare function finishRun(deps: Deps, run: CarriedRun, start: StartSections, options: FinishOptions): Promise<Finished>;
/** Why the stack stays up (cleanup: never, or on-success after a failure), or undefined. */
export declare function keepReason(settings: Settings, phase: RunPhase, startFailure: string | undefined, failOnMet: string[], env: NodeJS.ProcessEnv): string | undefined;
