export type FailCondition = {
    kind: 'oom';
} | {
    kind: 'restart';
} | {
    kind: 'unhealthy';
}
/** Peak memory of a container above this share (0–1] of its memory limit. */
 | {
    kind: 'memory-over';
    fraction: number;
};
/**
 * "oom, restart" / one per line / "memory-over:90%" / "none". Returns the conditions or the
 * problems, each quoting the bad entry and listing what is accepted.
 */
export declare function parseFailOn(text: string): FailCondition[] | {
    problems: string[];
};
export declare function describeCondition(condition: FailCondition): string;
/** What happened to one service while it ran, as far as fail-on cares. */
export interface ServiceOutcome {
    service: string;
    oomKills: number;
    restarts: number;
    /** Times the service's health check turned unhealthy. */
    unhealthy: number;
    peakMemoryBytes?: number;
    memoryLimitBytes?: number;
}
/** One line per condition met, naming the services: "oom: db killed 1 time". Empty when none. */
export declare function evaluateFailOn(conditions: FailCondition[], services: ServiceOutcome[]): string[];
