/** Exit codes of every command: 0 ok, 1 a finding or failure, 2 bad usage or input. */
export declare const EXIT: {
    readonly ok: 0;
    readonly failed: 1;
    readonly usage: 2;
};
/** A failure the command already explained; carries its exit code. */
export declare class ExitError extends Error {
    readonly exitCode: number;
    constructor(exitCode: number, message: string);
}
