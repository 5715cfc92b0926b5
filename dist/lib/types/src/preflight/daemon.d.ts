import type { ComposeCli } from '../compose/compose-cli.js';
import type { DockerApi, EngineInfo, EngineVersion } from '../ports/docker.js';
import type { CheckResult } from './checks.js';
/** What the daemon and Compose said about themselves. */
export interface DaemonFacts {
    endpoint: string;
    pingMs: number;
    engine: EngineVersion;
    info: EngineInfo;
    composeVersion: string;
}
/** Oldest Compose we support: `up --wait-timeout` and `config --format json` as we use them. */
export declare const MIN_COMPOSE: {
    major: number;
    minor: number;
};
/** What the daemon said about itself (ping, version, info). */
export type EngineFacts = Omit<DaemonFacts, 'composeVersion'>;
/**
 * Asks the daemon (bounded by the adapter's timeouts) for its version and facts. Throws
 * DockerUnavailableError when the daemon does not answer, with where it looked.
 */
export declare function probeEngine(docker: DockerApi, now: () => number): Promise<EngineFacts>;
/** `docker compose version`, with what to do when Compose v2 is missing. */
export declare function probeCompose(compose: ComposeCli, signal?: AbortSignal): Promise<string>;
/** "2.26.1-4" → { major: 2, minor: 26 }; undefined when unreadable. */
export declare function parseComposeVersion(text: string): {
    major: number;
    minor: number;
} | undefined;
export declare function checkDaemon(facts: DaemonFacts): CheckResult[];
