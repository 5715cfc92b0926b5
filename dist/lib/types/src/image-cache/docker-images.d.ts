import { type CommandRunner } from '../ports/command.js';
export interface ImageTools {
    /** The image ID (sha256:…) a reference points at locally, or undefined when it is not here. */
    imageId(reference: string): Promise<string | undefined>;
    /** Pulls all at once (as Compose does) and times the whole; failures are listed, not thrown. */
    pull(references: string[]): Promise<{
        durationMs: number;
        failed: Array<{
            reference: string;
            error: string;
        }>;
    }>;
    save(references: string[], file: string): Promise<{
        durationMs: number;
        sizeBytes: number;
    }>;
    load(file: string): Promise<{
        durationMs: number;
    }>;
}
export declare class DockerCliImages implements ImageTools {
    private readonly commands;
    constructor(commands: CommandRunner);
    imageId(reference: string): Promise<string | undefined>;
    pull(references: string[]): Promise<{
        durationMs: number;
        failed: Array<{
            reference: string;
            error: string;
        }>;
    }>;
    save(references: string[], file: string): Promise<{
        durationMs: number;
        sizeBytes: number;
    }>;
    load(file: string): Promise<{
        durationMs: number;
    }>;
}
