export interface BackgroundProcesses {
    /**
     * Starts `command args` detached from this process (own session, stdio ignored, not waited
     * for), so it outlives the step. Returns its pid, or undefined when it could not be started.
     */
    spawnDetached(command: string, args: string[], env: NodeJS.ProcessEnv): number | undefined;
    /** Sends a signal; false when no such process exists (or it is not ours to signal). */
    signal(pid: number, signal: 'SIGTERM' | 'SIGKILL'): boolean;
}
/** How a command run in the foreground ended (`run -- CMD`, `lock -- CMD`). */
export interface ForegroundResult {
    /** The command's exit code, 128 + n when signal n ended it, 127/126 when it could not start. */
    exitCode: number;
    signal?: string;
    /** Why it could not start. */
    error?: string;
}
/** What the app layer needs of the process it runs in: environment, streams, signals. */
export interface ThisProcess {
    readonly env: NodeJS.ProcessEnv;
    cwd(): string;
    readonly pid: number;
    /** The node binary, for the background monitor. */
    readonly nodePath: string;
    /** How to start this program again (node, its flags, the script): the CLI's lease keeper. */
    readonly self: {
        command: string;
        args: string[];
    };
    /** The system's temporary directory (RUNNER_TEMP is preferred where the runner sets it). */
    temporaryDirectory(): string;
    /** "user@host", for lease records. */
    userAtHost(): string;
    stdout(text: string): void;
    stderr(text: string): void;
    readonly stderrIsTty: boolean;
    /** The terminal's width when stdout is one; undefined otherwise. */
    readonly stdoutColumns: number | undefined;
    /** Fires when the runner cancels the job (SIGINT, SIGTERM) or a user presses Ctrl-C. */
    interruptSignal(): {
        signal: AbortSignal;
        dispose(): void;
    };
    /** Runs a command with this terminal (stdio inherited), passing our signals on to it. */
    runForeground(argv: string[], env: NodeJS.ProcessEnv): Promise<ForegroundResult>;
}
