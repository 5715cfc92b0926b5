import type { LeaseHandle } from '../../lease/acquire.js';
import type { Settings } from '../../settings/settings.js';
import type { Deps } from '../deps.js';
import type { CarriedRun, LeaseKeeper } from './carried.js';
import type { StartSections } from './report.js';
export interface StartOptions {
    runDir: string;
    /** Root of relative paths in findings, and of the SARIF file (GITHUB_WORKSPACE, the CLI's cwd). */
    workspace: string;
    namespace: string;
    signal: AbortSignal;
    keeper: LeaseKeeper;
    /** Sample the stack with the background monitor. */
    monitor: boolean;
    /** Node's own start-up before our first line, for the timings (when measured). */
    bootMs?: number;
    /** After every phase: the action saves the carried run and the sections for post. */
    checkpoint?: (run: CarriedRun, sections: StartSections) => void;
    /** `up`: starts the keeper process for the lease; its pid, or undefined when it could not. */
    startKeeper?: (lease: LeaseHandle) => number | undefined;
    /** `up` again on a project that is up: its lease (and keeper) stay; admission is not repeated. */
    reuseLease?: LeaseHandle;
}
export interface Started {
    ok: boolean;
    run: CarriedRun;
    sections: StartSections;
    /** Why the start failed (the step's error). */
    failure?: string;
    /** The failure was bad input (files, configuration, inputs): the CLI exits 2. */
    badInput?: boolean;
    /** `run`: ends this process's renewal of the lease (before the finish releases it). */
    stopRenewal?: () => Promise<void>;
}
export declare function startRun(deps: Deps, settings: Settings, options: StartOptions): Promise<Started>;
