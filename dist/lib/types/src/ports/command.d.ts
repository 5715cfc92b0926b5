export interface CommandOptions {
    cwd?: string;
    /** Extra variables on top of the current environment. */
    env?: Record<string, string>;
    /** The command is killed (SIGTERM, then SIGKILL) and the call fails when it runs longer. */
    timeoutMs: number;
    /** Text written to the command's stdin. */
    stdin?: string;
    /** Live output, line by line, while the command runs. */
    onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
    /** Aborting kills the command like a timeout does. */
    signal?: AbortSignal;
}
export interface CommandResult {
    stdout: string;
    stderr: string;
    exitCode: number;
    durationMs: number;
}
export interface CommandRunner {
    /** Runs argv; resolves on exit code 0, rejects with CommandError on anything else. */
    run(argv: string[], options: CommandOptions): Promise<CommandResult>;
}
/** A command that failed, timed out or could not start; carries what is needed to explain it. */
export declare class CommandError extends Error {
    readonly argv: string[];
    readonly exitCode: number | null;
    readonly stderrTail: string;
    readonly reason: 'exit' | 'timeout' | 'aborted' | 'spawn';
    readonly stdout: string;
    constructor(argv: string[], exitCode: number | null, stderrTail: string, reason: 'exit' | 'timeout' | 'aborted' | 'spawn', stdout?: string);
    private static describe;
}
