import { type ComposeCli } from '../compose/compose-cli.js';
import type { ControlDeps } from '../monitor/control.js';
import type { CacheStore } from '../ports/cache.js';
import { type ImageTools } from '../image-cache/docker-images.js';
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
    /** The Actions cache (baselines, image cache); says when it is unavailable, never throws. */
    cache: CacheStore;
    /** docker pull/save/load for the image cache. */
    images: ImageTools;
}
export declare function realDeps(env?: NodeJS.ProcessEnv): Deps;
