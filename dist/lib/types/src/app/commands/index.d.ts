import type { Command } from 'commander';
import type { Files } from '../../ports/files.js';
import type { ThisProcess } from '../../ports/process.js';
/** What every command's action gets: this process and the file system. */
export interface CliContext {
    self: ThisProcess;
    files: Files;
}
/** Registers the commands; each action resolves to the command's exit code. */
export declare function registerCommands(program: Command, context: CliContext, setExitCode: (code: number) => void): void;
