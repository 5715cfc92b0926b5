import { INPUTS, type InputKey } from './keys.js';
import { defaultProjectName, resolveStackTarget, splitList, type FileProbe, type StackTarget } from './stack-target.js';
import { parseDuration } from './units.js';

/** Everything the action was asked to do, validated once. */
export interface Settings {
  stack: StackTarget;
  /** Bound for `docker compose up --wait`. */
  waitTimeoutMs: number;
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

  const waitTimeoutMs = duration('waitTimeout', 1000, 6 * 3_600_000);
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
  if (problems.length > 0 || !('target' in resolved)) throw new SettingsError(problems);
  return { stack: resolved.target, waitTimeoutMs };
}
