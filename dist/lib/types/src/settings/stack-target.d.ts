import type { StackTarget } from '../compose/target.js';
import type { FileProbe } from '../ports/files.js';
/** Names Compose looks for when no `-f` is given, in its order of preference. */
export declare const DEFAULT_COMPOSE_FILES: string[];
/** The stack as the inputs name it (paths as given), before they are checked against the workspace. */
export interface StackTargetInput extends StackTarget {
    /** Root relative paths start from and, when `confine` is on, that nothing may escape (GITHUB_WORKSPACE). */
    workspace: string;
    /**
     * Whether paths must stay inside the workspace (default true). The action confines them: a
     * pull request's symlink must not lead the runner's checks out of the checkout. A developer's
     * CLI does not: `check -f ../compose.yaml` from a subdirectory reads what the user can read.
     */
    confine?: boolean;
}
/** Validates paths and names; returns the target or the list of problems, each naming its field. */
export declare function resolveStackTarget(input: StackTargetInput, probe: FileProbe, fieldNames: {
    files: string;
    workingDirectory: string;
    projectName: string;
    envFiles: string;
    profiles?: string;
}): {
    target: StackTarget;
} | {
    problems: string[];
};
/** Lower-case slug usable inside a project name ("Build & Test" → "build-test"). */
export declare function projectSlug(text: string, maxLength?: number): string;
/**
 * A project name unique per job and attempt: run id, attempt and job id from the runner, plus a
 * random suffix because matrix legs of one job share all three and may share a daemon.
 */
export declare function defaultProjectName(env: NodeJS.ProcessEnv, randomHex: string): string;
