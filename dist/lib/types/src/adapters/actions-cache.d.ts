import type { CacheAvailability, CacheRestoreRequest, CacheRestoreResult, CacheSaveRequest, CacheSaveResult, CacheStore } from '../ports/cache.js';
export declare class ActionsCacheStore implements CacheStore {
    /** Where entry directories live: `<workspace>/.docker-stability-cache` in the action. */
    private readonly root;
    private readonly env;
    constructor(
    /** Where entry directories live: `<workspace>/.docker-stability-cache` in the action. */
    root: string, env?: NodeJS.ProcessEnv);
    availability(): CacheAvailability;
    freshDirectory(name: string): string;
    discard(directory: string): void;
    restore(request: CacheRestoreRequest): Promise<CacheRestoreResult>;
    save(request: CacheSaveRequest): Promise<CacheSaveResult>;
}
/** Whether @actions/cache can work here, and why not: pure, from the variables the runner sets. */
export declare function cacheAvailability(env: NodeJS.ProcessEnv, serviceAvailable: boolean): CacheAvailability;
/**
 * What @actions/cache's isFeatureAvailable() answers (lib/cache.js): the service URL of the
 * protocol it will speak is set. Read here from the environment so the library need not load.
 */
export declare function featureAvailable(env: NodeJS.ProcessEnv): boolean;
/** As @actions/cache decides (internal/config.ts): GHES always speaks v1. */
export declare function cacheProtocol(env: NodeJS.ProcessEnv): 'v1' | 'v2';
/** The path string the library hashes into the version: relative under the working directory. */
export declare function versionPath(directory: string, cwd?: string): string;
