export interface ComposeCall {
    /** How it was invoked: `docker compose` (v2) or `docker-compose` (v1 or the v2 alias). */
    tool: 'docker compose' | 'docker-compose';
    subcommand: string;
}
/** The Compose lifecycle call a simple command makes, if it makes one. */
export declare function composeLifecycleCall(words: string[]): ComposeCall | undefined;
