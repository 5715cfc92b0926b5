import type { Command } from 'commander';
import { DEFAULT_NAMESPACE } from '../../lease/records.js';
import { INPUTS, type InputKey } from '../../settings/keys.js';

// The options commands share, spelled as `docker compose` spells them (stack) or as the action
// names its inputs (everything else). Light on purpose: the command registry loads this for
// --help and --version, and every command's implementation only when it runs.

export const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** -f, -p, --profile, --env-file, --project-directory, --confine. */
export function addStackOptions(command: Command): Command {
  return command
    .option('-f, --file <file>', 'compose file (repeatable; default: the one Compose would pick)', collect, [])
    .option('-p, --project-name <name>', 'Compose project name (default: COMPOSE_PROJECT_NAME, else the directory name)')
    .option('--profile <profile>', 'enable a Compose profile (repeatable)', collect, [])
    .option('--env-file <file>', 'env file for interpolation (repeatable)', collect, [])
    .option('--project-directory <dir>', 'directory Compose runs in (default: the current directory)')
    .option('--confine', 'refuse compose and env files outside the current directory, as the action does in its workspace');
}

/** --timeout, --memory-budget, --lease-ttl, --namespace: the lease commands' options. */
export function addLeaseOptions(command: Command, options: { timeout?: boolean } = {}): Command {
  if (options.timeout !== false) {
    command.option('--timeout <duration>', `how long to wait for the lease (${INPUTS.lockTimeout.name}; 0 = do not wait)`, INPUTS.lockTimeout.default);
  }
  return command
    .option('--memory-budget <size|percent>', 'memory all leases together may reserve: 75% of the daemon, or a size like 6g', INPUTS.memoryBudget.default)
    .option('--lease-ttl <duration>', 'how long a lease lives without renewal where its owner cannot be checked', INPUTS.leaseTtl.default)
    .option('--namespace <name>', 'lease namespace: separate fleets (and tests) never meet', DEFAULT_NAMESPACE);
}

/** Flags named after the action's inputs, with the same defaults. */
export const INPUT_FLAGS = [
  'waitTimeout',
  'policy',
  'defaultMemoryLimit',
  'defaultCpuLimit',
  'healthcheckDefaults',
  'policyBaseline',
  'minFreeDisk',
  'sampleInterval',
  'failOn',
  'memoryBudget',
  'lockTimeout',
  'leaseTtl',
  'cleanup',
  'stopTimeout',
  'removeBuiltImages',
  'policyAllow',
  'upFlags',
  'composeFlags',
  'build',
  'pull',
  'waitFor',
  'exportEnv',
  'uploadLogs',
  'logsMaxSize',
] as const satisfies readonly InputKey[];

/** Flags without a value (on when given). */
export const SWITCH_FLAGS: ReadonlySet<InputKey> = new Set(['removeBuiltImages', 'exportEnv']);
/** Flags given once per value (`--wait-for db:5432 --wait-for api:http:/healthz`). */
export const REPEATED_FLAGS: ReadonlySet<InputKey> = new Set(['waitFor', 'policyAllow']);
export const FLAG_HELP: Partial<Record<InputKey, string>> = {
  removeBuiltImages: 'also remove the images the stack built',
  policyAllow: "allow these rules, as the action's policy-allow input: the only way to allow a security rule (repeatable)",
  exportEnv: "set the published ports as variables in the command's environment (DB_HOST, DB_PORT_5432)",
  waitFor: 'after up, wait until service:port accepts, service:[port:]http:/path answers 2xx or service:log:/pattern/ is logged (repeatable)',
  uploadLogs: 'upload every service log as a workflow artifact: on-failure, always or never (default: never; outside GitHub Actions there is no artifact service)',
};

/** Adds the input flags (`--wait-timeout` …) to a command, with the action's defaults in the help. */
export function addInputFlags(command: Command, defaults: Partial<Record<InputKey, string>> = {}): Command {
  for (const key of INPUT_FLAGS) {
    const input = INPUTS[key];
    if (SWITCH_FLAGS.has(key)) command.option(`--${input.name}`, FLAG_HELP[key]!);
    else if (REPEATED_FLAGS.has(key)) command.option(`--${input.name} <value>`, FLAG_HELP[key]!, (value: string, previous: string[] = []) => [...previous, value]);
    else command.option(`--${input.name} <value>`, FLAG_HELP[key] ?? `as the action's ${input.name} input (default: ${defaults[key] ?? input.default})`);
  }
  return command;
}

