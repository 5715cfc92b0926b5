/** Where a stack is and what it is called: everything `docker compose` needs to find it. */
export interface StackTarget {
    /** Absolute directory Compose runs in (relative compose paths resolve against it). */
    workingDirectory: string;
    /** Compose files as the user gave them (relative to workingDirectory), in order. */
    files: string[];
    projectName: string;
    profiles: string[];
    envFiles: string[];
}
