// The v2 cache protocol as github.com speaks it, for tests that go through @actions/cache:
// Twirp JSON over HTTP (POST /twirp/github.actions.results.api.v1.CacheService/<Method>, proto
// field names, int64 as strings, errors as {code, msg}) plus signed blob URLs. The blobs live in
// Azurite; URLs are SAS-signed with its development key, so the library's Azure SDK upload and
// its plain-HTTP download of the signed URL run exactly as they do against Azure.
//   CreateCacheEntry {key, version}            → {ok, signed_upload_url} | 409 already_exists
//   FinalizeCacheEntryUpload {key, version, size_bytes} → {ok, entry_id}
//   GetCacheEntryDownloadURL {key, restore_keys, version} → {ok, signed_download_url, matched_key}
import {
  BlobSASPermissions,
  BlobServiceClient,
  generateBlobSASQueryParameters,
  StorageSharedKeyCredential,
} from '@azure/storage-blob';
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEV_ACCOUNT, DEV_ACCOUNT_KEY, startAzurite, type Azurite } from './azurite.js';
import { CacheEntries } from './entries.js';
import { bearer, close, readBody, sendJson, serveTwirp, twirpError } from './http.js';

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/';
const CONTAINER = 'actions-cache';

export interface V2CacheServer {
  /** ACTIONS_RESULTS_URL */
  url: string;
  token: string;
  entries: CacheEntries;
  /** Twirp methods called, in order. */
  calls: string[];
  stop(): Promise<void>;
}

export async function startV2CacheServer(): Promise<V2CacheServer> {
  const azurite: Azurite = await startAzurite();
  const credential = new StorageSharedKeyCredential(DEV_ACCOUNT, DEV_ACCOUNT_KEY);
  const container = new BlobServiceClient(azurite.blobEndpoint, credential).getContainerClient(CONTAINER);
  await container.create();
  const token = randomBytes(12).toString('hex');
  const entries = new CacheEntries();
  const calls: string[] = [];

  const signedUrl = (id: number, permissions: string): string => {
    const blobName = `entry-${id}`;
    const sas = generateBlobSASQueryParameters(
      { containerName: CONTAINER, blobName, permissions: BlobSASPermissions.parse(permissions), expiresOn: new Date(Date.now() + 3_600_000) },
      credential,
    );
    return `${container.getBlobClient(blobName).url}?${sas.toString()}`;
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const path = request.url ?? '';
    if (request.method !== 'POST' || !path.startsWith(SERVICE)) return twirpError(response, 404, 'bad_route', `no handler for ${request.method} ${path}`);
    if (bearer(request) !== token) return twirpError(response, 401, 'unauthenticated', 'bad or missing runtime token');
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) return twirpError(response, 415, 'malformed', 'JSON only');
    const method = path.slice(SERVICE.length);
    calls.push(method);
    const body = JSON.parse((await readBody(request)).toString() || '{}') as Record<string, unknown>;
    const key = typeof body.key === 'string' ? body.key : '';
    const version = typeof body.version === 'string' ? body.version : '';
    if (!key || !version) return twirpError(response, 400, 'invalid_argument', 'key and version are required');

    if (method === 'CreateCacheEntry') {
      const id = entries.reserve(key, version);
      if (id === 'exists') return twirpError(response, 409, 'already_exists', 'cache entry with the same key, version, and scope already exists');
      return sendJson(response, 200, { ok: true, signed_upload_url: signedUrl(id, 'cw') });
    }
    if (method === 'FinalizeCacheEntryUpload') {
      const entry = entries.byKey(key, version);
      if (!entry) return twirpError(response, 404, 'not_found', 'no cache entry reserved under that key and version');
      const properties = await container.getBlobClient(`entry-${entry.id}`).getProperties().catch(() => undefined);
      if (!properties || String(properties.contentLength) !== String(body.size_bytes)) {
        return sendJson(response, 200, { ok: false, message: `uploaded ${properties?.contentLength ?? 0} bytes, expected ${String(body.size_bytes)}` });
      }
      if (!entries.commit(entry.id, Number(body.size_bytes))) return twirpError(response, 409, 'already_exists', 'already finalized');
      return sendJson(response, 200, { ok: true, entry_id: String(entry.id) });
    }
    if (method === 'GetCacheEntryDownloadURL') {
      const restoreKeys = Array.isArray(body.restore_keys) ? body.restore_keys.map(String) : [];
      const entry = entries.find([key, ...restoreKeys], version);
      // Twirp's JSON omits default values: a miss is an empty object (ok = false).
      if (!entry) return sendJson(response, 200, {});
      return sendJson(response, 200, { ok: true, signed_download_url: signedUrl(entry.id, 'r'), matched_key: entry.key });
    }
    return twirpError(response, 404, 'bad_route', `unknown method ${method}`);
  };

  const { server, port } = await serveTwirp(handle, () => azurite.stop());
  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    entries,
    calls,
    stop: async () => {
      await close(server);
      await azurite.stop();
    },
  };
}
