import type { StackTarget } from './target.js';

// `docker compose` argument arrays, built by pure functions and tested as tables.
// Global flags (-f, -p, --profile, --env-file) go before the subcommand, as Compose requires.

/**
 * A flag and its value as two arguments, or — when the value starts with `-` and could be read
 * as a flag of its own (a profile `-1`, a file `--help`) — as one `--long=value` argument, which
 * Compose's flag parser (pflag) can only read as the value. Settings refuse such values already;
 * this keeps the builders safe for every caller.
 */
function flag(short: string, long: string, value: string): string[] {
  return value.startsWith('-') ? [`${long}=${value}`] : [short, value];
}

/** `docker compose -f … -p … --profile … --env-file …`, plus generated override files. */
export function composeBase(target: StackTarget, overrideFiles: string[] = []): string[] {
  return [
    'docker',
    'compose',
    ...[...target.files, ...overrideFiles].flatMap((file) => flag('-f', '--file', file)),
    ...flag('-p', '--project-name', target.projectName),
    ...target.profiles.flatMap((profile) => flag('--profile', '--profile', profile)),
    ...target.envFiles.flatMap((file) => flag('--env-file', '--env-file', file)),
  ];
}

export function configArgs(target: StackTarget, overrideFiles: string[] = []): string[] {
  return [...composeBase(target, overrideFiles), 'config', '--format', 'json'];
}

export function upArgs(target: StackTarget, options: { waitTimeoutMs: number; overrideFiles?: string[] }): string[] {
  return [
    ...composeBase(target, options.overrideFiles),
    'up',
    '--detach',
    '--wait',
    '--wait-timeout',
    String(Math.max(1, Math.ceil(options.waitTimeoutMs / 1000))),
    '--remove-orphans',
    '--pull',
    'missing',
  ];
}

/**
 * Tear-down of a disposable stack: no grace period by default (a PID 1 that ignores SIGTERM
 * would cost 10 s per container), volumes and orphans included.
 */
export function downArgs(target: StackTarget, options: { stopTimeoutSeconds: number; overrideFiles?: string[] }): string[] {
  return [
    ...composeBase(target, options.overrideFiles),
    'down',
    '--volumes',
    '--remove-orphans',
    '--timeout',
    String(options.stopTimeoutSeconds),
  ];
}

/** Tear-down by project name alone, for when the compose files are gone or no longer parse. */
export function downByNameArgs(projectName: string, stopTimeoutSeconds: number): string[] {
  return ['docker', 'compose', ...flag('-p', '--project-name', projectName), 'down', '--volumes', '--remove-orphans', '--timeout', String(stopTimeoutSeconds)];
}

/** A graceful stop by project name (the teardown then removes what it owns by label). */
export function stopByNameArgs(projectName: string, stopTimeoutSeconds: number): string[] {
  return ['docker', 'compose', '-p', projectName, 'stop', '--timeout', String(stopTimeoutSeconds)];
}

export function versionArgs(): string[] {
  return ['docker', 'compose', 'version', '--short'];
}
