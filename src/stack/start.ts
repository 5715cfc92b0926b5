import type { ComposeCli } from '../compose/compose-cli.js';
import { CommandError } from '../ports/command.js';
import { DockerUnavailableError, type DockerApi } from '../ports/docker.js';
import type { Log } from '../ports/runtime.js';
import type { StackTarget } from '../compose/target.js';
import { byFailureWeight, diagnoseProject, isFailing, type ServiceDiagnosis } from './diagnose.js';

export type StartOutcome =
  | { ok: true; durationMs: number }
  | {
      ok: false;
      durationMs: number;
      reason: 'failed' | 'timeout' | 'interrupted';
      /** Compose's own last words. */
      composeTail: string[];
      /** Every failing service, with state, health log and log tail. */
      failing: ServiceDiagnosis[];
    };

export interface StartOptions {
  waitTimeoutMs: number;
  overrideFiles?: string[];
  /** `up-flags`, already judged. */
  upFlags?: string[];
  signal?: AbortSignal;
}

const COMPOSE_TAIL_LINES = 20;

/**
 * `docker compose up --detach --wait`. On failure, inspects the project to say which services
 * failed and why. Does not tear down: the caller's cleanup does, on every path.
 */
export async function startStack(
  deps: { compose: ComposeCli; docker: DockerApi; log: Log; now: () => number },
  target: StackTarget,
  options: StartOptions,
): Promise<StartOutcome> {
  const started = deps.now();
  try {
    await deps.compose.up(target, {
      waitTimeoutMs: options.waitTimeoutMs,
      overrideFiles: options.overrideFiles,
      upFlags: options.upFlags,
      signal: options.signal,
      onLine: (line) => deps.log.info(line),
    });
    return { ok: true, durationMs: deps.now() - started };
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    const durationMs = deps.now() - started;
    const reason = error.reason === 'aborted' ? 'interrupted' : error.reason === 'timeout' ? 'timeout' : 'failed';
    const composeTail = error.stderrTail.split('\n').filter((line) => line.trim() !== '').slice(-COMPOSE_TAIL_LINES);
    let failing: ServiceDiagnosis[] = [];
    try {
      failing = (await diagnoseProject(deps.docker, target.projectName)).filter(isFailing).sort(byFailureWeight);
    } catch (diagnoseError) {
      // The daemon itself stopped answering (frozen, overloaded, gone): that is why the start
      // failed, not the services, so say so rather than "did not become healthy".
      if (diagnoseError instanceof DockerUnavailableError && !options.signal?.aborted) {
        throw new DaemonLostError(composeTail.at(-1) ?? `exit code ${error.exitCode}`, diagnoseError);
      }
      deps.log.warning(`Could not inspect the failed stack: ${diagnoseError instanceof Error ? diagnoseError.message : String(diagnoseError)}`);
    }
    return { ok: false, durationMs, reason, composeTail, failing };
  }
}

/** `docker compose up` failed and the daemon did not answer afterwards. */
export class DaemonLostError extends Error {
  constructor(
    readonly composeLastLine: string,
    override readonly cause: DockerUnavailableError,
  ) {
    super(`docker compose up failed (${composeLastLine}), and then ${cause.message.replace(/^The /, 'the ')}`);
    this.name = 'DaemonLostError';
  }
}
