import { parseFailOn, type FailCondition } from '../report/fail-on.js';
import { INPUTS, type InputKey } from './keys.js';
import { defaultProjectName, resolveStackTarget, splitList, type FileProbe, type StackTarget } from './stack-target.js';
import { parseDuration, parseSize } from './units.js';

/** Everything the action was asked to do, validated once. */
export interface Settings {
  stack: StackTarget;
  /** Bound for `docker compose up --wait`. */
  waitTimeoutMs: number;
  /** Preflight fails below this much free disk on Docker's data root. */
  minFreeDiskBytes: number;
  /** How often the monitor samples every container. */
  sampleIntervalMs: number;
  /** Conditions that fail the job in post, after cleaning up. */
  failOn: FailCondition[];
}

/** Bad inputs, all of them at once, each line naming its input. */
export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid inputs:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'SettingsError';
  }
}

export interface SettingsSources {
  /** Raw input by its action.yml name (the runner's INPUT_* variables); '' when unset. */
  input: (name: string) => string;
  env: NodeJS.ProcessEnv;
  files: FileProbe;
  randomHex: () => string;
}

/** Sampling faster than this costs the runner more than it tells; slower misses short spikes. */
const SAMPLE_INTERVAL_RANGE = { min: 500, max: 60_000 };

/** Reads and validates every input; throws SettingsError listing every problem found. */
export function parseSettings(sources: SettingsSources): Settings {
  const problems: string[] = [];
  const raw = (key: InputKey): string => {
    const value = sources.input(INPUTS[key].name).trim();
    return value === '' ? INPUTS[key].default : value;
  };
  const duration = (key: InputKey, min: number, max: number): number => {
    const parsed = parseDuration(raw(key));
    if (typeof parsed !== 'number') {
      problems.push(`${INPUTS[key].name}: ${parsed.error}`);
      return min;
    }
    if (parsed < min || parsed > max) {
      problems.push(`${INPUTS[key].name}: '${raw(key)}' is out of range; use between ${min / 1000}s and ${max / 1000}s`);
    }
    return parsed;
  };
  const size = (key: InputKey): number => {
    const parsed = parseSize(raw(key));
    if (typeof parsed !== 'number') {
      problems.push(`${INPUTS[key].name}: ${parsed.error}`);
      return 0;
    }
    return parsed;
  };

  const waitTimeoutMs = duration('waitTimeout', 1000, 6 * 3_600_000);
  const minFreeDiskBytes = size('minFreeDisk');
  const sampleIntervalMs = duration('sampleInterval', SAMPLE_INTERVAL_RANGE.min, SAMPLE_INTERVAL_RANGE.max);
  const failOn = parseFailOn(raw('failOn'));
  if ('problems' in failOn) problems.push(...failOn.problems.map((problem) => `${INPUTS.failOn.name}: ${problem}`));

  const resolved = resolveStackTarget(
    {
      workspace: sources.env.GITHUB_WORKSPACE || process.cwd(),
      workingDirectory: raw('workingDirectory'),
      files: splitList(raw('composeFiles')),
      projectName: raw('projectName') || defaultProjectName(sources.env, sources.randomHex()),
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
  if (problems.length > 0 || !('target' in resolved) || 'problems' in failOn) throw new SettingsError(problems);
  return { stack: resolved.target, waitTimeoutMs, minFreeDiskBytes, sampleIntervalMs, failOn };
}
