// The cache port's adapter through the real @actions/cache, end to end, against local servers
// speaking both protocols the library uses: v2 (Twirp + Azure blobs in Azurite) as on github.com
// and v1 (`_apis/artifactcache`) as on GitHub Enterprise Server.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ActionsCacheStore } from '../../src/adapters/actions-cache.js';
import type { CacheStore } from '../../src/ports/cache.js';
import { setVariables, v1Variables, v2Variables } from '../support/cache-server/env.js';
import { close, listen } from '../support/cache-server/http.js';
import { startV1CacheServer, type V1CacheServer } from '../support/cache-server/v1-server.js';
import { startV2CacheServer, type V2CacheServer } from '../support/cache-server/v2-server.js';

const temp = mkdtempSync(path.join(os.tmpdir(), 'dsa-it-cache-'));
let v1: V1CacheServer;
let v2: V2CacheServer;
beforeAll(async () => {
  [v1, v2] = await Promise.all([startV1CacheServer(), startV2CacheServer()]);
});
afterAll(async () => {
  await Promise.all([v1?.stop(), v2?.stop()]);
  rmSync(temp, { recursive: true, force: true });
});

const protocols = [
  { name: 'v2 (github.com: Twirp + Azurite)', protocol: 'v2', variables: () => v2Variables(v2, temp) },
  { name: 'v1 (GHES: _apis/artifactcache)', protocol: 'v1', variables: () => v1Variables(v1, temp) },
] as const;

function storeIn(name: string): CacheStore {
  return new ActionsCacheStore(path.join(temp, name));
}

function writeEntry(store: CacheStore, files: Record<string, string | Buffer>): string {
  const directory = store.freshDirectory('entry');
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(directory, name), content);
  return directory;
}

describe.each(protocols)('through @actions/cache, protocol $name', ({ protocol, variables }) => {
  const prefix = `dsa-it:${protocol}:${randomBytes(3).toString('hex')}:`;

  test('is available, saves a directory and restores it in another store (another run)', async () => {
    const restoreEnv = setVariables(variables());
    try {
      const first = storeIn(`${protocol}-run1`);
      expect(first.availability()).toEqual({ available: true, protocol, canRestore: true, canSave: true });
      const directory = writeEntry(first, { 'baseline.json': '{"hello":1}', 'other.txt': 'x' });
      const saved = await first.save({ directory, key: `${prefix}main:1-1`, timeoutMs: 60_000 });
      expect(saved).toMatchObject({ kind: 'saved', key: `${prefix}main:1-1` });

      // Another run: another store root is not the same path, so the same relative layout is used.
      const second = storeIn(`${protocol}-run1`);
      const target = second.freshDirectory('entry');
      expect(readdirSync(target)).toEqual([]);
      const restored = await second.restore({ directory: target, primaryKey: `${prefix}main:2-1`, restoreKeys: [`${prefix}main:`], timeoutMs: 60_000 });
      expect(restored).toMatchObject({ kind: 'hit', key: `${prefix}main:1-1` });
      expect(readFileSync(path.join(target, 'baseline.json'), 'utf8')).toBe('{"hello":1}');
      expect(readFileSync(path.join(target, 'other.txt'), 'utf8')).toBe('x');
      if (protocol === 'v2') expect(v2.calls.slice(0, 3)).toEqual(['CreateCacheEntry', 'FinalizeCacheEntryUpload', 'GetCacheEntryDownloadURL']);
      else expect(v1.requests.some((r) => r.startsWith('GET /download/'))).toBe(true);
    } finally {
      restoreEnv();
    }
  });

  test('restore keys: the newest entry of the first matching prefix wins; a branch prefix does not match a longer branch', async () => {
    const restoreEnv = setVariables(variables());
    try {
      const store = storeIn(`${protocol}-order`);
      const save = async (key: string, content: string): Promise<void> => {
        expect((await store.save({ directory: writeEntry(store, { 'v.txt': content }), key: prefix + key, timeoutMs: 60_000 })).kind).toBe('saved');
      };
      await save('feature:10-1', 'feature-old');
      await save('main:11-1', 'main-old');
      await save('main:12-1', 'main-new');
      await save('feature:13-1', 'feature-new');
      await save('main-next:14-1', 'other-branch');
      const restoreWith = async (restoreKeys: string[]): Promise<string | undefined> => {
        const directory = store.freshDirectory('entry');
        const result = await store.restore({ directory, primaryKey: `${prefix}feature:99-1`, restoreKeys: restoreKeys.map((k) => prefix + k), timeoutMs: 60_000 });
        return result.kind === 'hit' ? readFileSync(path.join(directory, 'v.txt'), 'utf8') : undefined;
      };
      expect(await restoreWith(['main:', 'feature:'])).toBe('main-new');
      expect(await restoreWith(['feature:', 'main:'])).toBe('feature-new');
      expect(await restoreWith(['release:'])).toBeUndefined();
      const lookup = await store.restore({ directory: store.freshDirectory('entry'), primaryKey: `${prefix}main:12-1`, restoreKeys: [], timeoutMs: 60_000, lookupOnly: true });
      expect(lookup).toMatchObject({ kind: 'hit', key: `${prefix}main:12-1` });
    } finally {
      restoreEnv();
    }
  });

  test('an existing key is not overwritten (entries are immutable), and that is an answer, not an exception', async () => {
    const restoreEnv = setVariables(variables());
    try {
      const store = storeIn(`${protocol}-twice`);
      const key = `${prefix}twice:1-1`;
      expect((await store.save({ directory: writeEntry(store, { 'a.txt': 'first' }), key, timeoutMs: 60_000 })).kind).toBe('saved');
      expect((await store.save({ directory: writeEntry(store, { 'a.txt': 'second' }), key, timeoutMs: 60_000 })).kind).toBe('not-saved');
      const directory = store.freshDirectory('entry');
      await store.restore({ directory, primaryKey: key, restoreKeys: [], timeoutMs: 60_000 });
      expect(readFileSync(path.join(directory, 'a.txt'), 'utf8')).toBe('first');
    } finally {
      restoreEnv();
    }
  });

  test('a 3 MiB archive in 1 MiB upload chunks arrives whole', async () => {
    const restoreEnv = setVariables({ ...variables(), CACHE_UPLOAD_CHUNK_SIZE: '1' });
    try {
      const store = storeIn(`${protocol}-big`);
      const payload = randomBytes(3 * 1024 * 1024);
      const key = `${prefix}big:1-1`;
      expect((await store.save({ directory: writeEntry(store, { 'blob.bin': payload }), key, timeoutMs: 60_000 })).kind).toBe('saved');
      const directory = store.freshDirectory('entry');
      expect((await store.restore({ directory, primaryKey: key, restoreKeys: [], timeoutMs: 60_000 })).kind).toBe('hit');
      expect(readFileSync(path.join(directory, 'blob.bin')).equals(payload)).toBe(true);
      if (protocol === 'v1') expect(v1.requests.filter((r) => r.startsWith('PATCH')).length).toBeGreaterThanOrEqual(3);
    } finally {
      restoreEnv();
    }
  });
});

