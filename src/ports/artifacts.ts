// Workflow artifacts as this product uses them: one upload of a directory's files, for the
// stack's logs. One real adapter (@actions/artifact, src/adapters/actions-artifact.ts); unit tests
// hand in fakes. Nothing here throws: the logs stay on the runner whatever the service says.

export type ArtifactAvailability = { available: true } | { available: false; reason: string };

export interface ArtifactUpload {
  /** Unique within the workflow run. */
  name: string;
  /** Absolute paths of the files, all under rootDirectory. */
  files: string[];
  rootDirectory: string;
  timeoutMs: number;
}

export type ArtifactUploadResult =
  | { kind: 'uploaded'; id: number; sizeBytes: number; durationMs: number; url?: string }
  | { kind: 'unavailable'; reason: string }
  | { kind: 'failed'; reason: string; durationMs: number };

export interface ArtifactStore {
  availability(): ArtifactAvailability;
  upload(request: ArtifactUpload): Promise<ArtifactUploadResult>;
}
