import type * as CacheModule from '@actions/cache';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type {
  CacheAvailability,
  CacheRestoreRequest,
  CacheRestoreResult,
  CacheSaveRequest,
  CacheSaveResult,
  CacheStore,
} from '../ports/cache.js';

/**
 * The Actions cache through @actions/cache, the library actions/cache itself uses: it picks the
 * protocol (v2 Twirp CacheService with signed Azure blob URLs when ACTIONS_CACHE_SERVICE_V2 is set
 * outside GHES; v1 `_apis/artifactcache` otherwise), archives with tar + zstd (gzip without zstd)
 * and retries. It reads its settings from process.env, so this adapter does too.
 *
 * Two things the library leaves to its callers are done here:
 * - Bounds. Its own retries can take minutes on a sick service; every call is raced against a
 *   timeout and the job goes on (the call may finish in the background; its result is ignored).
 * - A stable version. The library hashes the path strings it is given into the entry's "version",
 *   and a restore only sees entries of the same version. A root under the working directory (the
 *   workspace, on a runner) is given as a relative path, the same string on every runner whatever
 *   its installation directory; @actions/glob refuses `..`, so a root elsewhere (RUNNER_TEMP, a
 *   test's temp directory) is given as it is, and only runs with that same absolute root share.
 *   A workspace root is in no one's way: entries are written, saved or read, and removed at once,
 *   and the root holds a `.gitignore` of `*` meanwhile.
 */
type CacheLibrary = typeof CacheModule;
let library: Promise<CacheLibrary> | undefined;
/**
 * @actions/cache (with the Azure SDK) is most of a bundle's weight and start-up time; it is loaded
 * only when a cache service is there to talk to, so runs without one start as fast as without it.
 */
function loadCache(): Promise<CacheLibrary> {
  library ??= import('@actions/cache');
  return library;
}

export class ActionsCacheStore implements CacheStore {
  constructor(
    /** Where entry directories live: `<workspace>/.docker-stability-cache` in the action. */
    private readonly root: string,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  availability(): CacheAvailability {
    return cacheAvailability(this.env, featureAvailable(this.env));
  }

  freshDirectory(name: string): string {
    const directory = path.join(this.root, name);
    rmSync(directory, { recursive: true, force: true });
    mkdirSync(directory, { recursive: true });
    writeFileSync(path.join(this.root, '.gitignore'), '*\n');
    return directory;
  }

  discard(directory: string): void {
    rmSync(directory, { recursive: true, force: true });
    // The root goes too once nothing else is in it (the workspace is the user's).
    try {
      if (readdirSync(this.root).every((name) => name === '.gitignore')) rmSync(this.root, { recursive: true, force: true });
    } catch {
      // Already gone.
    }
  }

  async restore(request: CacheRestoreRequest): Promise<CacheRestoreResult> {
    const availability = this.availability();
    if (!availability.available) return { kind: 'unavailable', reason: availability.reason };
    if (!availability.canRestore) return { kind: 'unavailable', reason: `the runner's cache mode (${this.env.ACTIONS_CACHE_MODE}) does not allow restoring` };
    const started = Date.now();
    const outcome = await bounded(request.timeoutMs, () =>
      loadCache().then((cache) => cache.restoreCache([versionPath(request.directory)], request.primaryKey, request.restoreKeys, { lookupOnly: request.lookupOnly })),
    );
    const durationMs = Date.now() - started;
    if ('error' in outcome) return { kind: 'failed', reason: outcome.error, durationMs };
    return outcome.value ? { kind: 'hit', key: outcome.value, durationMs } : { kind: 'miss', durationMs };
  }

  async save(request: CacheSaveRequest): Promise<CacheSaveResult> {
    const availability = this.availability();
    if (!availability.available) return { kind: 'unavailable', reason: availability.reason };
    if (!availability.canSave) return { kind: 'unavailable', reason: `the runner's cache mode (${this.env.ACTIONS_CACHE_MODE}) does not allow saving` };
    const started = Date.now();
    const paths = [versionPath(request.directory)];
    const outcome = await bounded(request.timeoutMs, async () => {
      const cache = await loadCache();
      const id = await cache.saveCache(paths, request.key);
      // v1 answers the reserved id even when the upload or commit then failed (it logs a warning
      // and goes on), so a v1 save is confirmed by looking the key up; v2 answers an id only
      // once the entry is finalized.
      if (id > 0 && availability.protocol === 'v1') {
        const found = await cache.restoreCache(paths, request.key, [], { lookupOnly: true });
        return found === request.key ? id : -1;
      }
      return id;
    });
    const durationMs = Date.now() - started;
    if ('error' in outcome) return { kind: 'failed', reason: outcome.error, durationMs };
    // saveCache answers -1 when the service refused (the key exists, a quota) and logs why.
    return outcome.value > 0
      ? { kind: 'saved', key: request.key, durationMs }
      : { kind: 'not-saved', reason: 'the cache service did not take the entry (the log above says why)', durationMs };
  }
}

/** Whether @actions/cache can work here, and why not: pure, from the variables the runner sets. */
export function cacheAvailability(env: NodeJS.ProcessEnv, serviceAvailable: boolean): CacheAvailability {
  const protocol = cacheProtocol(env);
  if (!serviceAvailable) {
    const variable = protocol === 'v2' ? 'ACTIONS_RESULTS_URL' : 'ACTIONS_CACHE_URL';
    return {
      available: false,
      reason: `no Actions cache service here (${variable} is not set: a local run, or GitHub Enterprise Server without the Actions cache)`,
    };
  }
  if (!env.ACTIONS_RUNTIME_TOKEN) return { available: false, reason: 'no Actions cache service here (ACTIONS_RUNTIME_TOKEN is not set)' };
  const mode = (env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase();
  const known = ['none', 'read', 'write', 'write-only'].includes(mode);
  return {
    available: true,
    protocol,
    canRestore: !known || mode === 'read' || mode === 'write',
    canSave: !known || mode === 'write' || mode === 'write-only',
  };
}

/**
 * What @actions/cache's isFeatureAvailable() answers (lib/cache.js): the service URL of the
 * protocol it will speak is set. Read here from the environment so the library need not load.
 */
export function featureAvailable(env: NodeJS.ProcessEnv): boolean {
  return Boolean(cacheProtocol(env) === 'v2' ? env.ACTIONS_RESULTS_URL : env.ACTIONS_CACHE_URL);
}

/** As @actions/cache decides (internal/config.ts): GHES always speaks v1. */
export function cacheProtocol(env: NodeJS.ProcessEnv): 'v1' | 'v2' {
  const host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toUpperCase();
  const ghes = host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
  return !ghes && env.ACTIONS_CACHE_SERVICE_V2 ? 'v2' : 'v1';
}

/** The path string the library hashes into the version: relative under the working directory. */
export function versionPath(directory: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, directory);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : directory;
}

async function bounded<T>(timeoutMs: number, operation: () => Promise<T>): Promise<{ value: T } | { error: string }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<{ error: string }>((resolve) => {
    timer = setTimeout(() => resolve({ error: `no answer within ${Math.round(timeoutMs / 1000)} s` }), timeoutMs);
  });
  try {
    return await Promise.race([
      operation().then(
        (value) => ({ value }),
        (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
