import type { ComposeCli } from '../compose/compose-cli.js';
import type { ComposeModel } from '../compose/model.js';
import { stackReservation } from '../compose/resources.js';
import type { DockerApi } from '../ports/docker.js';
import type { HostProbe } from '../ports/host.js';
import type { CheckResult } from './checks.js';
import { checkDaemon, probeDaemon, type DaemonFacts } from './daemon.js';
import { checkHost, gatherHostFacts } from './host.js';
import { checkStaleProjects, type StaleProjectsProbe } from './stale.js';

export interface PreflightDeps {
  docker: DockerApi;
  compose: ComposeCli;
  host: HostProbe;
  now: () => number;
}

export interface PreflightOptions {
  /** Loads the stack's model (`docker compose config`), once, after the daemon answered. */
  loadModel: () => Promise<ComposeModel>;
  minFreeDiskBytes: number;
  staleProjects?: StaleProjectsProbe;
}

/**
 * Gathers the facts and evaluates every check. Throws only when the daemon does not answer
 * (DockerUnavailableError), Compose is missing, or the compose files do not load: nothing
 * else can be checked then.
 */
export async function runPreflight(
  deps: PreflightDeps,
  options: PreflightOptions,
): Promise<{ checks: CheckResult[]; daemon: DaemonFacts; model: ComposeModel }> {
  const daemon = await probeDaemon(deps.docker, deps.compose, deps.now);
  const model = await options.loadModel();
  const reservation = stackReservation(model);
  const facts = await gatherHostFacts(deps.host, daemon);
  const checks = [
    ...checkDaemon(daemon),
    ...checkHost(facts, {
      reservationBytes: reservation.totalBytes,
      reservationIsFloor: reservation.unlimited.length > 0 || reservation.unsizedTmpfs.length > 0,
      minFreeDiskBytes: options.minFreeDiskBytes,
    }),
    await checkStaleProjects(options.staleProjects),
  ];
  return { checks, daemon, model };
}
