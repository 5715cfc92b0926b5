import type { ArtifactAvailability, ArtifactStore, ArtifactUpload, ArtifactUploadResult } from '../ports/artifacts.js';
export declare class ActionsArtifactStore implements ArtifactStore {
    private readonly env;
    constructor(env?: NodeJS.ProcessEnv);
    availability(): ArtifactAvailability;
    upload(request: ArtifactUpload): Promise<ArtifactUploadResult>;
}
/** Whether @actions/artifact can upload here, and why not: from the variables the runner sets. */
export declare function artifactAvailability(env: NodeJS.ProcessEnv): ArtifactAvailability;
/** The artifact's page, as actions/upload-artifact links it. */
export declare function artifactUrl(env: NodeJS.ProcessEnv, id: number): string | undefined;
