import type { ComposeCli } from '../compose/compose-cli.js';
import { DockerUnavailableError, type DockerApi } from '../ports/docker.js';
import type { StackTarget } from '../compose/target.js';
import { executeRemovals, type SweepResult } from './execute.js';
import { takeInventory } from './inventory.js';
import { findLeftovers, type Leftovers } from './leftovers.js';
import { planProjectSweep } from './plan.js';

export interface TeardownResult {
  /** Problems met on the way, each naming what could not be done. Never thrown. */
  problems: string[];
  /** What the sweep after `down` removed (one-off containers, volumes, networks, built images). */
  swept?: SweepResult;
  /** What still carries the project's label afterwards; undefined when it could not be counted. */
  leftovers?: Leftovers;
  durationMs: number;
}

export interface TeardownOptions {
  /** Grace before SIGKILL; 0 kills at once (the stack is disposable). */
  stopTimeoutSeconds: number;
  overrideFiles?: string[];
  timeoutMs: number;
  /** Also remove the images this run built: those carrying this built-by value (the run's owner). */
  removeBuiltBy?: string;
}

/**
 * `docker compose down --volumes --remove-orphans` (falling back to the project name alone when
 * the files no longer load), then a sweep of whatever still carries the project's label, then a
 * count of what is left — the audit's "zero orphaned containers", measured. Never throws.
 *
 * A daemon that does not answer first is not handed to Compose: `down` would wait out its whole
 * timeout, the fallback by name another, and each sweep call its own — minutes on a frozen
 * dockerd for nothing. The teardown then says so at once; what stays is the stack of an owner
 * that is gone, which the next job's preflight sweep (or `docker-stability clean`) removes.
 */
export async function tearDown(
  deps: { compose: ComposeCli; docker: DockerApi; now: () => number },
  target: StackTarget,
  options: TeardownOptions,
): Promise<TeardownResult> {
  const started = deps.now();
  const problems: string[] = [];
  try {
    await deps.docker.version();
  } catch (error) {
    if (error instanceof DockerUnavailableError) {
      problems.push(`Nothing of project ${target.projectName} was torn down: ${error.message}`);
      return { problems, durationMs: deps.now() - started };
    }
  }
  try {
    await deps.compose.down(target, options);
  } catch (error) {
    try {
      await deps.compose.down(target, { ...options, byNameOnly: true });
    } catch (fallbackError) {
      problems.push(`docker compose down failed: ${message(error)}; by project name: ${message(fallbackError)}`);
    }
  }

  let swept: SweepResult | undefined;
  try {
    const inventory = await takeInventory(deps.docker, { projects: [target.projectName], builtBy: options.removeBuiltBy });
    swept = await executeRemovals(deps.docker, planProjectSweep(inventory, target.projectName, { builtBy: options.removeBuiltBy }));
    for (const failure of swept.failed) problems.push(`Could not remove ${failure.resource.kind} ${failure.resource.name}: ${failure.error}`);
  } catch (error) {
    problems.push(`Could not sweep what docker compose down left of project ${target.projectName}: ${message(error)}`);
  }

  let leftovers: Leftovers | undefined;
  try {
    leftovers = await findLeftovers(deps.docker, target.projectName);
  } catch (error) {
    problems.push(`Could not count what is left of project ${target.projectName}: ${message(error)}`);
  }
  return { problems, swept, leftovers, durationMs: deps.now() - started };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
