import { interruptSignal } from '../adapters/process-signals.js';
import { tearDown } from '../cleanup/teardown.js';
import { stopMonitor } from '../monitor/control.js';
import { worstStatus } from '../preflight/checks.js';
import { runPreflight } from '../preflight/run.js';
import { emptyReport, type RunReport } from '../report/run-report.js';
import { stackSection } from '../report/stack-section.js';
import { OUTPUTS } from '../settings/keys.js';
import { parseSettings } from '../settings/settings.js';
import { describeFailure, isBystander } from '../stack/diagnose.js';
import { startStack, type StartOutcome } from '../stack/start.js';
import { runDirectory, writeMainReport } from './run-files.js';
import { saveRunState, type RunState } from './run-state.js';
import { MONITOR_STOP_TIMEOUT_MS, startMonitoring, timeToHealthyLine } from './monitoring.js';
import { errorMessage, runStep } from './step.js';
import { realDeps, type Deps } from './wiring.js';

const CHECK_WORDS = { pass: 'PASS', warn: 'WARN', fail: 'FAIL', skip: 'SKIP' } as const;

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
  const state: RunState = { version: 1, target, runDir, phase: 'validated', startedAtMs: report.startedAtMs, failOn: settings.failOn };
  const save = (): void => {
    writeMainReport(runDir, report);
    saveRunState(runtime, state);
  };
  save();

  try {
    const preflight = await runtime.group('Preflight', async () => {
      const result = await runPreflight(
        { docker: deps.docker, compose: deps.compose, host: deps.host, now: clock.now },
        { loadModel: () => deps.compose.config(target), minFreeDiskBytes: settings.minFreeDiskBytes, staleProjects: deps.staleProjects },
      );
      report.preflight.push(...result.checks);
      for (const check of report.preflight) runtime.info(`${CHECK_WORDS[check.status]} ${check.title}: ${check.detail}`);
      return result;
    });
    report.stack = stackSection(preflight.model);
    state.engineVersion = preflight.daemon.engine.version;
    state.composeVersion = preflight.daemon.composeVersion;
    if (worstStatus(report.preflight) === 'fail') {
      const failed = report.preflight.filter((check) => check.status === 'fail');
      throw new Error(`Preflight failed: ${failed.map((check) => `${check.title}: ${check.detail}`).join('; ')}`);
    }

    state.phase = 'starting';
    // Before `up`, so the start and health events (time to healthy) are in the monitor's stream.
    const monitor = startMonitoring(deps, { projectName: target.projectName, runDir, sampleIntervalMs: settings.sampleIntervalMs });
    if ('problem' in monitor) {
      (report.monitorProblems ??= []).push(monitor.problem);
      runtime.warning(`Monitoring is off for this job: ${monitor.problem}.`);
    } else {
      state.monitor = monitor;
      runtime.info(`Monitor started (pid ${monitor.pid}), sampling every ${settings.sampleIntervalMs} ms into ${monitor.samplesFile}.`);
    }
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
      const healthy = state.monitor ? timeToHealthyLine(deps, state.monitor) : undefined;
      if (healthy) runtime.info(`Time to healthy per service (from the daemon's events): ${healthy}.`);
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
    // The stack is not left running while later steps or the post step wait. The monitor stops
    // first, so the teardown's kills are not recorded as crashes.
    await runtime.group('Tear down the failed stack', async () => {
      if (state.monitor) {
        const stopped = await stopMonitor(deps, state.monitor, MONITOR_STOP_TIMEOUT_MS);
        if (stopped === 'killed') runtime.warning('The monitor did not stop in time and was killed.');
      }
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
