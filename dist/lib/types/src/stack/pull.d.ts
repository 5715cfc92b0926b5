import type { ComposeCli } from '../compose/compose-cli.js';
import type { StackTarget } from '../compose/target.js';
import type { Clock } from '../ports/clock.js';
import type { ImagePolicy, PlannedImage } from './images.js';
import { type PullFailureKind, type RetryPolicy } from './pull-retry.js';
export interface PullAttempt {
    ms: number;
    /** The registry's (or daemon's) last words when the attempt failed. */
    error?: string;
    kind?: PullFailureKind;
    /** Wait before the next attempt. */
    waitMs?: number;
}
export interface ImagePull {
    image: string;
    services: string[];
    outcome: 'pulled' | 'present' | 'absent' | 'failed' | 'cancelled';
    why: string;
    attempts: PullAttempt[];
    /** From the first attempt to the last one's end, waits included. */
    durationMs: number;
}
export interface PullSection {
    policy: ImagePolicy;
    images: ImagePull[];
    /** The phase's wall time. */
    durationMs: number;
    /** Why the start stops here (a rate limit, a failure no retry mended, an absent image). */
    failure?: string;
    rateLimited?: boolean;
}
export interface PullDeps {
    compose: ComposeCli;
    clock: Pick<Clock, 'now' | 'sleep'>;
    log: {
        info(message: string): void;
    };
    random?: () => number;
}
export interface PullOptions {
    overrideFiles?: string[];
    signal?: AbortSignal;
    /** How many pulls run at once (compose-flags --parallel); undefined: all. */
    parallel?: number;
    retry?: RetryPolicy;
    /** One attempt's bound: a registry that stops sending is a failure, retried like one. */
    attemptTimeoutMs?: number;
}
export declare function pullImages(deps: PullDeps, target: StackTarget, policy: ImagePolicy, plan: PlannedImage[], options?: PullOptions): Promise<PullSection>;
