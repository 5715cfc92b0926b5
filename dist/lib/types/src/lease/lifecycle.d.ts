import type { ProcessIdentity } from '../ports/host.js';
import type { LeaseHandle } from './acquire.js';
import type { LeaseDeps } from './context.js';
import { type LeaseRecord } from './records.js';
export interface FoundLease {
    newest: LeaseRecord;
    /** Every container of the lease id: all generations, and a ticket that was not removed yet. */
    containerIds: string[];
}
export declare function findLease(deps: Pick<LeaseDeps, 'docker'>, handle: LeaseHandle): Promise<FoundLease | undefined>;
/**
 * Removes the lease: the generation we know first (its destroy event wakes the next waiter at
 * once), then any other generation. False when nothing was left (already released or swept).
 */
export declare function releaseLease(deps: Pick<LeaseDeps, 'docker'>, handle: LeaseHandle): Promise<boolean>;
/**
 * Hands the lease to another owner (post takes it over from the monitor before stopping it;
 * `up` hands it to its keeper). Unconditional: the newest generation wins whoever wrote it.
 */
export declare function transferLease(deps: LeaseDeps, handle: LeaseHandle, newOwner?: ProcessIdentity, options?: {
    ttlMs?: number;
}): Promise<LeaseRecord>;
export type RenewOutcome = 'renewed' | 'transferred' | 'lost';
/**
 * Renews our lease: 'transferred' when another process took it over (stop renewing), 'lost'
 * when it was released or swept (our owner looked dead, or its TTL ran out).
 */
export declare function renewLease(deps: LeaseDeps, handle: LeaseHandle, me?: ProcessIdentity): Promise<RenewOutcome>;
/**
 * How often an owner renews: a third of the TTL, so two renewals may fail before it expires —
 * and at least every 20 s, a third of the shortest lease-ttl anyone may set (1m): readers cap a
 * record's TTL at their own lease-ttl (liveness.ts), so a live owner must look fresh to a reader
 * with the shortest one too. A renewal is one create and one remove of a zero-layer container.
 */
export declare const MAX_RENEW_INTERVAL_MS = 20000;
export declare function renewIntervalMs(ttlMs: number): number;
/**
 * Renews until the signal aborts (→ 'stopped') or the lease is transferred or lost. For the
 * action's monitor and the CLI's keeper. Failed renewals (a busy daemon) are retried next time.
 */
export declare function keepLeaseRenewed(deps: LeaseDeps, handle: LeaseHandle, options: {
    intervalMs: number;
    signal: AbortSignal;
    me?: ProcessIdentity;
    onError?: (error: unknown) => void;
}): Promise<RenewOutcome | 'stopped'>;
