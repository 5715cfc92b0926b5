import type * as ArtifactModule from '@actions/artifact';
import type { ArtifactAvailability, ArtifactStore, ArtifactUpload, ArtifactUploadResult } from '../ports/artifacts.js';

/**
 * Workflow artifacts through @actions/artifact, the library actions/upload-artifact uses: Twirp
 * calls to the results service (CreateArtifact, FinalizeArtifact under ACTIONS_RESULTS_URL, the
 * backend ids taken from the ACTIONS_RUNTIME_TOKEN JWT) around a zip streamed to a signed Azure
 * blob URL. It reads its settings from process.env, so this adapter does too.
 *
 * The library (with the Azure SDK and an archiver) is loaded only when something is uploaded:
 * most runs upload nothing, and every bundle must start fast. Its retries are bounded here by a
 * timeout (the upload may finish in the background; its answer is then ignored).
 */
type ArtifactLibrary = typeof ArtifactModule;
let library: Promise<ArtifactLibrary> | undefined;
function loadArtifact(): Promise<ArtifactLibrary> {
  library ??= import('@actions/artifact');
  return library;
}

export class ActionsArtifactStore implements ArtifactStore {
  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  availability(): ArtifactAvailability {
    return artifactAvailability(this.env);
  }

  async upload(request: ArtifactUpload): Promise<ArtifactUploadResult> {
    const availability = this.availability();
    if (!availability.available) return { kind: 'unavailable', reason: availability.reason };
    // A stalled blob upload is given up after this long (the library's own default is 5 minutes).
    this.env.ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS ??= String(request.timeoutMs);
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<{ error: string }>((resolve) => {
      timer = setTimeout(() => resolve({ error: `no answer within ${Math.round(request.timeoutMs / 1000)} s` }), request.timeoutMs);
    });
    try {
      const outcome = await Promise.race([
        loadArtifact()
          .then(({ DefaultArtifactClient }) => new DefaultArtifactClient().uploadArtifact(request.name, request.files, request.rootDirectory))
          .then(
            (response) => ({ response }),
            (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
          ),
        timeout,
      ]);
      const durationMs = Date.now() - started;
      if ('error' in outcome) return { kind: 'failed', reason: outcome.error, durationMs };
      const id = outcome.response.id;
      if (id === undefined) return { kind: 'failed', reason: 'the artifact service answered no artifact id', durationMs };
      const url = artifactUrl(this.env, id);
      return { kind: 'uploaded', id, sizeBytes: outcome.response.size ?? 0, durationMs, ...(url ? { url } : {}) };
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Whether @actions/artifact can upload here, and why not: from the variables the runner sets. */
export function artifactAvailability(env: NodeJS.ProcessEnv): ArtifactAvailability {
  const missing = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter((name) => !env[name]);
  if (missing.length) return { available: false, reason: `no artifact service here (${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set: a run outside GitHub Actions)` };
  // As the library decides (internal/shared/config.ts isGhes): it refuses GitHub Enterprise Server.
  const host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toUpperCase();
  if (host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST')) {
    return { available: false, reason: 'GitHub Enterprise Server: @actions/artifact does not upload there (upload logs-dir with the upload-artifact version your server supports)' };
  }
  return { available: true };
}

/** The artifact's page, as actions/upload-artifact links it. */
export function artifactUrl(env: NodeJS.ProcessEnv, id: number): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: run } = env;
  return server && repository && run ? `${server}/${repository}/actions/runs/${run}/artifacts/${id}` : undefined;
}
