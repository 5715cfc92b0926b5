import type { ComposeModel } from '../compose/model.js';
import type { CacheStore } from '../ports/cache.js';
import type { Log } from '../ports/runtime.js';
import { type ImageChoice } from './decide.js';
import type { ImageTools } from '../ports/images.js';
import { type ImageLedger } from './ledger.js';
export declare const LEDGER_TIMEOUT_MS = 30000;
/** An archive of a few GB at a slow 20 MB/s still fits. */
export declare const ARCHIVE_TIMEOUT_MS: number;
export interface ImageCacheDeps {
    cache: CacheStore;
    images: ImageTools;
    log: Pick<Log, 'info' | 'warning'>;
    readText: (file: string) => string | undefined;
    writeFile: (file: string, text: string) => void;
    now: () => number;
}
/** What main learned, for post (JSON: goes into the run state as it is). */
export interface ImageCachePrep {
    /** to-pull: the pull phase is to fetch `missing` (then afterPull makes it `pulled`). */
    status: 'no-images' | 'unavailable' | 'present' | 'to-pull' | 'pulled' | 'loaded' | 'failed';
    references: string[];
    /** Images that were not on this runner before. */
    missing: string[];
    ledger?: ImageLedger;
    choice?: ImageChoice;
    pull?: {
        durationMs: number;
        images: number;
        failed: string[];
    };
    load?: {
        durationMs: number;
        restoreMs: number;
        loadMs: number;
        images: number;
        archiveKey: string;
    };
    /** Why the cache was chosen but not used (the archive was evicted, the load failed…). */
    fallback?: string;
    /** reference → image ID after this step, for the archive key in post. */
    imageIds: Record<string, string>;
    reason?: string;
}
export declare function prepareImages(deps: ImageCacheDeps, model: ComposeModel): Promise<ImageCachePrep>;
/** What the pull phase did for the images the cache left to it: their time, for the ledger. */
export declare function afterPull(deps: Pick<ImageCacheDeps, 'images' | 'log'>, prep: ImageCachePrep, pulled: {
    durationMs: number;
    failed: string[];
}): Promise<ImageCachePrep>;
