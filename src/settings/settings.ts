import path from 'node:path';
import { parseRegressionThresholds, parseSwitch, type RegressionThresholds } from '../baseline/inputs.js';
import { parseHealthcheckDefaults, type HealthcheckDefaults } from '../compose/healthcheck-defaults.js';
import type { LimitDefaults } from '../compose/override.js';
import { parseComposeInputs, type ComposeSettings } from './compose.js';
import { parseLeaseSettings, type LeaseSettings } from './lease.js';
import { parseDefaultCpuLimit, parseDefaultMemoryLimit, parsePolicyMode, parseSarifFile, type PolicyMode } from '../policy/inputs.js';
import { parseFailOn, type FailCondition } from '../report/fail-on.js';
import { INPUTS, type InputKey } from './keys.js';
import { defaultProjectName, resolveStackTarget } from './stack-target.js';
import { splitList } from '../core/lists.js';
import { shortText } from '../core/paths.js';
import { isRuleId, RULE_IDS, type RuleId } from '../policy/catalog.js';
import { inputBoundProblem, pathProblem, readablePathProblem, writablePathProblem } from './bounds.js';
import { type FileProbe } from '../ports/files.js';
import { type StackTarget } from '../compose/target.js';
import { parseDuration, parseSize } from '../core/units.js';
import { parseWaitFor, type WaitFor } from '../stack/wait-for.js';

