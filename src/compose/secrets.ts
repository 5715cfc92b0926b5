import path from 'node:path';
import { MIN_SECRET_LENGTH, REDACTED, type Redactor } from '../core/untrusted.js';
import { ComposeSources, type ReadText } from './positions.js';
import type { ComposeModel } from './model.js';
import type { StackTarget } from './target.js';

// The environment sources of a stack — the runner's environment, `env-files` / the project's
// .env, services' `env_file` and `environment` — and which of their values are secret.
//
// Compose's own error messages may quote interpolated values ("invalid hostPort: s3cr3t"), before
// any model exists: redactValues blanks the values of the variables the compose files reference,
// wherever they came from.

const REFERENCE = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;

/** Names of the variables a compose file's text interpolates (`$NAME`, `${NAME}`, `${NAME:-x}`). */
export function referencedVariables(texts: string[]): Set<string> {
  const names = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(REFERENCE)) names.add(match[1]!);
  return names;
}

/** KEY=VALUE lines of an env file (quotes stripped, comments and blank lines skipped). */
export function parseEnvFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    values[match[1]!] = match[2]!.trim().replace(/^(['"])(.*)\1$/, '$2');
  }
  return values;
}

/** The message with every value of a referenced variable (from any source) replaced by ***. */
export function redactValues(message: string, names: Set<string>, sources: Array<Record<string, string | undefined>>): string {
  const values = new Set<string>();
  for (const source of sources) {
    for (const name of names) {
      const value = source[name];
      if (value !== undefined && value.length >= MIN_SECRET_LENGTH) values.add(value);
    }
  }
  let redacted = message;
  // Longest first, so a value containing another is blanked whole.
  for (const value of [...values].sort((a, b) => b.length - a.length)) redacted = redacted.split(value).join(REDACTED);
  return redacted;
}

/** The env files Compose reads for a stack: the given ones, else the project directory's .env. */
export function envFilePaths(workingDirectory: string, envFiles: string[]): string[] {
  return envFiles.length > 0 ? envFiles.map((file) => path.resolve(workingDirectory, file)) : [path.join(workingDirectory, '.env')];
}

// ---- Which values of a stack are secret -----------------------------------------------------
// Decided once the model is loaded, so the runtime can blank them before any container speaks.
// The rule (docs/security.md, "Secrets"):
// - Interpolated values — `${NAME}` / `$NAME` anywhere in the compose files, or a bare
//   `environment: [NAME]` passed through — whether from the runner's environment, `env-files` or
//   the project's .env, are secret at 4 characters or more (boolean words aside). A pull request
//   decides where they go (an image name, a command), so no exemption may depend on where they
//   appear. Values from the runner's environment are also masked by the runner itself (its
//   public variables — GITHUB_*, RUNNER_*, HOME, PATH… — aside, unless their name marks a secret).
// - Values that reach a service's environment without interpolation (`env_file` files, literal
//   `environment:` values) are secret at 4 characters or more unless they are ordinary: a number,
//   a size or duration, a boolean word, an absolute path, a locale, one of the stack's own names
//   (service, image or a part of it, container, network, volume, project, optionally with a
//   port), or a single word of letters when the variable's name does not mark a secret. Blanking
//   `postgres` or `debug` would blank the service and image names and every log line with them.
// File values are not given to the runner's masking: a pull request writes those files, and
// masking is a way to blank any word of the whole job's log.

/** Variable names that say the value is a secret. */
const SECRET_NAME = /PASS|PWD|SECRET|TOKEN|KEY|CREDENTIAL|AUTH|PRIVATE|CERT|SALT|DSN|SESSION|COOKIE|SIGNATURE/i;

/** The runner's own variables: public facts of the machine and the run, not secrets. */
const PUBLIC_RUNNER_VARIABLE =
  /^(GITHUB_\w+|RUNNER_\w+|ACTIONS_\w+|CI|HOME|PATH|USER|LOGNAME|SHELL|PWD|OLDPWD|LANG|LANGUAGE|LC_\w+|TERM|HOSTNAME|TMPDIR|TZ|SHLVL|ImageOS|ImageVersion|AGENT_TOOLSDIRECTORY|JAVA_HOME\w*|DOCKER_HOST|DOCKER_CONTEXT|COMPOSE_\w+|XDG_\w+|DEBIAN_FRONTEND|NODE_ENV)$/;

const BOOLEAN_WORD = /^(true|false|yes|no|on|off|null|none)$/i;

export interface StackSecrets {
  /** Every value to blank. */
  values: string[];
  /** Those the runner should mask too (from the workflow's environment). */
  maskInRunner: string[];
}

export interface StackSecretSources {
  model: ComposeModel;
  /** Text of every compose file (included and extended ones too). */
  composeTexts: string[];
  /** The environment Compose interpolates from (the runner's). */
  env: Record<string, string | undefined>;
  /** `env-files` (or the project's .env), parsed. */
  envFiles: Array<Record<string, string>>;
}

function isPublicRunnerVariable(name: string): boolean {
  return PUBLIC_RUNNER_VARIABLE.test(name) && (/^(OLD)?PWD$/.test(name) || !SECRET_NAME.test(name));
}

export function stackSecrets(sources: StackSecretSources): StackSecrets {
  const services = Object.values(sources.model.services ?? {});
  const environments = services.map((service) => Object.entries(service.environment ?? {}));
  const names = referencedVariables(sources.composeTexts);
  // Passed through: a service's variable whose value is the interpolation source's own.
  for (const [name, value] of environments.flat()) {
    if (value !== null && (sources.env[name] === value || sources.envFiles.some((file) => file[name] === value))) names.add(name);
  }
  const interpolated = new Set<string>();
  const maskInRunner = new Set<string>();
  const keep = (value: string | undefined): value is string => value !== undefined && value.trim().length >= MIN_SECRET_LENGTH && !BOOLEAN_WORD.test(value.trim());
  for (const name of names) {
    const fromEnv = sources.env[name];
    if (keep(fromEnv) && !isPublicRunnerVariable(name)) {
      interpolated.add(fromEnv);
      maskInRunner.add(fromEnv);
    }
    for (const file of sources.envFiles) if (keep(file[name])) interpolated.add(file[name]);
  }
  const own = stackNames(sources.model);
  const written = new Set<string>();
  for (const [name, value] of environments.flat()) {
    if (value === null || interpolated.has(value) || !keep(value) || isOrdinary(name, value.trim(), own)) continue;
    written.add(value);
  }
  return { values: [...interpolated, ...written], maskInRunner: [...maskInRunner] };
}

/** Whether a value written into a file of the stack is too ordinary to be a secret. */
export function isOrdinary(name: string, value: string, stackNames: ReadonlySet<string>): boolean {
  if (/^[+-]?\d+(\.\d+)?[a-z%]{0,3}$/i.test(value)) return true; // numbers, sizes, durations
  if (/^\/[\w./-]*$/.test(value)) return true; // absolute paths
  if (/^[a-z]{1,3}(_[a-z]{2})?\.utf-?8$/i.test(value)) return true; // locales
  const host = /^(.*?)(:\d+)?$/.exec(value)![1]!;
  if (stackNames.has(value) || stackNames.has(host)) return true;
  return /^[A-Za-z]+$/.test(value) && !SECRET_NAME.test(name);
}

/** The names a stack shows anyway: services, images and their parts, containers, networks, volumes. */
export function stackNames(model: ComposeModel): Set<string> {
  const names = new Set<string>([model.name]);
  for (const [service, definition] of Object.entries(model.services ?? {})) {
    names.add(service);
    for (const value of [definition.container_name, definition.hostname, definition.image]) {
      if (typeof value !== 'string') continue;
      names.add(value);
      for (const part of value.split(/[/:@]/)) if (part) names.add(part);
    }
  }
  for (const group of [model.networks, model.volumes]) {
    for (const [key, value] of Object.entries(group ?? {})) {
      names.add(key);
      if (value?.name) names.add(value.name);
    }
  }
  return names;
}

/** The secret values of a loaded stack, reading its compose and env files (unreadable ones skipped). */
export function readStackSecrets(target: StackTarget, model: ComposeModel, env: Record<string, string | undefined>, readText: ReadText): StackSecrets {
  const files = target.files.map((file) => path.resolve(target.workingDirectory, file));
  let composeTexts: string[];
  try {
    composeTexts = ComposeSources.load(files, readText).files.map((source) => source.text);
  } catch {
    composeTexts = files.flatMap((file) => readOrNothing(readText, file));
  }
  const envFiles = envFilePaths(target.workingDirectory, target.envFiles).flatMap((file) => readOrNothing(readText, file).map(parseEnvFile));
  return stackSecrets({ model, composeTexts, env, envFiles });
}

function readOrNothing(readText: ReadText, file: string): string[] {
  try {
    return [readText(file)];
  } catch {
    return [];
  }
}

/** Reads the stack's secret values and hands them to a redactor: the one call after loading the model. */
export function rememberStackSecrets(
  redactor: Pick<Redactor, 'add'>,
  stack: { target: StackTarget; model: ComposeModel; env: Record<string, string | undefined>; readText: ReadText },
): StackSecrets {
  const secrets = readStackSecrets(stack.target, stack.model, stack.env, stack.readText);
  redactor.add(secrets.maskInRunner, { maskInRunner: true });
  redactor.add(secrets.values);
  return secrets;
}
