import type { ComposeCli } from '../compose/compose-cli.js';
import { DockerUnavailableError, type DockerApi } from '../ports/docker.js';
import type { StackTarget } from '../compose/target.js';
import { executeRemovals, type SweepResult } from './execute.js';
import { takeInventory } from './inventory.js';
import { findLeftovers, type Leftovers } from './leftovers.js';
import { planTeardown, type KeptResource } from './plan.js';
import type { PreExistingResources } from './pre-existing.js';

export interface TeardownResult {
  /** Problems met on the way, each naming what could not be done. Never thrown. */
  problems: string[];
  /** What the teardown removed (containers with their anonymous volumes, networks, volumes, built images). */
  swept?: SweepResult;
  /** What it left in place on purpose, each with why (another stack's volume, a network that existed before). */
  kept: KeptResource[];
  /** What of this run is still there afterwards (kept resources not counted); undefined when it could not be counted. */
  leftovers?: Leftovers;
  durationMs: number;
}

export interface TeardownOptions {
  /** Grace before SIGKILL; 0 kills at once (the stack is disposable). */
  stopTimeoutSeconds: number;
  timeoutMs: number;
  /** Also remove the images this run built: those carrying this built-by value (the run's owner). */
  removeBuiltBy?: string;
  /** This run's owner label values ("<namespace>/<lease id>"), when it ran under a lease. */
  owners?: string[];
  /** What existed before `up` (recorded by main, saved for post). */
  preExisting?: PreExistingResources;
  /** Why an owner label names a dead owner (planTeardown), for the CLI's `down` of a re-started stack. */
  deadOwner?: (owner: string) => string | undefined;
}

/**
 * Tears a stack down by its labels, never by the names in its files: a graceful `docker compose
 * stop` when `stop-timeout` asks for one, then the removal of what `planTeardown` decides —
 * the project's containers with their anonymous volumes, and the volumes and networks this run
 * created — then a count of what is left. Never `docker compose down --volumes`: Compose removes
 * every non-external volume the file names, including another stack's volume used under a fixed
 * `name:` ("already exists but was not created by Docker Compose"). Never throws.
 *
 * A daemon that does not answer first is not handed to Compose: the stop would wait out its whole
 * timeout and each removal its own — minutes on a frozen dockerd for nothing. The teardown then
 * says so at once; what stays is the stack of an owner that is gone, which the next job's
 * preflight sweep (or `docker-stability clean`) removes.
 */
export async function tearDown(
  deps: { compose: ComposeCli; docker: DockerApi; now: () => number },
  target: StackTarget,
  options: TeardownOptions,
): Promise<TeardownResult> {
  const started = deps.now();
  const problems: string[] = [];
  const project = target.projectName;
  try {
    await deps.docker.version();
  } catch (error) {
    if (error instanceof DockerUnavailableError) {
      problems.push(`Nothing of project ${project} was torn down: ${error.message}`);
      return { problems, kept: [], durationMs: deps.now() - started };
    }
  }
  if (options.stopTimeoutSeconds > 0) {
    try {
      await deps.compose.stop(project, { stopTimeoutSeconds: options.stopTimeoutSeconds, timeoutMs: options.timeoutMs });
    } catch (error) {
      problems.push(`docker compose stop failed (the containers are killed instead): ${message(error)}`);
    }
  }

  let swept: SweepResult | undefined;
  let kept: KeptResource[] = [];
  try {
    const owners = options.owners ?? [];
    const inventory = await takeInventory(deps.docker, { projects: [project], owners, builtBy: options.removeBuiltBy });
    const plan = planTeardown(inventory, { project, owners, preExisting: options.preExisting, deadOwner: options.deadOwner, removeBuiltBy: options.removeBuiltBy });
    kept = plan.kept;
    swept = await executeRemovals(deps.docker, plan.removals);
    for (const failure of swept.failed) problems.push(`Could not remove ${failure.resource.kind} ${failure.resource.name}: ${failure.error}`);
  } catch (error) {
    problems.push(`Could not tear down project ${project}: ${message(error)}`);
  }

  let leftovers: Leftovers | undefined;
  try {
    leftovers = await findLeftovers(deps.docker, project, { owners: options.owners, kept });
  } catch (error) {
    problems.push(`Could not count what is left of project ${project}: ${message(error)}`);
  }
  return { problems, swept, kept, leftovers, durationMs: deps.now() - started };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
