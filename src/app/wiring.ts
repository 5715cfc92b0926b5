import { randomBytes } from 'node:crypto';
import { actionsRuntime } from '../adapters/actions-runtime.js';
import { ProcessCommandRunner } from '../adapters/command-runner.js';
import { DockerodeApi } from '../adapters/docker-api.js';
import { nodeFileProbe } from '../adapters/file-probe.js';
import { systemClock } from '../adapters/system-clock.js';
import { DockerComposeCli, type ComposeCli } from '../compose/compose-cli.js';
import type { Clock } from '../ports/clock.js';
import type { CommandRunner } from '../ports/command.js';
import type { DockerApi } from '../ports/docker.js';
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
  randomHex: () => string;
}

export function realDeps(env: NodeJS.ProcessEnv = process.env): Deps {
  const commands = new ProcessCommandRunner();
  return {
    runtime: actionsRuntime(env),
    docker: new DockerodeApi(),
    compose: new DockerComposeCli(commands),
    commands,
    files: nodeFileProbe,
    clock: systemClock,
    randomHex: () => randomBytes(3).toString('hex'),
  };
}
