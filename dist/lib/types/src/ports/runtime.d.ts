import type { Redactor } from '../core/untrusted.js';
/** Where a message points in a file, for GitHub annotations. Lines and columns are 1-based. */
export interface Annotation {
    title?: string;
    file?: string;
    startLine?: number;
    startColumn?: number;
}
export interface Log {
    debug(message: string): void;
    info(message: string): void;
    notice(message: string, annotation?: Annotation): void;
    warning(message: string, annotation?: Annotation): void;
    error(message: string, annotation?: Annotation): void;
    /** Runs fn inside a collapsible group of the log (the name is shown on one line). */
    group<T>(name: string, fn: () => Promise<T>): Promise<T>;
    /**
     * Text a container, the daemon or a file said (log tails, health-check output), shown line by
     * line as it is — in the action inside a `::stop-commands::` block the runner obeys nothing in.
     */
    output(text: string | readonly string[]): void;
}
/** The GitHub runner as seen from a step: inputs, outputs, state between main and post, summary. */
export interface ActionRuntime extends Log {
    /** Raw input by its action.yml name; '' when unset. */
    input(name: string): string;
    setOutput(name: string, value: string | number | boolean): void;
    /**
     * Sets an environment variable for the steps after this one (the runner's GITHUB_ENV) and for
     * this process; the CLI keeps them for the command it runs.
     */
    exportVariable(name: string, value: string): void;
    saveState(name: string, value: string): void;
    state(name: string): string;
    /** Marks the step failed (exit code 1) without ending the process. */
    setFailed(message: string): void;
    /** Appends markdown to the job summary (GITHUB_STEP_SUMMARY); secret values are blanked. */
    appendSummary(markdown: string): Promise<void>;
    readonly env: NodeJS.ProcessEnv;
    /**
     * The secret values this run knows (src/compose/secrets.ts decides which): blanked from every
     * message, the summary, and the files written through it. Add them as soon as the compose
     * model is loaded, before any container output is printed.
     */
    readonly redactor: Redactor;
}