describe('which protocol the library speaks', () => {
  test.each([
    ['github.com with ACTIONS_CACHE_SERVICE_V2', 'https://github.com', 'True', 'v2'],
    ['a GHE.com tenant with the flag', 'https://octo.ghe.com', 'True', 'v2'],
    ['github.com without the flag', 'https://github.com', undefined, 'v1'],
    ['GitHub Enterprise Server, even with the flag', 'https://ghes.example.test', 'True', 'v1'],
  ])('%s: %s', async (_, serverUrl, flag, protocol) => {
    const restoreEnv = setVariables({
      GITHUB_SERVER_URL: serverUrl,
      ACTIONS_CACHE_SERVICE_V2: flag,
      ACTIONS_RESULTS_URL: v2.url,
      ACTIONS_CACHE_URL: v1.url,
      ACTIONS_RUNTIME_TOKEN: protocol === 'v2' ? v2.token : v1.token,
      RUNNER_TEMP: temp,
    });
    try {
      const store = storeIn(`which-${protocol}`);
      expect(store.availability()).toMatchObject({ available: true, protocol });
      const before = { v1: v1.requests.length, v2: v2.calls.length };
      const key = `dsa-it:which:${randomBytes(3).toString('hex')}`;
      expect((await store.save({ directory: writeEntry(store, { a: 'b' }), key, timeoutMs: 60_000 })).kind).toBe('saved');
      // The request went to the server of the protocol the adapter announced, and only there.
      expect(v2.calls.length > before.v2).toBe(protocol === 'v2');
      expect(v1.requests.length > before.v1).toBe(protocol === 'v1');
    } finally {
      restoreEnv();
    }
  });
});

