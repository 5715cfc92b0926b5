import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
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
import type { StaleProjectsProbe } from '../preflight/stale.js';
import type { Clock } from '../ports/clock.js';
import type { CommandRunner } from '../ports/command.js';
import type { DockerApi } from '../ports/docker.js';
import type { HostProbe } from '../ports/host.js';
import type { BackgroundProcesses } from '../ports/process.js';
import type { ActionRuntime } from '../ports/runtime.js';
import type { FileProbe } from '../settings/stack-target.js';

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
  /** Dead jobs' stacks on this daemon, for preflight; wired by the lease/cleanup work. */
  staleProjects?: StaleProjectsProbe;
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
    monitorScript: () => {
      // dist/main/index.js runs; the monitor is its sibling bundle dist/monitor/index.js.
      const script = path.join(path.dirname(process.argv[1] ?? ''), '..', 'monitor', 'index.js');
      return existsSync(script) ? script : undefined;
    },
    writeFile: (file, text) => writeFileSync(file, text),
    readTail: readFileTail,
    readText: readTextFile,
  };
}
