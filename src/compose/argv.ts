import type { StackTarget } from './target.js';

// `docker compose` argument arrays, built by pure functions and tested as tables.
// Global flags (files, project, profiles, env files, `compose-flags`) go before the subcommand,
// as Compose requires. Every value is attached to its flag (`--file=x`) and services follow
// `--`, so no value from an input — a file, a profile, a service — can be read as a flag.

/** `docker compose --file=… --project-name=… --profile=… --env-file=…`, plus generated override files. */
export function composeBase(target: StackTarget, overrideFiles: string[] = []): string[] {
  return [
    'docker',
    'compose',
    ...[...target.files, ...overrideFiles].map((file) => `--file=${file}`),
    `--project-name=${target.projectName}`,
    ...target.profiles.map((profile) => `--profile=${profile}`),
    ...target.envFiles.map((file) => `--env-file=${file}`),
    ...(target.composeFlags ?? []),
  ];
}

/** `-- svc…` when the target names services; nothing when it starts them all. */
function serviceArgs(services: readonly string[] | undefined): string[] {
  return services?.length ? ['--', ...services] : [];
}

/** The model as Compose will run it: the selected services and their dependencies only. */
export function configArgs(target: StackTarget, overrideFiles: string[] = []): string[] {
  return [...composeBase(target, overrideFiles), 'config', '--format', 'json', ...serviceArgs(target.services)];
}

export interface UpArgsOptions {
  waitTimeoutMs: number;
  overrideFiles?: string[];
  /** `up-flags`, already judged (src/compose/flags.ts). */
  upFlags?: string[];
}

/**
 * `up --detach --wait`, pulling and building nothing: the pull and build phases did that, so
 * the time `up` takes is the start-up alone, and a missing image fails here rather than being
 * fetched behind the policy's back.
 */
export function upArgs(target: StackTarget, options: UpArgsOptions): string[] {
  return [
    ...composeBase(target, options.overrideFiles),
    'up',
    '--detach',
    '--wait',
    '--wait-timeout',
    String(Math.max(1, Math.ceil(options.waitTimeoutMs / 1000))),
    '--remove-orphans',
    '--pull',
    'never',
    '--no-build',
    ...(options.upFlags ?? []),
    ...serviceArgs(target.services),
  ];
}

/** One service's image, from its registry (the service's platform and the user's credentials, as Compose has them). */
export function pullArgs(target: StackTarget, service: string, overrideFiles: string[] = []): string[] {
  return [...composeBase(target, overrideFiles), 'pull', '--quiet', ...serviceArgs([service])];
}

/** One service's image, built (with the override's labels; `cache_from`/`cache_to` as the file says). */
export function buildArgs(target: StackTarget, service: string, overrideFiles: string[] = []): string[] {
  return [...composeBase(target, overrideFiles), 'build', ...serviceArgs([service])];
}

/**
 * Tear-down of a disposable stack: no grace period by default (a PID 1 that ignores SIGTERM
 * would cost 10 s per container), volumes and orphans included. Never limited to the selected
 * services: the whole project goes.
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
  return ['docker', 'compose', `--project-name=${projectName}`, 'down', '--volumes', '--remove-orphans', '--timeout', String(stopTimeoutSeconds)];
}

/** A graceful stop by project name (the teardown then removes what it owns by label). */
export function stopByNameArgs(projectName: string, stopTimeoutSeconds: number): string[] {
  return ['docker', 'compose', `--project-name=${projectName}`, 'stop', '--timeout', String(stopTimeoutSeconds)];
}

export function versionArgs(): string[] {
  return ['docker', 'compose', 'version', '--short'];
}
