/** Where a stack is and what it is called: everything `docker compose` needs to find it. */
export interface StackTarget {
    /** Absolute directory Compose runs in (relative compose paths resolve against it). */
    workingDirectory: string;
    /** Compose files as the user gave them (relative to workingDirectory), in order. */
    files: string[];
    projectName: string;
    profiles: string[];
    envFiles: string[];
    /**
     * The services to start (Compose adds their dependencies, and enables their profiles); none
     * or absent: every service. `config` loads the same selection, so everything judged is what
     * starts; `down` ignores it and removes the whole project.
     */
    services?: string[];
    /** Global flags for every call (`compose-flags`), already judged by src/compose/flags.ts. */
    composeFlags?: string[];
}
