import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ActionsCacheStore } from '../adapters/actions-cache.js';
import { actionsRuntime } from '../adapters/actions-runtime.js';
import { nodeBackgroundProcesses } from '../adapters/background-processes.js';
import { ProcessCommandRunner } from '../adapters/command-runner.js';
import { dockerApiFromEnvironment } from '../adapters/docker-endpoint.js';
import { nodeFileProbe } from '../adapters/file-probe.js';
import { linuxHostProbe } from '../adapters/host-probe.js';
import { readFileTail, readTextFile } from '../adapters/record-file.js';
import { systemClock } from '../adapters/system-clock.js';
import { DockerComposeCli, type ComposeCli } from '../compose/compose-cli.js';
import type { ControlDeps } from '../monitor/control.js';
import type { CacheStore } from '../ports/cache.js';
import { DockerCliImages, type ImageTools } from '../image-cache/docker-images.js';
import type { Clock } from '../ports/clock.js';
import type { CommandRunner } from '../ports/command.js';
import type { DockerApi } from '../ports/docker.js';
import type { HostProbe } from '../ports/host.js';
import type { BackgroundProcesses } from '../ports/process.js';
import type { ActionRuntime } from '../ports/runtime.js';
import type { FileProbe } from '../ports/files.js';

/** Everything the app layer talks to, as ports; the real adapters are wired here only. */
export interface Deps {
  runtime: ActionRuntime;
  docker: DockerApi;
  compose: ComposeCli;
  commands: CommandRunner;
  files: FileProbe;
  clock: Clock;
  host: HostProbe;
  processes: BackgroundProcesses;
  randomHex: () => string;
  /** The monitor bundle next to the running one (dist/monitor/index.js), or undefined if absent. */
  monitorScript: () => string | undefined;
  writeFile: ControlDeps['writeFile'];
  readTail: ControlDeps['readTail'];
  readText: (file: string) => string | undefined;
  /** The Actions cache (baselines, image cache); says when it is unavailable, never throws. */
  cache: CacheStore;
  /** docker pull/save/load for the image cache. */
  images: ImageTools;
}

export function realDeps(env: NodeJS.ProcessEnv = process.env): Deps {
  const commands = new ProcessCommandRunner();
  return {
    runtime: actionsRuntime(env),
    // DOCKER_HOST, DOCKER_CONTEXT or the CLI's current context, as `docker compose` decides.
    docker: dockerApiFromEnvironment(env),
    compose: new DockerComposeCli(commands),
    commands,
    files: nodeFileProbe,
    clock: systemClock,
    host: linuxHostProbe,
    processes: nodeBackgroundProcesses,
    randomHex: () => randomBytes(3).toString('hex'),
    monitorScript,
    writeFile: (file, text) => writeFileSync(file, text),
    readTail: readFileTail,
    readText: readTextFile,
    // Entries live under the workspace: @actions/cache versions entries by the path it is given.
    cache: new ActionsCacheStore(path.join(env.GITHUB_WORKSPACE || process.cwd(), '.docker-stability-cache'), env),
    images: new DockerCliImages(commands),
  };
}

/**
 * The monitor bundle beside the running code: dist/monitor/index.js next to dist/main (or
 * dist/post, dist/cli) — found from this module's own location, not from how node was started
 * (GitHub's local-action runner starts our code through its own script).
 */
function monitorScript(): string | undefined {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.join(here, '..', 'monitor', 'index.js'), path.join(here, '..', '..', 'dist', 'monitor', 'index.js')];
  return candidates.find((candidate) => existsSync(candidate));
}
