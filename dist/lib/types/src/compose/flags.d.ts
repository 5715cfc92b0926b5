interface FlagRule {
    /** Long name first; a short alias after it. */
    names: string[];
    /** The flag takes a value (`--timeout 5`, `--timeout=5`, `-t5`). */
    value?: boolean;
    /** Checks the value; returns why it is wrong. */
    check?: (value: string) => string | undefined;
    /** Why the flag cannot be passed, and what to do instead. */
    refuse?: string;
}
/** `docker compose up` flags (Compose 2.26 and later). */
export declare const UP_FLAG_RULES: FlagRule[];
/** Global `docker compose` flags (before the subcommand). */
export declare const GLOBAL_FLAG_RULES: FlagRule[];
/** Splits and judges a flags input; the flags as they will be passed, or every problem found. */
export declare function parseFlags(text: string, rules: FlagRule[]): {
    flags: string[];
} | {
    problems: string[];
};
/** `--parallel=N` among the global flags: how many pulls or builds may run at once (undefined: all). */
export declare function parallelLimit(composeFlags?: readonly string[]): number | undefined;
export {};
