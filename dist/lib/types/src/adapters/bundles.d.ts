/**
 * The monitor bundle beside the running code: dist/monitor/index.js next to dist/main (or
 * dist/post, dist/cli) — found from this module's own location, not from how node was started
 * (GitHub's local-action runner starts our code through its own script). Undefined when absent.
 */
export declare function monitorScript(): string | undefined;
/** The CLI bundle beside the running code, for the kept-stack note of the summary. */
export declare function cliScript(): string;
