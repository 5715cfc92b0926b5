import type { StartOutcome } from '../stack/start.js';
import { type Deps } from './wiring.js';
/**
 * The action's main step: validate the inputs, check the daemon, the compose files (policy) and
 * the runner (preflight, with the sweep of dead jobs' leftovers), wait for admission under a
 * lease, start the monitor and the stack — and hand everything to post through the state.
 */
export declare function runMain(deps: Deps, signal: AbortSignal): Promise<void>;
export declare function startFailureMessage(projectName: string, outcome: Extract<StartOutcome, {
    ok: false;
}>): string;
/** Entry for dist/main. */
export declare function main(): Promise<void>;
