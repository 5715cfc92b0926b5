import { type InputKey } from '../../settings/keys.js';
import { type Deps } from '../deps.js';
import type { RegisterCommand } from './index.js';
import { type SettingsFlags } from './settings-flags.js';
/** What `up` does differently from the action: the policy warns, and there is no monitor to read. */
export declare const UP_DEFAULTS: Partial<Record<InputKey, string>>;
export interface UpFlags extends SettingsFlags {
    group: string[];
    namespace: string;
}
export declare function runUp(deps: Deps, cwd: string, flags?: {
    confine?: boolean;
}): Promise<number>;
export declare const registerUp: RegisterCommand;
