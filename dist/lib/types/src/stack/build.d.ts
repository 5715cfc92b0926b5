import type { ComposeCli } from '../compose/compose-cli.js';
import type { StackTarget } from '../compose/target.js';
import type { ImagePolicy, PlannedImage } from './images.js';
export interface ServiceBuild {
    service: string;
    image: string;
    outcome: 'built' | 'present' | 'absent' | 'failed' | 'cancelled';
    why: string;
    durationMs: number;
    /** The last lines of a failed build's output. */
    tail?: string[];
}
export interface BuildSection {
    policy: ImagePolicy;
    services: ServiceBuild[];
    /** The phase's wall time. */
    durationMs: number;
    failure?: string;
}
export interface BuildDeps {
    compose: ComposeCli;
    now: () => number;
    /** Build output as it comes, a batch of lines at a time, prefixed with the service when several build. */
    output: (lines: string[]) => void;
    log: {
        info(message: string): void;
    };
}
export interface BuildOptions {
    overrideFiles?: string[];
    signal?: AbortSignal;
    parallel?: number;
    timeoutMs?: number;
}
export declare function buildImages(deps: BuildDeps, target: StackTarget, policy: ImagePolicy, plan: PlannedImage[], options?: BuildOptions): Promise<BuildSection>;
