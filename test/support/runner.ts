// Runs the action's bundles the way the GitHub runner does: `node dist/<step>/index.js` with the
// workspace as working directory, INPUT_* variables named as the runner names them, fresh file
// commands (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_STEP_SUMMARY, GITHUB_ENV) per step, and the state
// main saved handed to post as STATE_* variables.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

export interface StepResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** Variables the step exported for later steps (GITHUB_ENV). */
  env: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  annotations: Array<{ level: string; properties: Record<string, string>; message: string }>;
  durationMs: number;
}

export interface JobOptions {
  workspace: string;
  inputs: Record<string, string>;
  env?: Record<string, string>;
}

/** The runner's input variable: `INPUT_` + name upper-cased with spaces as underscores. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Parses a file-command file: `key<<DELIMITER` heredocs and plain `key=value` lines. */
export function parseFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const body: string[] = [];
      for (index += 1; index < lines.length && lines[index] !== heredoc[2]; index += 1) body.push(lines[index]!);
      values[heredoc[1]!] = body.join('\n');
    } else if (line.includes('=')) {
      values[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return values;
}

/** Workflow-command annotations (`::error file=a,line=1::message`) in a step's output. */
export function parseAnnotations(stdout: string): StepResult['annotations'] {
  const found: StepResult['annotations'] = [];
  for (const match of stdout.matchAll(/^::(error|warning|notice)( [^:]*)?::(.*)$/gm)) {
    const properties = Object.fromEntries(
      (match[2] ?? '')
        .trim()
        .split(',')
        .filter(Boolean)
        .map((pair) => [pair.slice(0, pair.indexOf('=')), decodeURIComponent(pair.slice(pair.indexOf('=') + 1).replace(/%2C/g, ','))]),
    );
    found.push({ level: match[1]!, properties, message: match[3]!.replace(/%0A/g, '\n').replace(/%25/g, '%') });
  }
  return found;
}

/** One job: main and post as separate processes, sharing RUNNER_TEMP and the saved state. */
export class RunnerJob {
  readonly runnerTemp: string;
  private readonly root: string;
  private savedState: Record<string, string> = {};
  private stepNumber = 0;
  readonly runId = String(Date.now() % 1_000_000_000);

  constructor(private readonly options: JobOptions) {
    this.root = mkdtempSync(path.join(os.tmpdir(), 'dsa-runner-'));
    this.runnerTemp = path.join(this.root, 'temp');
    mkdirSync(this.runnerTemp);
  }

  /** Starts a step and returns the child, for tests that interrupt or kill it. */
  start(step: 'main' | 'post', extraEnv: Record<string, string> = {}): { child: ChildProcess; done: Promise<StepResult> } {
    this.stepNumber += 1;
    const files = Object.fromEntries(
      ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY', 'GITHUB_ENV', 'GITHUB_PATH'].map((name) => {
        const file = path.join(this.root, `${this.stepNumber}-${step}-${name.toLowerCase()}`);
        writeFileSync(file, '');
        return [name, file];
      }),
    );
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? '/root',
      ...(process.env.DOCKER_HOST ? { DOCKER_HOST: process.env.DOCKER_HOST } : {}),
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: this.options.workspace,
      GITHUB_REPOSITORY: 'octo-org/stack-tests',
      GITHUB_WORKFLOW: 'CI',
      GITHUB_JOB: 'integration',
      GITHUB_RUN_ID: this.runId,
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_ACTION: 'stack',
      RUNNER_OS: 'Linux',
      RUNNER_NAME: 'test-runner',
      RUNNER_TEMP: this.runnerTemp,
      ...files,
      ...Object.fromEntries(Object.entries(this.options.inputs).map(([name, value]) => [inputVariable(name), value])),
      ...(step === 'post' ? Object.fromEntries(Object.entries(this.savedState).map(([key, value]) => [`STATE_${key}`, value])) : {}),
      ...this.options.env,
      ...extraEnv,
    };
    const started = Date.now();
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'dist', step, 'index.js')], {
      cwd: this.options.workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const done = new Promise<StepResult>((resolve) => {
      child.on('close', (exitCode, signal) => {
        const state = parseFileCommands(readFileSync(files.GITHUB_STATE!, 'utf8'));
        if (step === 'main') this.savedState = { ...this.savedState, ...state };
        resolve({
          exitCode,
          signal,
          stdout,
          stderr,
          outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT!, 'utf8')),
          env: parseFileCommands(readFileSync(files.GITHUB_ENV!, 'utf8')),
          state,
          summary: readFileSync(files.GITHUB_STEP_SUMMARY!, 'utf8'),
          annotations: parseAnnotations(stdout),
          durationMs: Date.now() - started,
        });
      });
    });
    return { child, done };
  }

  main(extraEnv?: Record<string, string>): Promise<StepResult> {
    return this.start('main', extraEnv).done;
  }

  post(extraEnv?: Record<string, string>): Promise<StepResult> {
    return this.start('post', extraEnv).done;
  }
}
