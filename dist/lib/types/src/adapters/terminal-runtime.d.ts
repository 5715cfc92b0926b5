import type { ActionRuntime } from '../ports/runtime.js';
export interface TerminalRuntime extends ActionRuntime {
    readonly outputs: Record<string, string>;
    /** What exportVariable was given: `run` hands them to its command. */
    readonly exported: Record<string, string>;
}
export declare function terminalRuntime(options: {
    inputs: Record<string, string>;
    env?: NodeJS.ProcessEnv;
    summaryFile?: string;
    write?: (text: string) => void;
}): TerminalRuntime;
