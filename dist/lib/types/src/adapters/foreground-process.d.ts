export interface ForegroundResult {
    /** The command's exit code, 128 + n when signal n ended it, 127/126 when it could not start. */
    exitCode: number;
    signal?: NodeJS.Signals;
    /** Why it could not start. */
    error?: string;
}
export declare function runForeground(argv: string[], env?: NodeJS.ProcessEnv): Promise<ForegroundResult>;
