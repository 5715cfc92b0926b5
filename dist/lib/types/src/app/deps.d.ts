import { type ComposeCli } from '../compose/compose-cli.js';
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
export declare function realDeps(env: NodeJS.ProcessEnv, runtime: ActionRuntime): Deps;
