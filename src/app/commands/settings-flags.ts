import { INPUTS, type InputKey } from '../../settings/keys.js';
import { INPUT_FLAGS } from './options.js';
import { parseSettings, SettingsError, type Settings } from '../../settings/settings.js';
import type { Deps } from '../deps.js';
import { EXIT, ExitError } from './exit.js';
import type { StackFlags } from './stack-options.js';
import { defaultCliProjectName } from './stack-options.js';

// The CLI's flags are the action's inputs under the same names and defaults: they map onto the
// input keys and go through the one Settings parser, so `run`, `up`, `down`, the library and
// the action accept and refuse exactly the same values (errors name the flag: `--wait-timeout`).

export interface SettingsFlags extends StackFlags {
  /** The services to start (`up [SERVICE...]`, `run -s SERVICE`); none: all. */
  service?: string[];
  lockGroup?: string[];
  config?: string;
  namespace?: string;
  [flag: string]: unknown;
}

const camel = (name: string): string => name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** The action's inputs as the flags give them; unset flags keep the command's defaults. */
export function inputsFromFlags(flags: SettingsFlags, env: NodeJS.ProcessEnv, defaults: Partial<Record<InputKey, string>> = {}): Record<string, string> {
  const inputs: Record<string, string> = {
    [INPUTS.composeFiles.name]: flags.file.join('\n'),
    [INPUTS.workingDirectory.name]: flags.projectDirectory ?? '.',
    [INPUTS.projectName.name]: flags.projectName ?? env.COMPOSE_PROJECT_NAME ?? '',
    [INPUTS.profiles.name]: flags.profile.join('\n'),
    [INPUTS.envFiles.name]: flags.envFile.join('\n'),
    [INPUTS.services.name]: (flags.service ?? []).join('\n'),
    [INPUTS.lockGroup.name]: (flags.lockGroup ?? []).join('\n'),
    [INPUTS.policyConfig.name]: typeof flags.config === 'string' ? flags.config : '',
    [INPUTS.leaseNamespace.name]: flags.namespace ?? '',
    // No Actions cache outside GitHub: nothing to compare with or cache images in.
    [INPUTS.baseline.name]: 'false',
    [INPUTS.imageCache.name]: 'false',
    // Nor an artifact service: the logs stay in the run directory (printed at the end).
    [INPUTS.uploadLogs.name]: 'never',
  };
  for (const [key, value] of Object.entries(defaults)) inputs[INPUTS[key as InputKey].name] = value;
  for (const key of INPUT_FLAGS) {
    const value = flags[camel(INPUTS[key].name)];
    if (Array.isArray(value)) {
      if (value.length > 0) inputs[INPUTS[key].name] = value.join('\n');
    } else if (value !== undefined) inputs[INPUTS[key].name] = value === true ? 'true' : String(value);
  }
  return inputs;
}

/**
 * Settings for a CLI command. Paths may be anywhere the user can read (the action's workspace
 * confinement guards a runner against a pull request, not a developer against their own files;
 * `--confine` restores it); relative paths resolve against `cwd`. Bad values exit 2, each problem
 * naming its flag.
 */
export function settingsFromFlags(deps: Pick<Deps, 'files' | 'randomHex'>, inputs: Record<string, string>, env: NodeJS.ProcessEnv, cwd: string, options: { confine?: boolean } = {}): Settings {
  const relative = inputs[INPUTS.workingDirectory.name] || '.';
  try {
    return parseSettings({
      input: (name) => inputs[name] ?? '',
      env,
      files: deps.files,
      randomHex: deps.randomHex,
      workspace: cwd,
      confine: options.confine === true,
      defaultProjectName: () => defaultCliProjectName(cwd, relative),
    });
  } catch (error) {
    if (error instanceof SettingsError) throw new ExitError(EXIT.usage, error.problems.map((problem) => problem.replace(/^([a-z][a-z-]*):/, '--$1:')).join('\n'));
    throw error;
  }
}

/** The settings of the inputs the command's runtime carries (from its flags, or the library's options). */
export function settingsOfRuntime(deps: Pick<Deps, 'files' | 'randomHex' | 'runtime'>, cwd: string, options: { confine?: boolean } = {}): Settings {
  const inputs = Object.fromEntries(Object.values(INPUTS).map(({ name }) => [name, deps.runtime.input(name)]));
  return settingsFromFlags(deps, inputs, deps.runtime.env, cwd, options);
}
