import type { ImageCachePrep } from './prepare.js';
import type { ImageCacheRecord } from './record.js';
export declare function renderImageCacheSection(prep: ImageCachePrep, record: ImageCacheRecord | undefined): string;
