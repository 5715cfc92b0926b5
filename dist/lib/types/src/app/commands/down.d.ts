import { type Deps } from '../deps.js';
import type { CliContext } from './index.js';
import { type SettingsFlags } from './settings-flags.js';
export declare function runDown(deps: Deps, cwd: string, flags?: {
    confine?: boolean;
}): Promise<number>;
/** `docker-stability down` as the registry calls it. */
export declare function downAction(flags: SettingsFlags, context: CliContext): Promise<number>;
