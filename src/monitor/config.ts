// How main tells the detached monitor what to watch: a JSON file in the run directory whose
// path is in an environment variable (no arguments to quote, nothing secret on a command line).

export const MONITOR_CONFIG_ENV = 'DOCKER_STABILITY_MONITOR_CONFIG';

/**
 * The secret values main knows, as a JSON array, for the monitor to blank from what it writes.
 * An environment variable of the detached process, not a file: nothing secret on disk.
 */
export const MONITOR_SECRETS_ENV = 'DOCKER_STABILITY_MONITOR_SECRETS';

/** The secret values handed over in the environment (none when absent or malformed). */
export function monitorSecrets(env: NodeJS.ProcessEnv): string[] {
  try {
    const values: unknown = JSON.parse(env[MONITOR_SECRETS_ENV] ?? '[]');
    return Array.isArray(values) ? values.filter((value): value is string => typeof value === 'string') : [];
  } catch {
    return [];
  }
}

export interface MonitorConfig {
  version: 1;
  projectName: string;
  sampleIntervalMs: number;
  /** The NDJSON file the monitor writes; post reads it. */
  samplesFile: string;
  /** The run directory under RUNNER_TEMP: when the runner empties it, the job is over. */
  runDir: string;
  /** Epoch ms; events are replayed from here, so nothing between spawn and subscribe is lost. */
  startedAtMs: number;
  /** The monitor ends itself after this long, whether post came or not. */
  maxLifetimeMs: number;
  /** …and after this long without a single container of the project (once it saw one). */
  idleExitMs: number;
  /** The file is compacted (merged samples) whenever it grows past this. */
  maxFileBytes: number;
  /** The lease the monitor owns while the job runs: it renews it (see app/monitor.ts duties). */
  lease?: { namespace: string; id: string; ttlMs: number };
}

/** A GitHub-hosted job lasts at most 6 hours; a little margin for post's own work. */
export const DEFAULT_MAX_LIFETIME_MS = 6 * 3_600_000 + 15 * 60_000;
export const DEFAULT_IDLE_EXIT_MS = 15 * 60_000;
export const DEFAULT_MAX_FILE_BYTES = 8 * 1024 * 1024;

export function monitorConfig(fields: Pick<MonitorConfig, 'projectName' | 'sampleIntervalMs' | 'samplesFile' | 'runDir' | 'startedAtMs'> & Partial<MonitorConfig>): MonitorConfig {
  return {
    version: 1,
    maxLifetimeMs: DEFAULT_MAX_LIFETIME_MS,
    idleExitMs: DEFAULT_IDLE_EXIT_MS,
    maxFileBytes: DEFAULT_MAX_FILE_BYTES,
    ...fields,
  };
}

/** Parses and checks the file main wrote; throws naming the first thing wrong. */
export function parseMonitorConfig(text: string): MonitorConfig {
  const raw = JSON.parse(text) as Partial<MonitorConfig>;
  if (raw.version !== 1) throw new Error(`monitor config: version ${String(raw.version)} is not 1`);
  for (const key of ['projectName', 'samplesFile', 'runDir'] as const) {
    if (typeof raw[key] !== 'string' || raw[key] === '') throw new Error(`monitor config: ${key} is missing`);
  }
  for (const key of ['sampleIntervalMs', 'startedAtMs', 'maxLifetimeMs', 'idleExitMs', 'maxFileBytes'] as const) {
    const value = raw[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) throw new Error(`monitor config: ${key} must be a positive number`);
  }
  if (raw.lease !== undefined) {
    const lease = raw.lease as Partial<NonNullable<MonitorConfig['lease']>>;
    if (typeof lease.namespace !== 'string' || typeof lease.id !== 'string' || typeof lease.ttlMs !== 'number' || !(lease.ttlMs > 0)) {
      throw new Error('monitor config: lease needs namespace, id and a positive ttlMs');
    }
  }
  return raw as MonitorConfig;
}
