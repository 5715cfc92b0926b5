import { CommandError, type CommandRunner } from '../ports/command.js';
import type { StackTarget } from './target.js';
import { buildArgs, configArgs, downArgs, downByNameArgs, pullArgs, stopByNameArgs, upArgs, versionArgs } from './argv.js';
import type { ComposeModel } from './model.js';

/** `docker compose` as this product drives it. */
export interface ComposeCli {
  /** `docker compose version --short`; aborting kills it (a CLI that pings first hangs on a frozen daemon). */
  version(options?: { signal?: AbortSignal }): Promise<string>;
  config(target: StackTarget, overrideFiles?: string[]): Promise<ComposeModel>;
  up(target: StackTarget, options: UpOptions): Promise<{ durationMs: number; output: string[] }>;
  /**
   * `down --volumes --remove-orphans`: for tools and tests that own the whole project. The
   * product's teardown never calls it: `--volumes` removes every non-external volume the files
   * name, another stack's included (src/cleanup/teardown.ts).
   */
  down(target: StackTarget, options: DownOptions): Promise<void>;
  /** Stops the project's containers (found by its label) with a grace period, by name alone. */
  stop(projectName: string, options: StopOptions): Promise<void>;
  /** `docker compose pull` of one service's image; fails with CommandError (stderr tail: the registry's answer). */
  pull(target: StackTarget, service: string, options: ImageOptions): Promise<{ durationMs: number }>;
  /** `docker compose build` of one service; its output line by line. */
  build(target: StackTarget, service: string, options: ImageOptions): Promise<{ durationMs: number }>;
}

export interface UpOptions {
  waitTimeoutMs: number;
  overrideFiles?: string[];
  /** `up-flags`, already judged (src/compose/flags.ts). */
  upFlags?: string[];
  onLine?: (line: string) => void;
  signal?: AbortSignal;
}

export interface ImageOptions {
  overrideFiles?: string[];
  timeoutMs: number;
  onLine?: (line: string) => void;
  signal?: AbortSignal;
}

export interface StopOptions {
  stopTimeoutSeconds: number;
  timeoutMs: number;
}

export interface DownOptions {
  stopTimeoutSeconds: number;
  overrideFiles?: string[];
  timeoutMs: number;
  /** Tear down by project name alone (the files may be gone). */
  byNameOnly?: boolean;
}

/** A compose file Compose refused to load, with Compose's own words. */
export class ComposeConfigError extends Error {
  constructor(readonly files: string[], readonly detail: string) {
    super(`Compose could not load ${files.join(', ')}: ${detail}`);
    this.name = 'ComposeConfigError';
  }
}

/** Slack on top of Compose's own --wait-timeout, for pulls, creation and its own shutdown. */
const UP_SLACK_MS = 60_000;
/** Compose needs ~25 s for a 10 MB file of 16 000 services here; a loaded runner more. */
const CONFIG_TIMEOUT_MS = 120_000;

export class DockerComposeCli implements ComposeCli {
  constructor(
    private readonly runner: CommandRunner,
    private readonly env: Record<string, string> = {},
    /**
     * Where calls by project name alone run (its files may be gone, and a directory holding a
     * compose file would be read by Compose): the file system's root exists everywhere.
     */
    private readonly neutralDirectory = '/',
  ) {}

  async version(options: { signal?: AbortSignal } = {}): Promise<string> {
    const result = await this.runner.run(versionArgs(), { timeoutMs: 10_000, env: this.env, signal: options.signal });
    return result.stdout.trim();
  }

  async config(target: StackTarget, overrideFiles: string[] = []): Promise<ComposeModel> {
    try {
      const result = await this.runner.run(configArgs(target, overrideFiles), {
        cwd: target.workingDirectory,
        timeoutMs: CONFIG_TIMEOUT_MS,
        env: this.env,
      });
      return JSON.parse(result.stdout) as ComposeModel;
    } catch (error) {
      if (error instanceof CommandError && error.reason === 'exit') {
        throw new ComposeConfigError([...target.files, ...overrideFiles], error.stderrTail.trim() || `exit code ${error.exitCode}`);
      }
      throw error;
    }
  }

  async up(target: StackTarget, options: UpOptions): Promise<{ durationMs: number; output: string[] }> {
    const output: string[] = [];
    const result = await this.runner.run(upArgs(target, options), {
      cwd: target.workingDirectory,
      timeoutMs: options.waitTimeoutMs + UP_SLACK_MS,
      env: this.env,
      signal: options.signal,
      onLine: (line) => {
        output.push(line);
        options.onLine?.(line);
      },
    });
    return { durationMs: result.durationMs, output };
  }

  async pull(target: StackTarget, service: string, options: ImageOptions): Promise<{ durationMs: number }> {
    return this.imageCommand(pullArgs(target, service, options.overrideFiles), target, options);
  }

  async build(target: StackTarget, service: string, options: ImageOptions): Promise<{ durationMs: number }> {
    return this.imageCommand(buildArgs(target, service, options.overrideFiles), target, options);
  }

  private async imageCommand(argv: string[], target: StackTarget, options: ImageOptions): Promise<{ durationMs: number }> {
    const result = await this.runner.run(argv, {
      cwd: target.workingDirectory,
      timeoutMs: options.timeoutMs,
      env: this.env,
      signal: options.signal,
      onLine: options.onLine,
    });
    return { durationMs: result.durationMs };
  }

  async down(target: StackTarget, options: DownOptions): Promise<void> {
    const argv = options.byNameOnly
      ? downByNameArgs(target.projectName, options.stopTimeoutSeconds)
      : downArgs(target, options);
    await this.runner.run(argv, {
      // By name alone, run where no compose file can be picked up by accident.
      cwd: options.byNameOnly ? this.neutralDirectory : target.workingDirectory,
      timeoutMs: options.timeoutMs,
      env: this.env,
    });
  }

  async stop(projectName: string, options: StopOptions): Promise<void> {
    // By name alone, where no compose file can be picked up by accident: the files may be gone.
    await this.runner.run(stopByNameArgs(projectName, options.stopTimeoutSeconds), { cwd: this.neutralDirectory, timeoutMs: options.timeoutMs, env: this.env });
  }
}
