export type PullFailureKind = 'rate-limit' | 'transient' | 'permanent';
/**
 * What a failed pull's error says. A command that ran into our own timeout is transient (a slow
 * registry); anything not known to pass is permanent, so a typo is not retried for a minute.
 */
export declare function classifyPullFailure(text: string, timedOut?: boolean): PullFailureKind;
export interface RetryPolicy {
    /** Attempts in all, the first one included. */
    attempts: number;
    /** Wait after the first failure; doubled after each one after it. */
    firstDelayMs: number;
    maxDelayMs: number;
    /** No attempt starts later than this after the first one started. */
    windowMs: number;
}
/** 4 attempts within 3 minutes: waits of about 2 s, 4 s and 8 s. */
export declare const PULL_RETRY: RetryPolicy;
/**
 * The wait before the next attempt after `failed` attempts failed, `elapsedMs` after the first
 * one started; undefined when none is left (count or window). `random` in [0, 1) spreads the
 * wait over its upper half, so parallel jobs that failed together do not come back together.
 */
export declare function retryDelay(policy: RetryPolicy, failed: number, elapsedMs: number, random?: () => number): number | undefined;
/** The step's error for a rate limit: what it is and how to get out of it. */
export declare function rateLimitHelp(image: string, registryWords: string): string;
