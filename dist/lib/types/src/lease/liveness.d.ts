import type { ProcessIdentity } from '../ports/host.js';
export type Liveness = 'alive' | 'dead' | 'unknown';
export interface LivenessContext {
    /** This process; undefined where /proc cannot be read (then nothing can be checked). */
    me: ProcessIdentity | undefined;
    /** /proc lookup of a pid in this namespace. */
    lookup: (pid: number) => ProcessIdentity | undefined;
    nowMs: number;
    /** The longest a record may live past its daemon stamp, whatever TTL it claims. */
    maxTtlMs: {
        lease: number;
        ticket: number;
    };
}
/** What staleness is judged from: the daemon's stamp, the claimed TTL, the owner. */
export interface JudgedRecord {
    kind: 'lease' | 'ticket';
    owner: ProcessIdentity;
    stampedAtMs: number;
    ttlMs: number;
    /** Claimed; only shown when it disagrees with the stamp. */
    renewedAtMs: number;
}
export declare function ownerLiveness(owner: ProcessIdentity, context: Pick<LivenessContext, 'me' | 'lookup'>): Liveness;
/** The TTL that applies: what the record asks for, at most what this reader allows. */
export declare function effectiveTtlMs(record: Pick<JudgedRecord, 'kind' | 'ttlMs'>, context: Pick<LivenessContext, 'maxTtlMs'>): number;
/** When the record expires without renewal, by the daemon's stamp. */
export declare function expiresAtMs(record: Pick<JudgedRecord, 'kind' | 'ttlMs' | 'stampedAtMs'>, context: Pick<LivenessContext, 'maxTtlMs'>): number;
/** A record is stale when its owner is dead, or its TTL ran out since the daemon stamped it. */
export declare function isStale(record: JudgedRecord, context: LivenessContext): boolean;
/** Why a record is stale, in words ("owner pid 4242 on runner-2 is gone"); undefined when it is not. */
export declare function staleReason(record: JudgedRecord, context: LivenessContext): string | undefined;
/** A claimed renewal the daemon never saw (more than a minute after its own stamp): a forged or skewed record. */
export declare function claimsUnseenRenewal(record: Pick<JudgedRecord, 'renewedAtMs' | 'stampedAtMs'>): boolean;
export declare function sameProcess(a: ProcessIdentity, b: ProcessIdentity): boolean;