describe('the version of an entry in the workspace', () => {
  test('is the same for runners installed in different directories, and the workspace is left clean', async () => {
    const before = process.cwd();
    const runnerA = mkdtempSync(path.join(temp, 'runner-a-'));
    const runnerB = mkdtempSync(path.join(temp, 'runner-b-'));
    const key = `dsa-it:workspace:${randomBytes(3).toString('hex')}`;
    try {
      for (const [workspace, step] of [[runnerA, 'save'], [runnerB, 'restore']] as const) {
        process.chdir(workspace);
        const restoreEnv = setVariables({ ...v2Variables(v2, temp), GITHUB_WORKSPACE: workspace });
        try {
          const store = new ActionsCacheStore(path.join(workspace, '.docker-stability-cache'));
          const directory = store.freshDirectory('baseline');
          if (step === 'save') {
            writeFileSync(path.join(directory, 'baseline.json'), '{"run":"a"}');
            expect((await store.save({ directory, key, timeoutMs: 60_000 })).kind).toBe('saved');
          } else {
            expect((await store.restore({ directory, primaryKey: key, restoreKeys: [], timeoutMs: 60_000 })).kind).toBe('hit');
            expect(readFileSync(path.join(directory, 'baseline.json'), 'utf8')).toBe('{"run":"a"}');
          }
          store.discard(directory);
          expect(readdirSync(workspace)).toEqual([]);
        } finally {
          restoreEnv();
        }
      }
    } finally {
      process.chdir(before);
    }
  });
});

describe('when there is no cache service, or it misbehaves', () => {
  test('without the runner variables it is unavailable, says why, and calls nothing', async () => {
    const restoreEnv = setVariables({ ACTIONS_CACHE_URL: undefined, ACTIONS_RESULTS_URL: undefined, ACTIONS_RUNTIME_TOKEN: undefined, ACTIONS_CACHE_SERVICE_V2: undefined, GITHUB_SERVER_URL: undefined });
    try {
      const store = storeIn('none');
      const availability = store.availability();
      expect(availability).toMatchObject({ available: false });
      expect(availability.available ? '' : availability.reason).toMatch(/ACTIONS_CACHE_URL is not set/);
      const directory = store.freshDirectory('entry');
      expect(await store.restore({ directory, primaryKey: 'k', restoreKeys: [], timeoutMs: 1000 })).toMatchObject({ kind: 'unavailable' });
      expect(await store.save({ directory, key: 'k', timeoutMs: 1000 })).toMatchObject({ kind: 'unavailable' });
    } finally {
      restoreEnv();
    }
  });

  test('a read-only cache mode restores but does not save', async () => {
    const restoreEnv = setVariables({ ...v2Variables(v2, temp), ACTIONS_CACHE_MODE: 'read' });
    try {
      const store = storeIn('read-only');
      expect(store.availability()).toMatchObject({ available: true, canRestore: true, canSave: false });
      expect(await store.save({ directory: writeEntry(store, { a: 'b' }), key: 'dsa-it:read-only', timeoutMs: 5000 })).toMatchObject({ kind: 'unavailable' });
    } finally {
      restoreEnv();
    }
  });

  test('a service that accepts connections and never answers is given up on at the timeout, without throwing', async () => {
    const silent = createServer(() => undefined);
    const port = await listen(silent);
    const restoreEnv = setVariables({ ACTIONS_RESULTS_URL: `http://127.0.0.1:${port}/`, ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_CACHE_SERVICE_V2: 'True', GITHUB_SERVER_URL: 'https://github.com', RUNNER_TEMP: temp });
    try {
      const store = storeIn('silent');
      const started = Date.now();
      const result = await store.restore({ directory: store.freshDirectory('entry'), primaryKey: 'k', restoreKeys: [], timeoutMs: 1500 });
      expect(result).toMatchObject({ kind: 'failed', reason: 'no answer within 2 s' });
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      restoreEnv();
      await close(silent);
    }
  });

  test('v1: an upload the service failed is reported as not saved (the library alone would answer its id)', async () => {
    const restoreEnv = setVariables(v1Variables(v1, temp));
    v1.failUploads(true);
    try {
      const store = storeIn('v1-upload-fails');
      const key = `dsa-it:v1-fails:${randomBytes(3).toString('hex')}`;
      expect(await store.save({ directory: writeEntry(store, { a: 'b' }), key, timeoutMs: 60_000 })).toMatchObject({ kind: 'not-saved' });
      expect(v1.entries.committed().some((entry) => entry.key === key)).toBe(false);
    } finally {
      v1.failUploads(false);
      restoreEnv();
    }
  });

  test('a service that is gone (connection refused) is a miss within seconds, not an exception', async () => {
    const gone = await startV1CacheServer();
    const variables = v1Variables(gone, temp);
    await gone.stop();
    const restoreEnv = setVariables(variables);
    try {
      const store = storeIn('gone');
      const started = Date.now();
      const result = await store.restore({ directory: store.freshDirectory('entry'), primaryKey: 'k', restoreKeys: [], timeoutMs: 30_000 });
      expect(['miss', 'failed']).toContain(result.kind);
      expect(Date.now() - started).toBeLessThan(30_000);
    } finally {
      restoreEnv();
    }
  });
});
