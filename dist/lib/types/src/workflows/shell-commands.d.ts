export interface SimpleCommand {
    /** Words of the command, prefixes (env assignments, sudo, …) still included. */
    words: string[];
    /** 0-based line of the script where the command starts. */
    line: number;
}
/** Every simple command of the script (split at &&, ||, ;, |, &, subshell parentheses). */
export declare function simpleCommands(script: string): SimpleCommand[];
/** The command itself, with env assignments and wrappers like `sudo -E env X=1` stripped. */
export declare function effectiveWords(words: string[]): string[];
