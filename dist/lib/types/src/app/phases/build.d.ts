import { type ComposeModel } from '../../compose/model.js';
import type { Log } from '../../ports/runtime.js';
import type { Settings } from '../../settings/settings.js';
import { type BuildSection } from '../../stack/build.js';
import type { Deps } from '../deps.js';
/** Whether the build phase has anything to decide (some service of the model builds). */
export declare function buildsAnything(model: ComposeModel): boolean;
export declare function buildPhase(deps: Deps, log: Log, settings: Settings, model: ComposeModel, options: {
    overrideFile: string;
    signal: AbortSignal;
}): Promise<BuildSection>;
