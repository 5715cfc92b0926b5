import { type InputKey } from '../../settings/keys.js';
import { type Settings } from '../../settings/settings.js';
import type { Deps } from '../deps.js';
import type { StackFlags } from './stack-options.js';
export interface SettingsFlags extends StackFlags {
    /** The services to start (`up [SERVICE...]`, `run -s SERVICE`); none: all. */
    service?: string[];
    lockGroup?: string[];
    config?: string;
    namespace?: string;
    [flag: string]: unknown;
}
/** The action's inputs as the flags give them; unset flags keep the command's defaults. */
export declare function inputsFromFlags(flags: SettingsFlags, env: NodeJS.ProcessEnv, defaults?: Partial<Record<InputKey, string>>): Record<string, string>;
/**
 * Settings for a CLI command. Paths may be anywhere the user can read (the action's workspace
 * confinement guards a runner against a pull request, not a developer against their own files;
 * `--confine` restores it); relative paths resolve against `cwd`. Bad values exit 2, each problem
 * naming its flag.
 */
export declare function settingsFromFlags(deps: Pick<Deps, 'files' | 'randomHex'>, inputs: Record<string, string>, env: NodeJS.ProcessEnv, cwd: string, options?: {
    confine?: boolean;
}): Settings;
/** The settings of the inputs the command's runtime carries (from its flags, or the library's options). */
export declare function settingsOfRuntime(deps: Pick<Deps, 'files' | 'randomHex' | 'runtime'>, cwd: string, options?: {
    confine?: boolean;
}): Settings;
