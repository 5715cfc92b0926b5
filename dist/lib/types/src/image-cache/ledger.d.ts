export declare const LEDGER_SCHEMA = "docker-stability/image-cache@1";
export declare const LEDGER_FILE = "image-cache.json";
export declare const ARCHIVE_FILE = "images.tar";
export interface ImageLedger {
    schema: typeof LEDGER_SCHEMA;
    references: string[];
    archive?: {
        key: string;
        imageIds: string[];
        sizeBytes: number;
        saveMs: number;
        runId: string;
    };
    /** The last pull of the stack's missing images (all in parallel, as Compose pulls). */
    pull?: {
        durationMs: number;
        images: number;
        runId: string;
        atMs: number;
    };
    /** The last restore of the archive: download and unpack, then `docker load`. */
    load?: {
        durationMs: number;
        restoreMs: number;
        loadMs: number;
        images: number;
        runId: string;
        atMs: number;
    };
}
export declare function ledgerPrefix(references: readonly string[]): string;
export declare function ledgerKey(references: readonly string[], runId: string, runAttempt: string): string;
export declare function archiveKey(references: readonly string[], imageIds: readonly string[]): string;
export declare function parseLedger(text: string): ImageLedger | {
    error: string;
};
