import { type ComposeModel } from '../../compose/model.js';
import { type ImageCachePrep } from '../../image-cache/prepare.js';
import type { ImageTools } from '../../ports/images.js';
import type { Log } from '../../ports/runtime.js';
import type { Settings } from '../../settings/settings.js';
import { type PullSection } from '../../stack/pull.js';
import type { Deps } from '../deps.js';
export interface Pulled {
    section: PullSection;
    /** The image cache's record with this phase's time, when the cache left the pulling to it. */
    imageCache?: ImageCachePrep;
}
export declare function pullPhase(deps: Deps, log: Log, settings: Settings, model: ComposeModel, options: {
    overrideFile: string;
    imageCache?: ImageCachePrep;
    signal: AbortSignal;
}): Promise<Pulled>;
/** Which of these images the daemon has (as `docker image inspect` resolves a reference). */
export declare function presentImages(images: Pick<ImageTools, 'imageId'>, references: string[]): Promise<Set<string>>;
