import type { ImageCacheDeps, ImageCachePrep } from './prepare.js';
import { type ImageLedger } from './ledger.js';
export interface ImageCacheRecord {
    archive: {
        status: 'saved' | 'exists' | 'skipped' | 'failed';
        key?: string;
        reason?: string;
        saveMs?: number;
        sizeBytes?: number;
    };
    ledger: {
        status: 'saved' | 'skipped' | 'failed';
        reason?: string;
    };
    /** The timings the next run decides on. */
    next?: ImageLedger;
}
export declare function recordImageCache(deps: ImageCacheDeps, prep: ImageCachePrep, run: {
    runId: string;
    runAttempt: string;
}): Promise<ImageCacheRecord>;
/** The previous ledger with this run's measurements (pure). */
export declare function nextLedger(prep: ImageCachePrep, archive: ImageCacheRecord['archive'], runId: string, atMs: number): ImageLedger;
