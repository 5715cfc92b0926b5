/** Time, behind a port so waiting logic is tested without real sleeps. */
export interface Clock {
    now(): number;
    /** Resolves after ms, or early (without throwing) when the signal aborts. */
    sleep(ms: number, signal?: AbortSignal): Promise<void>;
}
