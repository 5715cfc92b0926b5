import { parseRegressionThresholds, parseSwitch, type RegressionThresholds } from '../baseline/inputs.js';
import { parseHealthcheckDefaults, type HealthcheckDefaults } from '../compose/healthcheck-defaults.js';
import type { LimitDefaults } from '../compose/override.js';
import { parseLeaseSettings, type LeaseSettings } from './lease.js';
import { parseDefaultCpuLimit, parseDefaultMemoryLimit, parsePolicyMode, parseSarifFile, type PolicyMode } from '../policy/inputs.js';
import { parseFailOn, type FailCondition } from '../report/fail-on.js';
import { INPUTS, type InputKey } from './keys.js';
import { defaultProjectName, resolveStackTarget } from './stack-target.js';
import { splitList } from '../core/lists.js';
import { type FileProbe } from '../ports/files.js';
import { type StackTarget } from '../compose/target.js';
import { parseDuration, parseSize } from '../core/units.js';
import { parseWaitFor, type WaitFor } from '../stack/wait-for.js';

/** Everything the action (or `docker-stability run`) was asked to do, validated once. */
export interface Settings {
  stack: StackTarget;
  /** Bound for `docker compose up --wait`. */
  waitTimeoutMs: number;
  policy: {
    mode: PolicyMode;
    /** The policy configuration file, when given (else .docker-stability.yml if present). */
    configFile?: string;
    sarifFile?: string;
    defaults: LimitDefaults;
    healthcheckDefaults?: HealthcheckDefaults;
    checkWorkflows: boolean;
  };
  /** Preflight fails below this much free disk on Docker's data root. */
  minFreeDiskBytes: number;
  /** How often the monitor samples every container. */
  sampleIntervalMs: number;
  /** Conditions that fail the job in post, after cleaning up. */
  failOn: FailCondition[];
  lease: LeaseSettings;
  cleanup: {
    mode: CleanupMode;
    /** Grace before SIGKILL when tearing down; 0 kills at once. */
    stopTimeoutSeconds: number;
    removeBuiltImages: boolean;
  };
  history: {
    baseline: boolean;
    thresholds: RegressionThresholds;
    imageCache: boolean;
  };
  readiness: {
    /** Probes after `up --wait` (src/stack/wait-for.ts), within what is left of waitTimeoutMs. */
    waitFor: WaitFor[];
    /** Published ports as environment variables for later steps (and `run`'s command). */
    exportEnv: boolean;
  };
  logs: {
    upload: UploadLogsMode;
    /** The last this many bytes of each service's log are kept. */
    maxBytesPerService: number;
  };
}

export type UploadLogsMode = 'on-failure' | 'always' | 'never';
const UPLOAD_LOGS_MODES: UploadLogsMode[] = ['on-failure', 'always', 'never'];
/** Bounds of logs-max-size per service: a useful tail at least, and not a runner's disk. */
const LOGS_MAX_SIZE_RANGE = { min: 64 * 1024, max: 1024 ** 3 };

export type CleanupMode = 'always' | 'on-success' | 'never';
const CLEANUP_MODES: CleanupMode[] = ['always', 'on-success', 'never'];

/** Bad inputs, all of them at once, each line naming its input. */
export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid inputs:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'SettingsError';
  }
}

export interface SettingsSources {
  /** Raw input by its action.yml name (the runner's INPUT_* variables, or CLI flags); '' when unset. */
  input: (name: string) => string;
  env: NodeJS.ProcessEnv;
  files: FileProbe;
  randomHex: () => string;
  /** Root that no path may leave: GITHUB_WORKSPACE for the action, the file system's root for the CLI. */
  workspace?: string;
  /** What relative paths resolve against, when not the workspace (the CLI's current directory). */
  baseDirectory?: string;
  /** The project name when none is given (the CLI uses Compose's own default). */
  defaultProjectName?: () => string;
}

/** Sampling faster than this costs the runner more than it tells; slower misses short spikes. */
const SAMPLE_INTERVAL_RANGE = { min: 500, max: 60_000 };
const STOP_TIMEOUT_MAX_SECONDS = 600;

