import { type CommandOptions, type CommandResult, type CommandRunner } from '../ports/command.js';
/**
 * Runs processes with a timeout and fails on any non-zero exit, empty stderr or not.
 * Each command gets its own process group: `docker compose` is a CLI plugin that `docker`
 * starts as a child, and killing only `docker` would leave the plugin running.
 */
export declare class ProcessCommandRunner implements CommandRunner {
    run(argv: string[], options: CommandOptions): Promise<CommandResult>;
}
