export interface ImageTools {
    /** The image ID (sha256:…) a reference points at locally, or undefined when it is not here. */
    imageId(reference: string): Promise<string | undefined>;
    save(references: string[], file: string): Promise<{
        durationMs: number;
        sizeBytes: number;
    }>;
    load(file: string): Promise<{
        durationMs: number;
    }>;
}
