import type { Command } from 'commander';
import { type StackTarget } from '../../compose/target.js';
export interface StackFlags {
    file: string[];
    projectName?: string;
    profile: string[];
    envFile: string[];
    projectDirectory?: string;
}
export declare function addStackOptions(command: Command): Command;
/**
 * The stack the flags describe. Paths may not leave the current directory tree (the CLI's
 * workspace), exactly as the action's may not leave GITHUB_WORKSPACE. Bad flags exit with 2.
 */
export declare function stackFromFlags(flags: StackFlags, cwd?: string, env?: NodeJS.ProcessEnv): StackTarget;
/** Compose's own default: the working directory's name, lower-cased, invalid characters dropped. */
export declare function defaultCliProjectName(cwd: string, workingDirectory: string): string;
