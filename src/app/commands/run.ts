import path from 'node:path';
import { terminalRuntime } from '../../adapters/terminal-runtime.js';
import { cleanupFailure } from '../../cleanup/leftovers.js';
import { renderSummary } from '../../report/summary.js';
import { renderTerminalReport } from '../../report/terminal.js';
import type { Settings } from '../../settings/settings.js';
import { realDeps, type Deps } from '../deps.js';
import { finishRun } from '../pipeline/finish.js';
import { startRun } from '../pipeline/start.js';
import { runDirectory, writeReportJson } from '../run-files.js';
import { EXIT } from './exit.js';
import type { CliContext } from './index.js';
import { inputsFromFlags, settingsOfRuntime, type SettingsFlags } from './settings-flags.js';

// `docker-stability run [-f FILE]... -- CMD...`: the action's whole lifecycle in one process, for
// CI systems other than GitHub's, laptops and IDEs — the pipeline's start (this process keeps
// the lease), CMD, the pipeline's finish, the report (a table on the terminal, markdown with
// --summary, report.json with --report). Exits with CMD's code, 1 when the stack failed (did not
// start, fail-on met, something left behind), 2 for bad input.

export interface RunFlags extends SettingsFlags {
  summary?: string;
  report?: string;
  namespace: string;
  lockGroup: string[];
}

/** `deps.runtime` carries the inputs (from the flags or the library's options). */
export async function runRun(command: string[], flags: Pick<RunFlags, 'summary' | 'report' | 'confine'>, deps: Deps, cwd: string): Promise<number> {
  const { runtime } = deps;
  const settings = settingsOfRuntime(deps, cwd, { confine: flags.confine === true });
  const runDir = runDirectory(deps.files, runtime.env, deps.self.temporaryDirectory(), settings.stack.projectName);
  const interrupt = deps.self.interruptSignal();
  let commandExit: number | undefined;
  let failure: string | undefined;
  let badInput = false;
  try {
    const started = await startRun(deps, settings, { runDir, workspace: cwd, namespace: settings.lease.namespace, signal: interrupt.signal, keeper: 'self', monitor: true });
    if (started.ok) {
      runtime.info(`── ${command.join(' ')}`);
      const result = await deps.self.runForeground(command, { ...commandEnv(runtime.env, settings, started.run.overrideFile!), ...started.sections.readiness?.variables });
      if (result.error) runtime.error(result.error);
      commandExit = result.exitCode;
    } else {
      failure = started.failure;
      badInput = Boolean(started.badInput);
    }
    await started.stopRenewal?.();
    const finished = await finishRun(deps, started.run, started.sections, { takeBackLease: false });
    if (finished.failOnMet.length) failure ??= `fail-on: ${finished.failOnMet.join('; ')}`;
    const { report } = finished;
    if (flags.report) writeReportJson(deps.files, path.resolve(cwd, flags.report), report, runtime.redactor);
    if (flags.summary) {
      deps.files.writeText(path.resolve(cwd, flags.summary), renderSummary(runtime.redactor.redactJson(report), { reportFile: flags.report }));
      runtime.info(`Summary written to ${flags.summary}.`);
    }
    runtime.info(renderTerminalReport(report).trimEnd());
    if (report.logs?.files.length) runtime.info(`Every service's log: ${report.logs.dir}`);
    failure ??= cleanupFailure(report.teardown, settings.stack.projectName);
  } finally {
    interrupt.dispose();
  }
  if (failure) runtime.error(failure);
  if (commandExit !== undefined && commandExit !== 0) return commandExit;
  // Bad input is exit 2 here as in `check`: the same compose file, the same answer.
  if (badInput) return EXIT.usage;
  return failure ? EXIT.failed : EXIT.ok;
}

/** CMD talks to the stack with plain `docker compose`: project, files (ours included), profiles. */
export function commandEnv(env: NodeJS.ProcessEnv, settings: Settings, overrideFile: string): NodeJS.ProcessEnv {
  const files = [...settings.stack.files.map((file) => path.resolve(settings.stack.workingDirectory, file)), overrideFile];
  return {
    ...env,
    COMPOSE_PROJECT_NAME: settings.stack.projectName,
    COMPOSE_FILE: files.join(path.delimiter),
    ...(settings.stack.profiles.length ? { COMPOSE_PROFILES: settings.stack.profiles.join(',') } : {}),
  };
}

/** `docker-stability run [flags] -- CMD...` as the registry calls it. */
export async function runAction(command: string[], flags: RunFlags, context: CliContext): Promise<number> {
  const { self } = context;
  const deps = realDeps(self.env, terminalRuntime({ inputs: inputsFromFlags(flags, self.env), env: self.env }));
  return runRun(command, flags, deps, self.cwd());
}
