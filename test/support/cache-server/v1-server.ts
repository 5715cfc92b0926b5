// The v1 cache protocol as GitHub Enterprise Server speaks it (`_apis/artifactcache`, what
// @actions/cache's internal/cacheHttpClient.ts calls), for tests that go through the library:
//   GET   {base}_apis/artifactcache/cache?keys=k1,k2&version=V   200 {cacheKey, archiveLocation} | 204
//   GET   {base}_apis/artifactcache/caches?key=K                 200 {totalCount, artifactCaches} (debug listing)
//   POST  {base}_apis/artifactcache/caches {key, version, cacheSize}  201 {cacheId} | 409
//   PATCH {base}_apis/artifactcache/caches/{id}  Content-Range: bytes s-e/*  (chunks, in parallel)
//   POST  {base}_apis/artifactcache/caches/{id} {size}           204 once every byte arrived
//   GET   {archiveLocation}                                      the archive (plain HTTP download)
// Entries are files in a temp directory; every API call needs the runtime token as a bearer.
import { randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { CacheEntries } from './entries.js';
import { bearer, close, listen, readBody, sendEmpty, sendFile, sendJson } from './http.js';

export interface V1CacheServer {
  /** ACTIONS_CACHE_URL: ends with a slash, as the runner's does. */
  url: string;
  token: string;
  entries: CacheEntries;
  /** Method and path of every request, in order. */
  requests: string[];
  /** From now on, answers every upload chunk with 500 (a sick service), or not. */
  failUploads(fail: boolean): void;
  /** Slows archive downloads from now on (bytes per second; undefined for full speed). */
  throttleDownloads(bytesPerSecond: number | undefined): void;
  stop(): Promise<void>;
}

export async function startV1CacheServer(): Promise<V1CacheServer> {
  const storage = mkdtempSync(path.join(os.tmpdir(), 'dsa-cache-v1-'));
  const token = randomBytes(12).toString('hex');
  const entries = new CacheEntries();
  const requests: string[] = [];
  let downloadRate: number | undefined;
  let uploadsFail = false;
  const base = `/${randomBytes(4).toString('hex')}/`;
  const api = `${base}_apis/artifactcache/`;
  let origin = '';
  const file = (id: number): string => path.join(storage, `${id}.archive`);

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', origin);
    requests.push(`${request.method} ${url.pathname}`);
    const download = /^\/download\/(\d+)$/.exec(url.pathname);
    if (download && request.method === 'GET') {
      const entry = entries.get(Number(download[1]));
      if (!entry?.committedAt) return sendEmpty(response, 404);
      return sendFile(response, file(entry.id), downloadRate);
    }
    if (!url.pathname.startsWith(api)) return sendEmpty(response, 404);
    if (bearer(request) !== token) return sendJson(response, 401, { message: 'bad or missing runtime token' });
    if (!(request.headers.accept ?? '').includes('api-version=6.0-preview.1')) return sendJson(response, 400, { message: 'api-version missing' });
    const resource = url.pathname.slice(api.length);

    if (resource === 'cache' && request.method === 'GET') {
      const keys = (url.searchParams.get('keys') ?? '').split(',').filter(Boolean);
      const entry = entries.find(keys, url.searchParams.get('version') ?? '');
      if (!entry) return sendEmpty(response, 204);
      return sendJson(response, 200, {
        cacheKey: entry.key,
        scope: 'refs/heads/main',
        creationTime: new Date().toISOString(),
        archiveLocation: `${origin}/download/${entry.id}`,
      });
    }
    if (resource === 'caches' && request.method === 'GET') {
      const key = url.searchParams.get('key') ?? '';
      const found = entries.committed().filter((entry) => entry.key === key);
      return sendJson(response, 200, { totalCount: found.length, artifactCaches: found.map((e) => ({ cacheKey: e.key, cacheVersion: e.version, scope: 'refs/heads/main' })) });
    }
    if (resource === 'caches' && request.method === 'POST') {
      const body = JSON.parse((await readBody(request)).toString() || '{}') as { key?: string; version?: string; cacheSize?: number };
      if (!body.key || !body.version) return sendJson(response, 400, { message: 'key and version are required' });
      const id = entries.reserve(body.key, body.version);
      if (id === 'exists') return sendJson(response, 409, { message: `Cache already exists. Scope: refs/heads/main, Key: ${body.key}, Version: ${body.version}` });
      closeSync(openSync(file(id), 'w'));
      return sendJson(response, 201, { cacheId: id });
    }
    const chunk = /^caches\/(\d+)$/.exec(resource);
    const entry = chunk ? entries.get(Number(chunk[1])) : undefined;
    if (!entry) return sendJson(response, 404, { message: 'no such cache id' });
    if (request.method === 'PATCH') {
      if (uploadsFail) return sendJson(response, 500, { message: 'storage unavailable' });
      const range = /^bytes (\d+)-(\d+)\/\*$/.exec(request.headers['content-range'] ?? '');
      const data = await readBody(request);
      if (!range || Number(range[2]) - Number(range[1]) + 1 !== data.length) {
        return sendJson(response, 400, { message: `bad Content-Range '${request.headers['content-range']}' for ${data.length} bytes` });
      }
      const fd = openSync(file(entry.id), 'r+');
      try {
        writeSync(fd, data, 0, data.length, Number(range[1]));
      } finally {
        closeSync(fd);
      }
      return sendEmpty(response, 204);
    }
    if (request.method === 'POST') {
      const body = JSON.parse((await readBody(request)).toString() || '{}') as { size?: number };
      const received = statSync(file(entry.id)).size;
      if (body.size !== received) return sendJson(response, 400, { message: `size ${body.size} does not match the ${received} bytes uploaded` });
      if (!entries.commit(entry.id, received)) return sendJson(response, 409, { message: 'already committed' });
      return sendEmpty(response, 204);
    }
    return sendEmpty(response, 405);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { message: String(error) });
      else response.destroy();
    });
  });
  const port = await listen(server);
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${base}`,
    token,
    entries,
    requests,
    failUploads: (fail) => {
      uploadsFail = fail;
    },
    throttleDownloads: (bytesPerSecond) => {
      downloadRate = bytesPerSecond;
    },
    stop: async () => {
      await close(server);
      rmSync(storage, { recursive: true, force: true });
    },
  };
}
