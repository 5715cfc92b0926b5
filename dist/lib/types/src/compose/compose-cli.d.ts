import { type CommandRunner } from '../ports/command.js';
import type { StackTarget } from './target.js';
import type { ComposeModel } from './model.js';
/** `docker compose` as this product drives it. */
export interface ComposeCli {
    /** `docker compose version --short`; aborting kills it (a CLI that pings first hangs on a frozen daemon). */
    version(options?: {
        signal?: AbortSignal;
    }): Promise<string>;
    config(target: StackTarget, overrideFiles?: string[]): Promise<ComposeModel>;
    up(target: StackTarget, options: UpOptions): Promise<{
        durationMs: number;
        output: string[];
    }>;
    /**
     * `down --volumes --remove-orphans`: for tools and tests that own the whole project. The
     * product's teardown never calls it: `--volumes` removes every non-external volume the files
     * name, another stack's included (src/cleanup/teardown.ts).
     */
    down(target: StackTarget, options: DownOptions): Promise<void>;
    /** Stops the project's containers (found by its label) with a grace period, by name alone. */
    stop(projectName: string, options: StopOptions): Promise<void>;
    /** `docker compose pull` of one service's image; fails with CommandError (stderr tail: the registry's answer). */
    pull(target: StackTarget, service: string, options: ImageOptions): Promise<{
        durationMs: number;
    }>;
    /** `docker compose build` of one service; its output line by line. */
    build(target: StackTarget, service: string, options: ImageOptions): Promise<{
        durationMs: number;
    }>;
}
export interface UpOptions {
    waitTimeoutMs: number;
    overrideFiles?: string[];
    /** `up-flags`, already judged (src/compose/flags.ts). */
    upFlags?: string[];
    onLine?: (line: string) => void;
    signal?: AbortSignal;
}
export interface ImageOptions {
    overrideFiles?: string[];
    timeoutMs: number;
    onLine?: (line: string) => void;
    signal?: AbortSignal;
}
export interface StopOptions {
    stopTimeoutSeconds: number;
    timeoutMs: number;
}
export interface DownOptions {
    stopTimeoutSeconds: number;
    overrideFiles?: string[];
    timeoutMs: number;
    /** Tear down by project name alone (the files may be gone). */
    byNameOnly?: boolean;
}
/** A compose file Compose refused to load, with Compose's own words. */
export declare class ComposeConfigError extends Error {
    readonly files: string[];
    readonly detail: string;
    constructor(files: string[], detail: string);
}
export declare class DockerComposeCli implements ComposeCli {
    private readonly runner;
    private readonly env;
    /**
     * Where calls by project name alone run (its files may be gone, and a directory holding a
     * compose file would be read by Compose): the file system's root exists everywhere.
     */
    private readonly neutralDirectory;
    constructor(runner: CommandRunner, env?: Record<string, string>, 
    /**
     * Where calls by project name alone run (its files may be gone, and a directory holding a
     * compose file would be read by Compose): the file system's root exists everywhere.
     */
    neutralDirectory?: string);
    version(options?: {
        signal?: AbortSignal;
    }): Promise<string>;
    config(target: StackTarget, overrideFiles?: string[]): Promise<ComposeModel>;
    up(target: StackTarget, options: UpOptions): Promise<{
        durationMs: number;
        output: string[];
    }>;
    pull(target: StackTarget, service: string, options: ImageOptions): Promise<{
        durationMs: number;
    }>;
    build(target: StackTarget, service: string, options: ImageOptions): Promise<{
        durationMs: number;
    }>;
    private imageCommand;
    down(target: StackTarget, options: DownOptions): Promise<void>;
    stop(projectName: string, options: StopOptions): Promise<void>;
}
