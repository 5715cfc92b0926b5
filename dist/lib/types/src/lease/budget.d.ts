export type MemoryBudget = {
    kind: 'share';
    fraction: number;
    text: string;
} | {
    kind: 'size';
    bytes: number;
    text: string;
};
/** Bytes, and how they were decided ("75% of the daemon's 23.5 GiB"). */
export interface ResolvedBudget {
    bytes: number;
    label: string;
}
/** "75%" or a Docker-style size ("6g", "6GiB"); the error names the grammar. */
export declare function parseMemoryBudget(text: string): MemoryBudget | {
    error: string;
};
/** The budget on a daemon with memTotalBytes of memory (`docker info`'s MemTotal). */
export declare function resolveMemoryBudget(budget: MemoryBudget, memTotalBytes: number): ResolvedBudget;
/** "17.7 GiB (75% of the daemon's 23.5 GiB)". */
export declare function describeBudget(resolved: ResolvedBudget): string;
