import { type Settings } from '../../settings/settings.js';
import { type Deps } from '../wiring.js';
import type { RegisterCommand } from './index.js';
import { type StackFlags } from './stack-options.js';
export interface RunFlags extends StackFlags {
    summary?: string;
    report?: string;
    namespace: string;
    lockGroup: string[];
    [flag: string]: unknown;
}
/** The action's inputs as the flags give them; the settings parser validates them alike. */
export declare function inputsFromFlags(flags: RunFlags, env: NodeJS.ProcessEnv): Record<string, string>;
export declare function runRun(command: string[], flags: RunFlags, deps: Deps, cwd?: string): Promise<number>;
/** CMD talks to the stack with plain `docker compose`: project, files (ours included), profiles. */
export declare function commandEnv(env: NodeJS.ProcessEnv, settings: Settings, overrideFile: string): NodeJS.ProcessEnv;
export declare const registerRun: RegisterCommand;
