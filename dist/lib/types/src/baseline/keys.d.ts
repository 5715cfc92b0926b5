export interface RunIdentity {
    repository: string;
    workflow: string;
    job: string;
    runId: string;
    runAttempt: string;
    /** The branch this run's baseline is saved under: the PR's head branch, else the ref's name. */
    branch: string;
    /** GITHUB_BASE_REF on pull_request events. */
    baseBranch?: string;
    /** repository.default_branch of the event payload (GITHUB_EVENT_PATH), when it has one. */
    defaultBranch?: string;
}
export interface BaselineKeys {
    saveKey: string;
    /** Branch prefixes in the order they are tried (duplicates removed). */
    restoreKeys: string[];
    /** The branches behind restoreKeys, same order, for messages. */
    branches: string[];
}
export declare const BASELINE_KEY_PREFIX = "docker-stability-baseline:v1:";
/** Who and where this run is, from the runner's variables and the event payload. */
export declare function runIdentity(env: NodeJS.ProcessEnv, readText: (file: string) => string | undefined): RunIdentity;
export declare function baselineKeys(identity: RunIdentity, stackHash: string): BaselineKeys;
/**
 * One field of a key: kept as written when it is short and plain; otherwise the plain part,
 * shortened, and a hash of the whole (so `a,b` and `a_b` stay apart). Never ':' nor ','.
 */
export declare function keyPart(text: string): string;
