/** Admission under a lease in the daemon (filled by the lease step). */
export interface LeaseSection {
    outcome: 'admitted' | 'timed-out' | 'skipped';
    /** How long admission waited. */
    waitedMs: number;
    /** Whom we waited for: one line per holder ("dsa-812-1-api, run 812: 3 GiB, host port 5432"). */
    waitedFor: string[];
    /** The host's memory budget and how much of it leases held once we were admitted (ours included). */
    budgetBytes?: number;
    usedBytes?: number;
    ownBytes?: number;
    detail?: string;
}
