export interface BackgroundProcesses {
    /**
     * Starts `command args` detached from this process (own session, stdio ignored, not waited
     * for), so it outlives the step. Returns its pid, or undefined when it could not be started.
     */
    spawnDetached(command: string, args: string[], env: NodeJS.ProcessEnv): number | undefined;
    /** Sends a signal; false when no such process exists (or it is not ours to signal). */
    signal(pid: number, signal: 'SIGTERM' | 'SIGKILL'): boolean;
}