/** Everything the action (or `docker-stability run`) was asked to do, validated once. */
export interface Settings {
  stack: StackTarget;
  /** Paths must stay inside the workspace: the action's rule (a pull request's files on a runner); the CLI's with --confine. */
  confined: boolean;
  /** Bound for `docker compose up --wait`. */
  waitTimeoutMs: number;
  /** `up-flags`, and when images are pulled and built (services and compose-flags are in `stack`). */
  compose: ComposeSettings;
  policy: {
    mode: PolicyMode;
    /** The policy configuration file, when given (else .docker-stability.yml if present). */
    configFile?: string;
    sarifFile?: string;
    defaults: LimitDefaults;
    healthcheckDefaults?: HealthcheckDefaults;
    checkWorkflows: boolean;
    /** Accepted-findings file (`policy-baseline`), absolute; its findings become notes. */
    baselineFile?: string;
    /** Rules the workflow allows (policy-allow): their findings are suppressed, shown as allowed. */
    allow: RuleId[];
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
  /** Root of relative paths: GITHUB_WORKSPACE for the action, the current directory for the CLI. */
  workspace?: string;
  /** Whether paths must stay inside the workspace: true for the action (the default), false for the CLI. */
  confine?: boolean;
  /** The project name when none is given (the CLI uses Compose's own default). */
  defaultProjectName?: () => string;
}

/** Sampling faster than this costs the runner more than it tells; slower misses short spikes. */
const SAMPLE_INTERVAL_RANGE = { min: 500, max: 60_000 };
const STOP_TIMEOUT_MAX_SECONDS = 600;

/** Reads and validates every input; throws SettingsError listing every problem found. */
export function parseSettings(sources: SettingsSources): Settings {
  // Bounds first: nothing else may see (or echo) a value past them.
  const bounds = Object.values(INPUTS).flatMap((input) => inputBoundProblem(input.name, sources.input(input.name)) ?? []);
  if (bounds.length > 0) throw new SettingsError(bounds);
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

  // Relative to the current directory when nothing names the workspace (path.resolve decides).
  const workspace = sources.workspace ?? (sources.env.GITHUB_WORKSPACE || '.');
  const configFile = raw('policyConfig') || undefined;
  if (configFile) {
    const problem = pathProblem(INPUTS.policyConfig.name, configFile) ?? (sources.confine === false ? undefined : readablePathProblem(INPUTS.policyConfig.name, configFile, workspace, sources.files));
    if (problem) problems.push(problem);
  }
  const sarifFile = value('sarifFile', parseSarifFile(raw('sarifFile')), undefined);
  if (sarifFile) {
    const roots = [workspace, ...(sources.env.RUNNER_TEMP ? [sources.env.RUNNER_TEMP] : [])];
    const problem = pathProblem(INPUTS.sarifFile.name, sarifFile) ?? writablePathProblem(INPUTS.sarifFile.name, sarifFile, roots, sources.files);
    if (problem) problems.push(problem);
  }
  const allow = splitList(raw('policyAllow'));
  for (const rule of allow.filter((entry) => !isRuleId(entry))) {
    problems.push(`${INPUTS.policyAllow.name}: ${shortText(rule, 40)} is not a rule id (known: ${RULE_IDS.join(', ')})`);
  }

  const policy: Settings['policy'] = {
    mode: value('policy', parsePolicyMode(raw('policy')), 'error'),
    configFile,
    sarifFile,
    defaults: {
      memoryBytes: value('defaultMemoryLimit', parseDefaultMemoryLimit(raw('defaultMemoryLimit')), undefined),
      cpus: value('defaultCpuLimit', parseDefaultCpuLimit(raw('defaultCpuLimit')), undefined),
    },
    healthcheckDefaults: list('healthcheckDefaults', parseHealthcheckDefaults(raw('healthcheckDefaults')), undefined),
    checkWorkflows: flag('checkWorkflows'),
    baselineFile: undefined,
    allow: [...new Set(allow.filter(isRuleId))],
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

  policy.baselineFile = acceptedFindingsFile(raw('policyBaseline'), workspace, sources, problems);
  const composeInputs = parseComposeInputs({ services: raw('services'), upFlags: raw('upFlags'), composeFlags: raw('composeFlags'), build: raw('build'), pull: raw('pull') });
  if ('problems' in composeInputs) problems.push(...composeInputs.problems);
  const waitFor = list('waitFor', parseWaitFor(raw('waitFor')), []);
  const exportEnv = flag('exportEnv');
  const uploadLogs = raw('uploadLogs') as UploadLogsMode;
  if (!UPLOAD_LOGS_MODES.includes(uploadLogs)) problems.push(`${INPUTS.uploadLogs.name}: '${raw('uploadLogs')}' is not one of ${UPLOAD_LOGS_MODES.join(', ')}`);
  const logsMaxBytes = value('logsMaxSize', parseSize(raw('logsMaxSize')), LOGS_MAX_SIZE_RANGE.min);
  if (logsMaxBytes < LOGS_MAX_SIZE_RANGE.min || logsMaxBytes > LOGS_MAX_SIZE_RANGE.max) problems.push(`${INPUTS.logsMaxSize.name}: '${raw('logsMaxSize')}' is out of range; use between 64k and 1g`);

  const resolved = resolveStackTarget(
    {
      workspace,
      confine: sources.confine,
      workingDirectory: raw('workingDirectory'),
      files: splitList(raw('composeFiles')),
      projectName: raw('projectName') || (sources.defaultProjectName?.() ?? defaultProjectName(sources.env, sources.randomHex())),
      profiles: splitList(raw('profiles')),
      envFiles: splitList(raw('envFiles')),
      ...('services' in composeInputs ? { services: composeInputs.services, composeFlags: composeInputs.composeFlags } : {}),
    },
    sources.files,
    {
      files: INPUTS.composeFiles.name,
      workingDirectory: INPUTS.workingDirectory.name,
      projectName: INPUTS.projectName.name,
      envFiles: INPUTS.envFiles.name,
      profiles: INPUTS.profiles.name,
    },
  );
  if ('problems' in resolved) problems.push(...resolved.problems);
  if (problems.length > 0 || !('target' in resolved) || !('settings' in lease) || !('compose' in composeInputs)) throw new SettingsError(problems);
  return {
    stack: resolved.target,
    confined: sources.confine !== false,
    waitTimeoutMs,
    compose: composeInputs.compose,
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

/** `policy-baseline`: empty for none, else a file that exists (inside the workspace for the action). */
function acceptedFindingsFile(raw: string, workspace: string, sources: SettingsSources, problems: string[]): string | undefined {
  if (raw === '') return undefined;
  const name = INPUTS.policyBaseline.name;
  const root = sources.files.realPath(path.resolve(workspace));
  const absolute = path.resolve(root, raw);
  const relative = path.relative(root, sources.files.realPath(absolute));
  if (sources.confine !== false && (relative.startsWith('..') || path.isAbsolute(relative))) {
    problems.push(`${name}: '${raw}' is outside the workspace ${root}`);
  } else if (!sources.files.isFile(absolute)) {
    problems.push(`${name}: '${raw}' does not exist (looked at ${absolute}); write it with docker-stability check --write-baseline ${raw}`);
  } else {
    return absolute;
  }
  return undefined;
}
