import { type AcquiredLease } from '../../lease/acquire.js';
import type { ComposeModel } from '../../compose/model.js';
import type { EngineFacts } from '../../preflight/daemon.js';
import type { Log } from '../../ports/runtime.js';
import type { LeaseSection } from '../../lease/section.js';
import type { Settings } from '../../settings/settings.js';
import type { Deps } from '../deps.js';
export interface Admission {
    lease: AcquiredLease;
    section: LeaseSection;
}
/** Admission failed: the report section says whom we waited for and why we stopped. */
export declare class AdmissionError extends Error {
    readonly section: LeaseSection;
    constructor(message: string, section: LeaseSection);
}
export declare function admitStack(deps: Deps, log: Log, settings: Settings, model: ComposeModel, daemon: EngineFacts, options: {
    signal: AbortSignal;
    namespace: string;
}): Promise<Admission>;
