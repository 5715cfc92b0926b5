/**
 * Remembers that the daemon left a call unanswered for its whole timeout (a frozen or wedged
 * dockerd: the socket accepts, nothing answers). Until the daemon answers again, every later call
 * first pings it under the ping's short bound and fails at once when that goes unanswered too.
 * Without it each call of a teardown, a sweep or a diagnosis waits out its own full timeout in
 * turn, and a step on a frozen daemon takes minutes instead of one timeout and a few pings.
 *
 * A ping's own timeout does not make the daemon suspect: 2 s is the preflight's bar for a healthy
 * daemon, not proof that a busy one is gone.
 */
export declare class UnansweredGuard {
    private readonly endpoint;
    private readonly ping;
    /** The operation that went unanswered, while the daemon is suspect. */
    private unanswered;
    constructor(endpoint: string, ping: () => Promise<void>);
    get suspect(): boolean;
    /** Before a call: passes when the daemon is not suspect or answers a ping now. */
    admit(operation: string): Promise<void>;
    timedOut(operation: string): void;
    answered(): void;
}
