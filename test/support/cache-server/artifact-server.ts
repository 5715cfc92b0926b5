// The workflow-artifact protocol as github.com speaks it, for tests that go through
// @actions/artifact: Twirp JSON (POST /twirp/github.actions.results.api.v1.ArtifactService/<Method>,
// proto field names, int64 as strings, errors as {code, msg}) plus a signed blob URL the library
// uploads the zip to with the real Azure SDK. Blobs live in Azurite, as the cache tests' do.
//   CreateArtifact {workflow_run_backend_id, workflow_job_run_backend_id, name, version, mime_type}
//                                                      → {ok, signed_upload_url} | 409 already_exists
//   FinalizeArtifact {…ids, name, size, hash}          → {ok, artifact_id}
// The runtime token is a JWT whose `scp` claim carries the backend ids
// ("Actions.Results:<run backend id>:<job backend id>"), which the library reads (it does not
// verify the signature; the service does, here by comparing the whole token).
import { BlobSASPermissions, BlobServiceClient, generateBlobSASQueryParameters, StorageSharedKeyCredential } from '@azure/storage-blob';
import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEV_ACCOUNT, DEV_ACCOUNT_KEY, startAzurite, type Azurite } from './azurite.js';
import { bearer, close, readBody, sendJson, serveTwirp, twirpError } from './http.js';

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';
const CONTAINER = 'actions-results';

export interface StoredArtifact {
  id: number;
  name: string;
  mimeType?: string;
  size?: number;
  hash?: string;
  finalized: boolean;
}

export interface ArtifactServer {
  /** ACTIONS_RESULTS_URL */
  url: string;
  /** ACTIONS_RUNTIME_TOKEN */
  token: string;
  /** Twirp methods called, in order. */
  calls: string[];
  artifacts: Map<string, StoredArtifact>;
  /** The bytes uploaded for an artifact (a zip). */
  download(name: string): Promise<Buffer>;
  stop(): Promise<void>;
}

const base64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

export async function startArtifactServer(): Promise<ArtifactServer> {
  const azurite: Azurite = await startAzurite();
  const credential = new StorageSharedKeyCredential(DEV_ACCOUNT, DEV_ACCOUNT_KEY);
  const container = new BlobServiceClient(azurite.blobEndpoint, credential).getContainerClient(CONTAINER);
  await container.create();
  const runId = randomUUID();
  const jobId = randomUUID();
  const token = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url({ scp: `Actions.GenericRead:${randomUUID()} Actions.Results:${runId}:${jobId}`, exp: Math.floor(Date.now() / 1000) + 3600 })}.signature`;
  const calls: string[] = [];
  const artifacts = new Map<string, StoredArtifact>();
  let nextId = 100;

  const blob = (artifact: StoredArtifact) => container.getBlockBlobClient(`artifact-${artifact.id}`);
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const path = request.url ?? '';
    if (request.method !== 'POST' || !path.startsWith(SERVICE)) return twirpError(response, 404, 'bad_route', `no handler for ${request.method} ${path}`);
    if (bearer(request) !== token) return twirpError(response, 401, 'unauthenticated', 'bad or missing runtime token');
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) return twirpError(response, 415, 'malformed', 'JSON only');
    const method = path.slice(SERVICE.length);
    calls.push(method);
    const body = JSON.parse((await readBody(request)).toString() || '{}') as Record<string, unknown>;
    if (body.workflow_run_backend_id !== runId || body.workflow_job_run_backend_id !== jobId) return twirpError(response, 400, 'invalid_argument', 'backend ids do not match the token');
    const name = typeof body.name === 'string' ? body.name : '';
    if (!name) return twirpError(response, 400, 'invalid_argument', 'name is required');

    if (method === 'CreateArtifact') {
      if (artifacts.has(name)) return twirpError(response, 409, 'already_exists', 'an artifact with this name already exists on the workflow run');
      if (body.version !== 7) return twirpError(response, 400, 'invalid_argument', `unsupported version ${String(body.version)}`);
      const artifact: StoredArtifact = { id: (nextId += 1), name, finalized: false, ...(typeof body.mime_type === 'string' ? { mimeType: body.mime_type } : {}) };
      artifacts.set(name, artifact);
      const sas = generateBlobSASQueryParameters(
        { containerName: CONTAINER, blobName: `artifact-${artifact.id}`, permissions: BlobSASPermissions.parse('cw'), expiresOn: new Date(Date.now() + 3_600_000) },
        credential,
      );
      return sendJson(response, 200, { ok: true, signed_upload_url: `${blob(artifact).url}?${sas.toString()}` });
    }
    if (method === 'FinalizeArtifact') {
      const artifact = artifacts.get(name);
      if (!artifact || artifact.finalized) return twirpError(response, 404, 'not_found', 'no artifact of that name waits to be finalized');
      const bytes = await blob(artifact).downloadToBuffer().catch(() => Buffer.alloc(0));
      const hash = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
      if (String(bytes.length) !== String(body.size)) return twirpError(response, 400, 'invalid_argument', `uploaded ${bytes.length} bytes, told ${String(body.size)}`);
      if (body.hash !== undefined && body.hash !== hash) return twirpError(response, 400, 'invalid_argument', `uploaded ${hash}, told ${String(body.hash)}`);
      Object.assign(artifact, { finalized: true, size: bytes.length, hash });
      return sendJson(response, 200, { ok: true, artifact_id: String(artifact.id) });
    }
    return twirpError(response, 404, 'bad_route', `unknown method ${method}`);
  };

  const { server, port } = await serveTwirp(handle, () => azurite.stop());
  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    calls,
    artifacts,
    download: (name) => blob(artifacts.get(name)!).downloadToBuffer(),
    stop: async () => {
      await close(server);
      await azurite.stop();
    },
  };
}
