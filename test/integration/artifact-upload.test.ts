import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ActionsArtifactStore } from '../../src/adapters/actions-artifact.js';
import { startArtifactServer, type ArtifactServer } from '../support/cache-server/artifact-server.js';
import { setVariables } from '../support/cache-server/env.js';
import { unzipFiles } from '../support/unzip.js';

// The artifact adapter through the real @actions/artifact against a local service speaking the
// protocol (Twirp + a blob store in Azurite): what lands is the files, zipped; a name taken is
// told as such (the logs phase retries under another); no service is told at once.

let server: ArtifactServer;
let restore: () => void;
const dir = mkdtempSync(path.join(os.tmpdir(), 'dsa-artifact-'));

beforeAll(async () => {
  server = await startArtifactServer();
  restore = setVariables({
    ACTIONS_RUNTIME_TOKEN: server.token,
    ACTIONS_RESULTS_URL: server.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'octo-org/stack-tests',
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKSPACE: dir,
  });
  writeFileSync(path.join(dir, 'db.log'), '2026-01-01T00:00:00.000000000Z stdout ready\n');
  writeFileSync(path.join(dir, 'web.log'), 'x'.repeat(200_000));
});
afterAll(async () => {
  restore?.();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('ActionsArtifactStore', () => {
  const store = new ActionsArtifactStore(process.env);
  const request = () => ({ files: [path.join(dir, 'db.log'), path.join(dir, 'web.log')], rootDirectory: dir, timeoutMs: 60_000 });

  test('uploads the files as one zip, finalized with its size and digest, and links it', async () => {
    const result = await store.upload({ ...request(), name: 'p-logs' });
    expect(result).toMatchObject({ kind: 'uploaded', url: `https://github.com/octo-org/stack-tests/actions/runs/4242/artifacts/${server.artifacts.get('p-logs')!.id}` });
    expect(server.calls).toEqual(['CreateArtifact', 'FinalizeArtifact']);
    expect(server.artifacts.get('p-logs')).toMatchObject({ finalized: true, mimeType: 'application/zip' });
    const files = await unzipFiles(await server.download('p-logs'));
    expect(files).toEqual({ 'db.log': '2026-01-01T00:00:00.000000000Z stdout ready\n', 'web.log': 'x'.repeat(200_000) });
    // Compressed: the size reported is the zip's.
    expect(result.kind === 'uploaded' && result.sizeBytes).toBe(server.artifacts.get('p-logs')!.size);
    expect(server.artifacts.get('p-logs')!.size).toBeLessThan(20_000);
  });

  test('a name already taken in the run fails saying so (the caller retries under another)', async () => {
    const result = await store.upload({ ...request(), name: 'p-logs' });
    expect(result.kind).toBe('failed');
    expect(result.kind === 'failed' && result.reason).toMatch(/\(409\)|already exists/);
  });

  test('without a service: unavailable at once, the library not even loaded', async () => {
    const result = await new ActionsArtifactStore({}).upload({ ...request(), name: 'x' });
    expect(result).toEqual({ kind: 'unavailable', reason: 'no artifact service here (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set: a run outside GitHub Actions)' });
  });
});
