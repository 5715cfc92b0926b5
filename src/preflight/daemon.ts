import type { ComposeCli } from '../compose/compose-cli.js';
import { CommandError } from '../ports/command.js';
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
export const MIN_COMPOSE = { major: 2, minor: 20 };

/** What the daemon said about itself (ping, version, info). */
export type EngineFacts = Omit<DaemonFacts, 'composeVersion'>;

/**
 * Asks the daemon (bounded by the adapter's timeouts) for its version and facts. Throws
 * DockerUnavailableError when the daemon does not answer, with where it looked.
 */
export async function probeEngine(docker: DockerApi, now: () => number): Promise<EngineFacts> {
  const started = now();
  await docker.ping();
  const pingMs = now() - started;
  const [engine, info] = await Promise.all([docker.version(), docker.info()]);
  return { endpoint: docker.endpoint, pingMs, engine, info };
}

/** `docker compose version`, with what to do when Compose v2 is missing. */
export async function probeCompose(compose: ComposeCli, signal?: AbortSignal): Promise<string> {
  try {
    return await compose.version({ signal });
  } catch (error) {
    const detail = error instanceof CommandError ? error.message : String(error);
    throw new Error(`Docker Compose v2 is not available ('docker compose version' failed): ${detail}. Install the Compose plugin (scripts/install-docker.sh does on Debian).`, { cause: error });
  }
}

/** "2.26.1-4" → { major: 2, minor: 26 }; undefined when unreadable. */
export function parseComposeVersion(text: string): { major: number; minor: number } | undefined {
  const match = /^v?(\d+)\.(\d+)/.exec(text.trim());
  return match ? { major: Number(match[1]), minor: Number(match[2]) } : undefined;
}

export function checkDaemon(facts: DaemonFacts): CheckResult[] {
  const compose = parseComposeVersion(facts.composeVersion);
  const composeOk =
    compose !== undefined &&
    (compose.major > MIN_COMPOSE.major || (compose.major === MIN_COMPOSE.major && compose.minor >= MIN_COMPOSE.minor));
  return [
    {
      id: 'daemon',
      title: 'Docker daemon answers',
      status: 'pass',
      detail: `${facts.endpoint} answered a ping in ${facts.pingMs} ms (limit 2000 ms); engine ${facts.engine.version} (API ${facts.engine.apiVersion}, ${facts.engine.os}/${facts.engine.arch})`,
    },
    {
      id: 'compose-version',
      title: 'Docker Compose version',
      status: composeOk ? 'pass' : 'fail',
      detail: composeOk
        ? `Compose ${facts.composeVersion}`
        : `Compose ${facts.composeVersion || '(unknown)'} is older than ${MIN_COMPOSE.major}.${MIN_COMPOSE.minor}, which this action needs for 'up --wait --wait-timeout' and 'config --format json'; upgrade the Compose plugin`,
    },
  ];
}
