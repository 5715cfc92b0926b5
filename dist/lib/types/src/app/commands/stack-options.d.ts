import { type StackTarget } from '../../compose/target.js';
export interface StackFlags {
    file: string[];
    projectName?: string;
    profile: string[];
    envFile: string[];
    projectDirectory?: string;
    /** `--confine`: paths may not leave the current directory, as the action's stay in the workspace. */
    confine?: boolean;
}
/**
 * The stack the flags describe, relative to the current directory. Unlike the action's inputs
 * (confined to GITHUB_WORKSPACE), they may lead anywhere the user can read: `-f ../compose.yaml`
 * from a subdirectory is what a developer means. `--confine` restores the action's rule (the
 * check sub-action runs the CLI in the workspace with it). Bad flags exit with 2.
 */
export declare function stackFromFlags(flags: StackFlags, cwd: string, env: NodeJS.ProcessEnv): StackTarget;
/** Compose's own default: the working directory's name, lower-cased, invalid characters dropped. */
export declare function defaultCliProjectName(cwd: string, workingDirectory: string): string;
