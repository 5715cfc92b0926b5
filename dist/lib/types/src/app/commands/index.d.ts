import type { Command } from 'commander';
/** What a command module gets: the program to add itself to, and a way to set the exit code. */
export type RegisterCommand = (program: Command, setExitCode: (code: number) => void) => void;
export declare function registerCommands(program: Command, setExitCode: (code: number) => void): void;
