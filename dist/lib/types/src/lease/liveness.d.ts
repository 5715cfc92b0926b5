import type { ProcessIdentity } from '../ports/host.js';
export type Liveness = 'alive' | 'dead' | 'unknown';
export interface LivenessContext {
    /** This process; undefined where /proc cannot be read (then nothing can be checked). */
    me: ProcessIdentity | undefined;
    /** /proc lookup of a pid in this namespace. */
    lookup: (pid: number) => ProcessIdentity | undefined;
    nowMs: number;
}
export declare function ownerLiveness(owner: ProcessIdentity, context: Pick<LivenessContext, 'me' | 'lookup'>): Liveness;
/** A record is stale when its owner is dead, or cannot be checked and its TTL ran out. */
export declare function isStale(record: {
    owner: ProcessIdentity;
    renewedAtMs: number;
    ttlMs: number;
}, context: LivenessContext): boolean;
/** Why a record is stale, in words ("owner pid 4242 on runner-2 is gone"); undefined when it is not. */
export declare function staleReason(record: {
    owner: ProcessIdentity;
    renewedAtMs: number;
    ttlMs: number;
}, context: LivenessContext): string | undefined;
export declare function sameProcess(a: ProcessIdentity, b: ProcessIdentity): boolean;
