export type ArtifactAvailability = {
    available: true;
} | {
    available: false;
    reason: string;
};
export interface ArtifactUpload {
    /** Unique within the workflow run. */
    name: string;
    /** Absolute paths of the files, all under rootDirectory. */
    files: string[];
    rootDirectory: string;
    timeoutMs: number;
}
export type ArtifactUploadResult = {
    kind: 'uploaded';
    id: number;
    sizeBytes: number;
    durationMs: number;
    url?: string;
} | {
    kind: 'unavailable';
    reason: string;
} | {
    kind: 'failed';
    reason: string;
    durationMs: number;
};
export interface ArtifactStore {
    availability(): ArtifactAvailability;
    upload(request: ArtifactUpload): Promise<ArtifactUploadResult>;
}
