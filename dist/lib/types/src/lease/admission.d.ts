import type { LeaseRecord } from './records.js';
export interface Blocker {
    record: LeaseRecord;
    /** A lease held now, or an earlier ticket in the queue. */
    as: 'holder' | 'earlier';
    ports: string[];
    groups: string[];
    /** Blocks us through the memory budget. */
    memory: boolean;
    /** Its memory is part of usedBytes (a holder, or an earlier ticket that is admissible). */
    counted: boolean;
}
export interface Verdict {
    admissible: boolean;
    blockers: Blocker[];
    /** Reserved by holders and admissible earlier tickets, in bytes, as seen by this ticket. */
    usedBytes: number;
    fits: boolean;
}
/** One verdict per ticket id. Tickets must be in queue order; leases and tickets must be live. */
export declare function planAdmission(leases: LeaseRecord[], tickets: LeaseRecord[]): Map<string, Verdict>;
/** Bytes the live leases reserve. */
export declare function reservedBytes(leases: LeaseRecord[]): number;
