/**
 * An AbortSignal that fires when the runner cancels the job (SIGINT, then SIGTERM 7.5 s later)
 * or a user presses Ctrl-C (or the terminal hangs up), so long waits stop cleanly instead of
 * leaving half-started stacks.
 */
export declare function interruptSignal(): {
    signal: AbortSignal;
    dispose: () => void;
};
