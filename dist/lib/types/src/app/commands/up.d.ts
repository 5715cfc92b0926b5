import { type Deps } from '../deps.js';
import type { CliContext } from './index.js';
import { type SettingsFlags } from './settings-flags.js';
export interface UpFlags extends SettingsFlags {
    group: string[];
    namespace: string;
}
export declare function runUp(deps: Deps, cwd: string, flags?: {
    confine?: boolean;
}): Promise<number>;
/** `docker-stability up [SERVICE...]` as the registry calls it. */
export declare function upAction(services: string[], flags: UpFlags & {
    timeout?: string;
}, context: CliContext): Promise<number>;
