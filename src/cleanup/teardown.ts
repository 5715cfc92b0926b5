import type { ComposeCli } from '../compose/compose-cli.js';
import type { DockerApi } from '../ports/docker.js';
import type { StackTarget } from '../settings/stack-target.js';
import { findLeftovers, type Leftovers } from './leftovers.js';

export interface TeardownResult {
  /** Problems met on the way, each naming what could not be done. Never thrown. */
  problems: string[];
  /** What still carries the project's label afterwards; undefined when it could not be counted. */
  leftovers?: Leftovers;
  durationMs: number;
}

export interface TeardownOptions {
  stopTimeoutSeconds: number;
  overrideFiles?: string[];
  timeoutMs: number;
}

/**
 * `docker compose down --volumes --remove-orphans` with no grace period, falling back to the
 * project name alone when the files no longer load; then counts what is left. Never throws.
 */
export async function tearDown(
  deps: { compose: ComposeCli; docker: DockerApi; now: () => number },
  target: StackTarget,
  options: TeardownOptions,
): Promise<TeardownResult> {
  const started = deps.now();
  const problems: string[] = [];
  try {
    await deps.compose.down(target, options);
  } catch (error) {
    try {
      await deps.compose.down(target, { ...options, byNameOnly: true });
    } catch (fallbackError) {
      problems.push(`docker compose down failed: ${message(error)}; by project name: ${message(fallbackError)}`);
    }
  }
  let leftovers: Leftovers | undefined;
  try {
    leftovers = await findLeftovers(deps.docker, target.projectName);
  } catch (error) {
    problems.push(`Could not count what is left of project ${target.projectName}: ${message(error)}`);
  }
  return { problems, leftovers, durationMs: deps.now() - started };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
