import { type LeaseDeps, type LeaseTimings } from './context.js';
import { type HolderView } from './describe.js';
import type { LeaseRecord, Who } from './records.js';
import type { LeaseRequest } from './request.js';
/** Enough to find a lease again, from another process too (post finds main's lease by it). */
export interface LeaseHandle {
    namespace: string;
    id: string;
    /** The container of the generation this process last knew, removed first on release. */
    containerId?: string;
}
export interface AcquireOptions {
    namespace?: string;
    /** Resolved budget in bytes (resolveMemoryBudget) and how to name it in messages. */
    budgetBytes: number;
    budgetDescription?: string;
    /** How long to wait; 0 fails at once when the lease is not free. */
    timeoutMs: number;
    /** TTL of the lease for owners that cannot be checked (lease-ttl). */
    ttlMs: number;
    who: Who;
    /** Aborting leaves the queue cleanly and rejects with LeaseAbortedError. */
    signal?: AbortSignal;
    /** Called when we start to wait, then every progressIntervalMs, naming who is in the way. */
    onProgress?: (progress: WaitProgress) => void;
    timings?: Partial<LeaseTimings>;
}
export interface WaitProgress {
    waitedMs: number;
    /** 1-based place among the live tickets. */
    position: number;
    blockers: HolderView[];
}
export interface AcquiredLease {
    handle: LeaseHandle;
    record: LeaseRecord;
    waitedMs: number;
    /** Everyone who stood in our way at some point, for the summary ("waited 2m for …"). */
    waitedFor: HolderView[];
    /** Memory the leases on the daemon reserved once we were admitted, ours included. */
    usedBytes: number;
    budgetBytes: number;
}
/**
 * Takes a lease owned by this process: queues a ticket, waits (woken by Docker events, polling
 * as a fallback) until the ticket is admissible, then admits itself under the mutex. Leaves the
 * queue cleanly on timeout, abort or error. To hand the lease to another process (the action's
 * monitor, the CLI's keeper), call transferLease afterwards.
 */
export declare function acquireLease(deps: LeaseDeps, request: LeaseRequest, options: AcquireOptions): Promise<AcquiredLease>;
