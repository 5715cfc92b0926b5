import { type RealPath } from '../core/paths.js';
export interface HostFacts {
    /** Real path of the workspace (GITHUB_WORKSPACE, the CLI's directory). */
    workspace: string;
    /**
     * Whether files Compose reads must stay inside the workspace (`outside-workspace`): the action
     * confines them (a pull request's files on a runner); a developer's CLI does not (`--confine`).
     */
    confined: boolean;
    /** Runner directories, resolved, each with what names it (RUNNER_TEMP, the work folder). */
    runnerDirs: Array<{
        label: string;
        path: string;
    }>;
    /** Home directories: HOME's, and where homes live. */
    homes: string[];
    /** Unix sockets of container runtimes on this host (DOCKER_HOST's, the usual places), resolved. */
    sockets: string[];
    /** Follows symlinks as far as the path exists; the identity for a daemon on another host. */
    resolve(absolutePath: string): string;
}
export interface HostEnvironment {
    workspace: string;
    /** Default true: the action's rule. */
    confined?: boolean;
    env: NodeJS.ProcessEnv;
    /** The file system's realpath; undefined when the daemon is remote (its paths are not ours). */
    realPath?: RealPath;
}
export declare const RUNNER_DIRECTORY_VARIABLES: readonly ["RUNNER_WORKSPACE", "RUNNER_TEMP", "RUNNER_TOOL_CACHE"];
/** The facts for a check: from the environment the action (or CLI) runs in and the file system. */
export declare function hostFacts({ workspace, env, realPath, confined }: HostEnvironment): HostFacts;
export type HostAccess = {
    kind: 'socket';
    resolved: string;
    what: string;
} | {
    kind: 'host';
    resolved: string;
    what: string;
};
/**
 * What mounting `source` (absolute, as Compose printed it) reaches, or undefined when it is
 * harmless: inside the workspace, or outside every protected directory.
 */
export declare function judgeHostPath(source: string, readOnly: boolean, facts: HostFacts): HostAccess | undefined;