/** Reads and validates every input; throws SettingsError listing every problem found. */
export function parseSettings(sources: SettingsSources): Settings {
  const problems: string[] = [];
  const raw = (key: InputKey): string => {
    const value = sources.input(INPUTS[key].name).trim();
    return value === '' ? INPUTS[key].default : value;
  };
  const named = (key: InputKey, result: { error: string }): void => {
    problems.push(result.error.startsWith(`${INPUTS[key].name}:`) ? result.error : `${INPUTS[key].name}: ${result.error}`);
  };
  /** A parser's value, or its error recorded (under the input's name) and a fallback. */
  const value = <T>(key: InputKey, parsed: T | { error: string }, fallback: T): T => {
    if (typeof parsed === 'object' && parsed !== null && 'error' in parsed) {
      named(key, parsed);
      return fallback;
    }
    return parsed as T;
  };
  const duration = (key: InputKey, min: number, max: number): number => {
    const parsed = value(key, parseDuration(raw(key)), min);
    if (parsed < min || parsed > max) problems.push(`${INPUTS[key].name}: '${raw(key)}' is out of range; use between ${min / 1000}s and ${max / 1000}s`);
    return parsed;
  };
  const list = <T>(key: InputKey, parsed: T | { problems: string[] }, fallback: T): T => {
    if (typeof parsed === 'object' && parsed !== null && 'problems' in parsed) {
      problems.push(...parsed.problems.map((problem) => `${INPUTS[key].name}: ${problem}`));
      return fallback;
    }
    return parsed as T;
  };
  const flag = (key: InputKey): boolean => value(key, parseSwitch(INPUTS[key].name, raw(key), INPUTS[key].default === 'true'), false);

  const waitTimeoutMs = duration('waitTimeout', 1000, 6 * 3_600_000);
  const minFreeDiskBytes = value('minFreeDisk', parseSize(raw('minFreeDisk')), 0);
  const sampleIntervalMs = duration('sampleInterval', SAMPLE_INTERVAL_RANGE.min, SAMPLE_INTERVAL_RANGE.max);
  const failOn = list('failOn', parseFailOn(raw('failOn')), []);

  const policy: Settings['policy'] = {
    mode: value('policy', parsePolicyMode(raw('policy')), 'error'),
    configFile: raw('policyConfig') || undefined,
    sarifFile: value('sarifFile', parseSarifFile(raw('sarifFile')), undefined),
    defaults: {
      memoryBytes: value('defaultMemoryLimit', parseDefaultMemoryLimit(raw('defaultMemoryLimit')), undefined),
      cpus: value('defaultCpuLimit', parseDefaultCpuLimit(raw('defaultCpuLimit')), undefined),
    },
    healthcheckDefaults: list('healthcheckDefaults', parseHealthcheckDefaults(raw('healthcheckDefaults')), undefined),
    checkWorkflows: flag('checkWorkflows'),
  };

  const lease = parseLeaseSettings({
    lockGroup: raw('lockGroup'),
    memoryBudget: raw('memoryBudget'),
    lockTimeout: raw('lockTimeout'),
    leaseTtl: raw('leaseTtl'),
    leaseNamespace: raw('leaseNamespace'),
  });
  if ('problems' in lease) problems.push(...lease.problems);

  const cleanupMode = raw('cleanup') as CleanupMode;
  if (!CLEANUP_MODES.includes(cleanupMode)) problems.push(`${INPUTS.cleanup.name}: '${raw('cleanup')}' is not a cleanup mode; use ${CLEANUP_MODES.join(', ')}`);
  const stopTimeoutMs = value('stopTimeout', parseDuration(raw('stopTimeout')), 0);
  if (stopTimeoutMs > STOP_TIMEOUT_MAX_SECONDS * 1000) problems.push(`${INPUTS.stopTimeout.name}: '${raw('stopTimeout')}' is longer than ${STOP_TIMEOUT_MAX_SECONDS}s`);

  const removeBuiltImages = flag('removeBuiltImages');
  const baseline = flag('baseline');
  const imageCache = flag('imageCache');
  // Its problems already name the input.
  const regression = parseRegressionThresholds(raw('baselineRegression'), INPUTS.baselineRegression.name);
  if ('problems' in regression) problems.push(...regression.problems);
  const thresholds = 'problems' in regression ? {} : regression;

  const waitFor = list('waitFor', parseWaitFor(raw('waitFor')), []);
  const exportEnv = flag('exportEnv');
  const uploadLogs = raw('uploadLogs') as UploadLogsMode;
  if (!UPLOAD_LOGS_MODES.includes(uploadLogs)) problems.push(`${INPUTS.uploadLogs.name}: '${raw('uploadLogs')}' is not one of ${UPLOAD_LOGS_MODES.join(', ')}`);
  const logsMaxBytes = value('logsMaxSize', parseSize(raw('logsMaxSize')), LOGS_MAX_SIZE_RANGE.min);
  if (logsMaxBytes < LOGS_MAX_SIZE_RANGE.min || logsMaxBytes > LOGS_MAX_SIZE_RANGE.max) problems.push(`${INPUTS.logsMaxSize.name}: '${raw('logsMaxSize')}' is out of range; use between 64k and 1g`);

  const resolved = resolveStackTarget(
    {
      workspace: sources.workspace ?? (sources.env.GITHUB_WORKSPACE || process.cwd()),
      ...(sources.baseDirectory ? { baseDirectory: sources.baseDirectory } : {}),
      workingDirectory: raw('workingDirectory'),
      files: splitList(raw('composeFiles')),
      projectName: raw('projectName') || (sources.defaultProjectName?.() ?? defaultProjectName(sources.env, sources.randomHex())),
      profiles: splitList(raw('profiles')),
      envFiles: splitList(raw('envFiles')),
    },
    sources.files,
    {
      files: INPUTS.composeFiles.name,
      workingDirectory: INPUTS.workingDirectory.name,
      projectName: INPUTS.projectName.name,
      envFiles: INPUTS.envFiles.name,
    },
  );
  if ('problems' in resolved) problems.push(...resolved.problems);
  if (problems.length > 0 || !('target' in resolved) || !('settings' in lease)) throw new SettingsError(problems);
  return {
    stack: resolved.target,
    waitTimeoutMs,
    policy,
    minFreeDiskBytes,
    sampleIntervalMs,
    failOn,
    lease: lease.settings,
    cleanup: { mode: cleanupMode, stopTimeoutSeconds: Math.ceil(stopTimeoutMs / 1000), removeBuiltImages },
    history: { baseline, thresholds, imageCache },
    readiness: { waitFor, exportEnv },
    logs: { upload: uploadLogs, maxBytesPerService: logsMaxBytes },
  };
}
