import type { Clock } from '../ports/clock.js';
/**
 * Sleeps until notified (a Docker event), a timeout (the polling fallback) or an abort. A
 * notification that arrives while the waiter is busy is kept, so an event that lands between
 * two reads is never lost.
 */
export declare class Waker {
    private readonly clock;
    private pending;
    private current?;
    constructor(clock: Clock);
    notify(): void;
    wait(ms: number, signal?: AbortSignal): Promise<void>;
}
