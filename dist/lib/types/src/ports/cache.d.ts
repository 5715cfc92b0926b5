export type CacheProtocol = 'v1' | 'v2';
export type CacheAvailability = {
    available: true;
    /** v2: Twirp CacheService with signed blob URLs (github.com); v1: `_apis/artifactcache` (GHES). */
    protocol: CacheProtocol;
    /** False when the runner's cache mode forbids it (ACTIONS_CACHE_MODE read / write-only). */
    canRestore: boolean;
    canSave: boolean;
} | {
    available: false;
    reason: string;
};
export interface CacheRestoreRequest {
    /** A directory from freshDirectory(); the entry's files land in it. */
    directory: string;
    /** Matched exactly, then as a prefix. */
    primaryKey: string;
    /** Prefixes tried in order after the primary key; the newest entry of the first that matches wins. */
    restoreKeys: string[];
    timeoutMs: number;
    /** Only ask whether an entry exists; download nothing. */
    lookupOnly?: boolean;
}
export type CacheRestoreResult = {
    kind: 'hit';
    key: string;
    durationMs: number;
}
/** No entry matched — or the service failed and the library logged why (it does not tell them apart). */
 | {
    kind: 'miss';
    durationMs: number;
} | {
    kind: 'unavailable';
    reason: string;
} | {
    kind: 'failed';
    reason: string;
    durationMs: number;
};
export interface CacheSaveRequest {
    /** A directory from freshDirectory(), holding the files to save. */
    directory: string;
    key: string;
    timeoutMs: number;
}
export type CacheSaveResult = {
    kind: 'saved';
    key: string;
    durationMs: number;
}
/** The service did not take the entry (the key exists, a quota, a network error; the log says which). */
 | {
    kind: 'not-saved';
    reason: string;
    durationMs: number;
} | {
    kind: 'unavailable';
    reason: string;
} | {
    kind: 'failed';
    reason: string;
    durationMs: number;
};
export interface CacheStore {
    availability(): CacheAvailability;
    /**
     * An empty directory for one entry's files (whatever a former use left there is removed). The
     * same name gives the same directory, and so the same cache version, in every run.
     */
    freshDirectory(name: string): string;
    /** Removes a directory from freshDirectory() once its files are used (image archives are large). */
    discard(directory: string): void;
    restore(request: CacheRestoreRequest): Promise<CacheRestoreResult>;
    save(request: CacheSaveRequest): Promise<CacheSaveResult>;
}
/** Keys may hold any character but a comma, and at most 512 of them (@actions/cache checkKey). */
export declare const MAX_CACHE_KEY_LENGTH = 512;
