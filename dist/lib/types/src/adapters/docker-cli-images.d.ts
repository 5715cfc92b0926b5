import { type CommandRunner } from '../ports/command.js';
import type { ImageTools } from '../ports/images.js';
export declare class DockerCliImages implements ImageTools {
    private readonly commands;
    constructor(commands: CommandRunner);
    imageId(reference: string): Promise<string | undefined>;
    save(references: string[], file: string): Promise<{
        durationMs: number;
        sizeBytes: number;
    }>;
    load(file: string): Promise<{
        durationMs: number;
    }>;
}
