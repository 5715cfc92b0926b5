import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { ActionsArtifactStore } from '../adapters/actions-artifact.js';
import { ActionsCacheStore } from '../adapters/actions-cache.js';
import { nodeBackgroundProcesses } from '../adapters/background-processes.js';
import { cliScript, monitorScript } from '../adapters/bundles.js';
import { ProcessCommandRunner } from '../adapters/command-runner.js';
import { dockerApiFromEnvironment } from '../adapters/docker-endpoint.js';
import { linuxHostProbe } from '../adapters/host-probe.js';
import { nodeNetworkProbe } from '../adapters/network-probe.js';
import { nodeFiles } from '../adapters/node-files.js';
import { systemClock } from '../adapters/system-clock.js';
import { thisProcess } from '../adapters/this-process.js';
import { DockerComposeCli, type ComposeCli } from '../compose/compose-cli.js';
import { DockerCliImages } from '../adapters/docker-cli-images.js';
import { type ImageTools } from '../ports/images.js';
import type { ArtifactStore } from '../ports/artifacts.js';
import type { CacheStore } from '../ports/cache.js';
import type { Clock } from '../ports/clock.js';
import type { CommandRunner } from '../ports/command.js';
import type { DockerApi } from '../ports/docker.js';
import type { Files } from '../ports/files.js';
import type { HostProbe } from '../ports/host.js';
import type { NetworkProbe } from '../ports/network.js';
import type { BackgroundProcesses, ThisProcess } from '../ports/process.js';
import type { ActionRuntime } from '../ports/runtime.js';

/** Everything the app layer talks to, as ports; the real adapters are wired here only. */
export interface Deps {
  runtime: ActionRuntime;
  docker: DockerApi;
  compose: ComposeCli;
  commands: CommandRunner;
  files: Files;
  clock: Clock;
  host: HostProbe;
  processes: BackgroundProcesses;
  self: ThisProcess;
  randomHex: () => string;
  /** The monitor bundle next to the running one (dist/monitor/index.js), or undefined if absent. */
  monitorScript: () => string | undefined;
  /** The CLI bundle next to the running one, for the kept-stack note. */
  cliScript: () => string;
  /** The Actions cache (baselines, image cache); says when it is unavailable, never throws. */
  cache: CacheStore;
  /** docker pull/save/load for the image cache. */
  images: ImageTools;
  /** The stack's published ports as the runner reaches them (wait-for). */
  network: NetworkProbe;
  /** Workflow artifacts (the kept logs); says when there is no service, never throws. */
  artifacts: ArtifactStore;
}

/** The real adapters around the runtime the entry point chose (the runner's, or the CLI's terminal). */
export function realDeps(env: NodeJS.ProcessEnv, runtime: ActionRuntime): Deps {
  const commands = new ProcessCommandRunner();
  const self = thisProcess(env);
  return {
    runtime,
    // DOCKER_HOST, DOCKER_CONTEXT or the CLI's current context, as `docker compose` decides.
    docker: dockerApiFromEnvironment(env),
    compose: new DockerComposeCli(commands),
    commands,
    files: nodeFiles,
    clock: systemClock,
    host: linuxHostProbe,
    processes: nodeBackgroundProcesses,
    self,
    randomHex: () => randomBytes(3).toString('hex'),
    monitorScript,
    cliScript,
    // Entries live under the workspace: @actions/cache versions entries by the path it is given.
    cache: new ActionsCacheStore(path.join(env.GITHUB_WORKSPACE || self.cwd(), '.docker-stability-cache'), env),
    images: new DockerCliImages(commands),
    network: nodeNetworkProbe,
    artifacts: new ActionsArtifactStore(env),
  };
}
