export type WaitFor = {
    service: string;
    kind: 'tcp';
    port: number;
    text: string;
} | {
    service: string;
    kind: 'http';
    port?: number;
    path: string;
    text: string;
} | {
    service: string;
    kind: 'log';
    pattern: string;
    text: string;
};
/** Only the start of a long line is matched: bounds the work per line whatever the pattern. */
export declare const LOG_MATCH_CHARS = 4096;
/** Splits the input into probe texts: lines, then commas, except within a log probe's pattern. */
export declare function splitWaitFor(raw: string): string[];
/** Parses the `wait-for` input; the problems name each bad probe and say what would do. */
export declare function parseWaitFor(raw: string): WaitFor[] | {
    problems: string[];
};
/**
 * Probes naming a service the stack does not have (as Compose resolved it: a service in a profile
 * that is not enabled is not there), told before anything starts rather than after the wait.
 */
export declare function unknownServices(probes: WaitFor[], services: Iterable<string>): string | undefined;
/** How a probe reads in the log and the summary: "TCP 5432", "HTTP GET :8080/healthz", "log /ready/". */
export declare function describeProbe(probe: WaitFor): string;
