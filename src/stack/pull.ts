import pLimit from 'p-limit';
import type { ComposeCli } from '../compose/compose-cli.js';
import type { StackTarget } from '../compose/target.js';
import { formatDuration } from '../core/units.js';
import type { Clock } from '../ports/clock.js';
import { CommandError } from '../ports/command.js';
import type { ImagePolicy, PlannedImage } from './images.js';
import { classifyPullFailure, PULL_RETRY, rateLimitHelp, retryDelay, type PullFailureKind, type RetryPolicy } from './pull-retry.js';

// The pull phase: every image the plan says to fetch, pulled at once (as Compose pulls) — each
// with `docker compose pull <one of its services>`, so the service's platform and the user's
// credentials apply — and each retried on its own when the registry failed for a moment. A rate
// limit, or a failure no retry mends, ends every pull still running: the start fails anyway.

export interface PullAttempt {
  ms: number;
  /** The registry's (or daemon's) last words when the attempt failed. */
  error?: string;
  kind?: PullFailureKind;
  /** Wait before the next attempt. */
  waitMs?: number;
}

export interface ImagePull {
  image: string;
  services: string[];
  outcome: 'pulled' | 'present' | 'absent' | 'failed' | 'cancelled';
  why: string;
  attempts: PullAttempt[];
  /** From the first attempt to the last one's end, waits included. */
  durationMs: number;
}

export interface PullSection {
  policy: ImagePolicy;
  images: ImagePull[];
  /** The phase's wall time. */
  durationMs: number;
  /** Why the start stops here (a rate limit, a failure no retry mended, an absent image). */
  failure?: string;
  rateLimited?: boolean;
}

export interface PullDeps {
  compose: ComposeCli;
  clock: Pick<Clock, 'now' | 'sleep'>;
  log: { info(message: string): void };
  random?: () => number;
}

export interface PullOptions {
  overrideFiles?: string[];
  signal?: AbortSignal;
  /** How many pulls run at once (compose-flags --parallel); undefined: all. */
  parallel?: number;
  retry?: RetryPolicy;
  /** One attempt's bound: a registry that stops sending is a failure, retried like one. */
  attemptTimeoutMs?: number;
}

const ATTEMPT_TIMEOUT_MS = 10 * 60_000;

export async function pullImages(deps: PullDeps, target: StackTarget, policy: ImagePolicy, plan: PlannedImage[], options: PullOptions = {}): Promise<PullSection> {
  const started = deps.clock.now();
  const stopAll = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stopAll.signal]) : stopAll.signal;
  const limit = pLimit(options.parallel ?? Math.max(1, plan.length));
  let rateLimited: { image: string; words: string } | undefined;
  const images = await Promise.all(
    plan.map((planned) => {
      if (planned.action !== 'fetch') return { image: planned.image, services: planned.services, outcome: planned.action, why: planned.why, attempts: [], durationMs: 0 } satisfies ImagePull;
      return limit(async () => {
        const pulled = await pullOne(deps, target, planned, { ...options, signal });
        if (pulled.outcome === 'failed') {
          const last = pulled.attempts.at(-1);
          if (last?.kind === 'rate-limit') rateLimited ??= { image: planned.image, words: last.error ?? '' };
          stopAll.abort();
        }
        return pulled;
      });
    }),
  );
  const section: PullSection = { policy, images, durationMs: deps.clock.now() - started };
  if (rateLimited) return { ...section, rateLimited: true, failure: rateLimitHelp(rateLimited.image, rateLimited.words) };
  const failure = pullFailure(images);
  return failure ? { ...section, failure } : section;
}

async function pullOne(deps: PullDeps, target: StackTarget, planned: PlannedImage, options: PullOptions & { signal: AbortSignal }): Promise<ImagePull> {
  const retry = options.retry ?? PULL_RETRY;
  const started = deps.clock.now();
  const attempts: PullAttempt[] = [];
  const result = (outcome: ImagePull['outcome']): ImagePull => ({ image: planned.image, services: planned.services, outcome, why: planned.why, attempts, durationMs: deps.clock.now() - started });
  for (;;) {
    if (options.signal.aborted) return result('cancelled');
    const attemptStarted = deps.clock.now();
    try {
      await deps.compose.pull(target, planned.services[0]!, { overrideFiles: options.overrideFiles, timeoutMs: options.attemptTimeoutMs ?? ATTEMPT_TIMEOUT_MS, signal: options.signal });
      attempts.push({ ms: deps.clock.now() - attemptStarted });
      deps.log.info(`Pulled ${planned.image} in ${formatDuration(deps.clock.now() - attemptStarted)}${attempts.length > 1 ? ` (attempt ${attempts.length})` : ''}.`);
      return result('pulled');
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
      if (error.reason === 'aborted') return result('cancelled');
      const words = lastWords(error);
      const kind = classifyPullFailure(words, error.reason === 'timeout');
      const attempt: PullAttempt = { ms: deps.clock.now() - attemptStarted, error: words, kind };
      attempts.push(attempt);
      const wait = kind === 'transient' ? retryDelay(retry, attempts.length, deps.clock.now() - started, deps.random) : undefined;
      if (wait === undefined) return result('failed');
      attempt.waitMs = wait;
      deps.log.info(`Pulling ${planned.image} failed (${words}); attempt ${attempts.length + 1} of ${retry.attempts} in ${formatDuration(wait)}.`);
      await deps.clock.sleep(wait, options.signal);
    }
  }
}

/** The registry's answer: the last line that says something (Compose's stderr ends with it). */
function lastWords(error: CommandError): string {
  if (error.reason === 'timeout') return 'no answer before the attempt timed out';
  const lines = error.stderrTail.split('\n').map((line) => line.trim()).filter(Boolean);
  return (lines.at(-1) ?? `exit code ${error.exitCode}`).replace(/^Error response from daemon:\s*/, '');
}

/** Why the pulls stop the start: what was absent, what failed (after how many attempts). */
function pullFailure(images: ImagePull[]): string | undefined {
  const lines = images.flatMap((pull) => {
    if (pull.outcome === 'absent') return [`${pull.image} (${pull.services.join(', ')}): ${pull.why}`];
    if (pull.outcome !== 'failed') return [];
    const last = pull.attempts.at(-1);
    const tries = pull.attempts.length > 1 ? ` after ${pull.attempts.length} attempts in ${formatDuration(pull.durationMs)}` : '';
    const what = last?.kind === 'permanent' ? 'a failure no retry mends' : 'still failing';
    return [`${pull.image} (${pull.services.join(', ')}): ${last?.error ?? 'failed'} — ${what}${tries}`];
  });
  return lines.length ? `Could not get the stack's images:\n${lines.join('\n')}` : undefined;
}
