import { DockerUnavailableError } from '../ports/docker.js';

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
export class UnansweredGuard {
  /** The operation that went unanswered, while the daemon is suspect. */
  private unanswered: string | undefined;

  constructor(
    private readonly endpoint: string,
    private readonly ping: () => Promise<void>,
  ) {}

  get suspect(): boolean {
    return this.unanswered !== undefined;
  }

  /** Before a call: passes when the daemon is not suspect or answers a ping now. */
  async admit(operation: string): Promise<void> {
    const unanswered = this.unanswered;
    if (unanswered === undefined) return;
    try {
      await this.ping();
    } catch (error) {
      const unavailable = error instanceof DockerUnavailableError ? error : undefined;
      const cause = unavailable ? unavailable.cause : error;
      const detail = cause instanceof Error ? cause.message : String(cause);
      throw new DockerUnavailableError(
        this.endpoint,
        operation,
        `not sent: '${unanswered}' went unanswered earlier, and a ping failed now: ${detail}`,
        unavailable?.timedOut ?? false,
      );
    }
    this.answered();
  }

  timedOut(operation: string): void {
    this.unanswered = operation;
  }

  answered(): void {
    this.unanswered = undefined;
  }
}
