import type { Log } from '../../ports/runtime.js';
import type { ReadinessSection } from '../../report/readiness-section.js';
import type { Settings } from '../../settings/settings.js';
import type { Deps } from '../deps.js';
export interface Readiness {
    section: ReadinessSection;
    /** The step's error when a probe was not met. */
    failure?: string;
}
export declare function checkReadiness(deps: Deps, log: Log, settings: Settings, options: {
    upMs: number;
    signal: AbortSignal;
}): Promise<Readiness>;
