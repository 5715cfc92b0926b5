import type { Settings } from '../../settings/settings.js';
import { type Deps } from '../deps.js';
import type { CliContext } from './index.js';
import { type SettingsFlags } from './settings-flags.js';
export interface RunFlags extends SettingsFlags {
    summary?: string;
    report?: string;
    namespace: string;
    lockGroup: string[];
}
/** `deps.runtime` carries the inputs (from the flags or the library's options). */
export declare function runRun(command: string[], flags: Pick<RunFlags, 'summary' | 'report' | 'confine'>, deps: Deps, cwd: string): Promise<number>;
/** CMD talks to the stack with plain `docker compose`: project, files (ours included), profiles. */
export declare function commandEnv(env: NodeJS.ProcessEnv, settings: Settings, overrideFile: string): NodeJS.ProcessEnv;
/** `docker-stability run [flags] -- CMD...` as the registry calls it. */
export declare function runAction(command: string[], flags: RunFlags, context: CliContext): Promise<number>;
