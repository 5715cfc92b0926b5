// When a failed pull is worth another attempt (pure). Registries fail for a moment — a reset
// connection, a timeout, a 502/503/504 from a proxy — and then answer again; a rate limit does
// not go away in seconds, and every attempt spends more of it; "not found" and "denied" never
// change. The schedule is data, so it is tested as a table and the waits run on the Clock port.
//
// Hand-written rather than p-retry: the waits must go through the Clock port (unit tests run
// on fake time, and the report records each wait), and the rate limit must end every pull of
// the phase at once, not just its own retries.

export type PullFailureKind = 'rate-limit' | 'transient' | 'permanent';

const RATE_LIMIT = /toomanyrequests|too many requests|\b429\b|pull rate limit/i;
const TRANSIENT =
  /connection reset|connection refused|broken pipe|i\/o timeout|tls handshake timeout|timed out|timeout exceeded|context deadline exceeded|unexpected eof|\beof\b|no such host|temporary failure in name resolution|network is unreachable|server misbehaving|\b50[0234]\b|internal server error|bad gateway|service unavailable|gateway time-?out/i;

/**
 * What a failed pull's error says. A command that ran into our own timeout is transient (a slow
 * registry); anything not known to pass is permanent, so a typo is not retried for a minute.
 */
export function classifyPullFailure(text: string, timedOut = false): PullFailureKind {
  if (RATE_LIMIT.test(text)) return 'rate-limit';
  if (timedOut || TRANSIENT.test(text)) return 'transient';
  return 'permanent';
}

export interface RetryPolicy {
  /** Attempts in all, the first one included. */
  attempts: number;
  /** Wait after the first failure; doubled after each one after it. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** No attempt starts later than this after the first one started. */
  windowMs: number;
}

/** 4 attempts within 3 minutes: waits of about 2 s, 4 s and 8 s. */
export const PULL_RETRY: RetryPolicy = { attempts: 4, firstDelayMs: 2000, maxDelayMs: 20_000, windowMs: 180_000 };

/**
 * The wait before the next attempt after `failed` attempts failed, `elapsedMs` after the first
 * one started; undefined when none is left (count or window). `random` in [0, 1) spreads the
 * wait over its upper half, so parallel jobs that failed together do not come back together.
 */
export function retryDelay(policy: RetryPolicy, failed: number, elapsedMs: number, random: () => number = Math.random): number | undefined {
  if (failed >= policy.attempts) return undefined;
  const full = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.max(0, failed - 1));
  const delay = Math.round(full / 2 + (full / 2) * Math.min(1, Math.max(0, random())));
  return elapsedMs + delay > policy.windowMs ? undefined : delay;
}

/** The step's error for a rate limit: what it is and how to get out of it. */
export function rateLimitHelp(image: string, registryWords: string): string {
  return [
    `Pulling ${image} hit the registry's rate limit (HTTP 429 toomanyrequests: ${registryWords}).`,
    'Retrying would only spend more of the limit, so the start stops here. Ways out:',
    '- log in before this step (docker/login-action): authenticated pulls get a higher limit, and Docker Hub counts them per account, not per runner address;',
    "- pull through a registry mirror or a pull-through cache (the daemon's registry-mirrors setting, or image references that name the mirror);",
    '- keep the images in the Actions cache with image-cache: true, so later runs load them instead of pulling.',
  ].join('\n');
}
