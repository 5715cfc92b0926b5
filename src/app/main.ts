import { interruptSignal } from '../adapters/process-signals.js';
import { tearDown } from '../cleanup/teardown.js';
import { worstStatus } from '../preflight/checks.js';
import { checkDaemon, probeDaemon } from '../preflight/daemon.js';
import { emptyReport, type RunReport } from '../report/run-report.js';
import { OUTPUTS } from '../settings/keys.js';
import { parseSettings } from '../settings/settings.js';
import { describeFailure, isBystander } from '../stack/diagnose.js';
import { startStack, type StartOutcome } from '../stack/start.js';
import { runDirectory, writeMainReport } from './run-files.js';
import { saveRunState, type RunState } from './run-state.js';
import { errorMessage, runStep } from './step.js';
import { realDeps, type Deps } from './wiring.js';

/** Bound for tearing down a stack that failed to start, well inside the runner's 7.5 s. */
const FAILED_START_TEARDOWN_MS = 60_000;

/** The action's main step: validate, check the daemon, start the stack and hand over to post. */
export async function runMain(deps: Deps, signal: AbortSignal): Promise<void> {
  const { runtime, clock } = deps;
  const settings = parseSettings({ input: runtime.input, env: runtime.env, files: deps.files, randomHex: deps.randomHex });
  const target = settings.stack;
  runtime.setOutput(OUTPUTS.projectName, target.projectName);

  const runDir = runDirectory(runtime.env, target.projectName);
  const report: RunReport = emptyReport(target.projectName, clock.now());
  const state: RunState = { version: 1, target, runDir, phase: 'validated', startedAtMs: report.startedAtMs };
  const save = (): void => {
    writeMainReport(runDir, report);
    saveRunState(runtime, state);
  };
  save();

  try {
    const facts = await runtime.group('Preflight', async () => {
      const daemon = await probeDaemon(deps.docker, deps.compose, clock.now);
      report.preflight.push(...checkDaemon(daemon));
      for (const check of report.preflight) runtime.info(`${check.status.toUpperCase().padEnd(4)} ${check.title}: ${check.detail}`);
      return daemon;
    });
    state.engineVersion = facts.engine.version;
    state.composeVersion = facts.composeVersion;
    if (worstStatus(report.preflight) === 'fail') {
      const failed = report.preflight.filter((check) => check.status === 'fail');
      throw new Error(`Preflight failed: ${failed.map((check) => `${check.title}: ${check.detail}`).join('; ')}`);
    }

    state.phase = 'starting';
    save();
    const outcome = await runtime.group(`Start stack ${target.projectName}`, () =>
      startStack({ compose: deps.compose, docker: deps.docker, log: runtime, now: clock.now }, target, {
        waitTimeoutMs: settings.waitTimeoutMs,
        signal,
      }),
    );
    report.start = outcome.ok
      ? { ok: true, durationMs: outcome.durationMs, composeTail: [], failing: [] }
      : { ok: false, durationMs: outcome.durationMs, reason: outcome.reason, composeTail: outcome.composeTail, failing: outcome.failing };

    if (outcome.ok) {
      state.phase = 'started';
      state.startupMs = outcome.durationMs;
      save();
      runtime.setOutput(OUTPUTS.startupSeconds, (outcome.durationMs / 1000).toFixed(1));
      runtime.info(`Stack ${target.projectName} is up and healthy after ${(outcome.durationMs / 1000).toFixed(1)} s.`);
      return;
    }

    state.phase = 'start-failed';
    save();
    for (const diagnosis of outcome.failing) {
      await runtime.group(`${describeFailure(diagnosis)} — health checks and last ${diagnosis.logTail.length} log lines`, async () => {
        for (const entry of diagnosis.healthLog) runtime.info(`health check (exit ${entry.exitCode}): ${entry.output}`);
        for (const line of diagnosis.logTail) runtime.info(line);
      });
    }
    // The stack is not left running while later steps or the post step wait.
    await runtime.group('Tear down the failed stack', async () => {
      const result = await tearDown({ compose: deps.compose, docker: deps.docker, now: clock.now }, target, {
        stopTimeoutSeconds: 0,
        timeoutMs: FAILED_START_TEARDOWN_MS,
      });
      for (const problem of result.problems) runtime.warning(problem);
    });
    throw new Error(startFailureMessage(target.projectName, outcome));
  } catch (error) {
    report.mainError = errorMessage(error);
    save();
    throw error;
  }
}

function startFailureMessage(projectName: string, outcome: Extract<StartOutcome, { ok: false }>): string {
  const why =
    outcome.reason === 'interrupted'
      ? 'was interrupted'
      : outcome.reason === 'timeout'
        ? 'did not finish in time'
        : 'did not become healthy';
  const failed = outcome.failing.filter((diagnosis) => !isBystander(diagnosis)).map(describeFailure);
  const bystanders = outcome.failing.filter(isBystander).map((diagnosis) => diagnosis.service);
  // Compose's own error says what the daemon refused (a bad command, a port already taken).
  const composeErrors = outcome.composeTail.filter((line) => /error|failed|refused|denied/i.test(line));
  const lines = [
    ...failed,
    ...composeErrors.map((line) => `docker compose: ${line}`),
    ...(bystanders.length ? [`Still starting when Compose gave up: ${bystanders.join(', ')}`] : []),
  ];
  if (lines.length === 0) lines.push(...outcome.composeTail);
  return `Stack ${projectName} ${why}.${lines.length ? `\n${lines.join('\n')}` : ''}`;
}

/** Entry for dist/main. */
export async function main(): Promise<void> {
  const deps = realDeps();
  const interrupt = interruptSignal();
  try {
    await runStep(deps.runtime, () => runMain(deps, interrupt.signal));
  } finally {
    interrupt.dispose();
  }
}
