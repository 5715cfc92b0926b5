import path from 'node:path';
import { interruptSignal } from '../adapters/process-signals.js';
import { worstStatus } from '../preflight/checks.js';
import { probeDaemon } from '../preflight/daemon.js';
import { emptyReport, type RunReport } from '../report/run-report.js';
import { stackSection } from '../report/stack-section.js';
import { OUTPUTS } from '../settings/keys.js';
import { parseSettings } from '../settings/settings.js';
import { describeFailure, isBystander } from '../stack/diagnose.js';
import type { StartOutcome } from '../stack/start.js';
import { timeToHealthyLine } from './monitoring.js';
import { admitStack, AdmissionError } from './phases/admission.js';
import { recallMemory } from './phases/memory.js';
import { runPolicyPhase } from './phases/policy.js';
import { runPreflightPhase } from './phases/preflight.js';
import { abandonStack, OVERRIDE_FILE, recordBeforeUp, startMonitorWithLease, upUnderOverride, writeStackOverride } from './phases/start.js';
import { runDirectory, writeMainReport } from './run-files.js';
import { saveRunState, type RunState } from './run-state.js';
import { runStep } from './step.js';
import { errorMessage } from '../core/errors.js';
import { realDeps, type Deps } from './wiring.js';

/**
 * The action's main step: validate the inputs, check the daemon, the compose files (policy) and
 * the runner (preflight, with the sweep of dead jobs' leftovers), wait for admission under a
 * lease, start the monitor and the stack — and hand everything to post through the state.
 */
export async function runMain(deps: Deps, signal: AbortSignal): Promise<void> {
  const { runtime, clock } = deps;
  const settings = parseSettings({ input: runtime.input, env: runtime.env, files: deps.files, randomHex: deps.randomHex });
  const target = settings.stack;
  const workspace = runtime.env.GITHUB_WORKSPACE || process.cwd();
  runtime.setOutput(OUTPUTS.projectName, target.projectName);

  const runDir = runDirectory(runtime.env, target.projectName);
  const report: RunReport = emptyReport(target.projectName, clock.now());
  const state: RunState = { version: 2, settings, runDir, phase: 'validated', startedAtMs: report.startedAtMs };
  const save = (): void => {
    writeMainReport(runDir, report);
    saveRunState(runtime, state);
  };
  save();

  try {
    const daemon = await runtime.group('Docker daemon', () => probeDaemon(deps.docker, deps.compose, clock.now));
    state.engineVersion = daemon.engine.version;
    state.composeVersion = daemon.composeVersion;

    const policy = await runtime.group('Compose policy', () =>
      runPolicyPhase(deps, runtime, settings, daemon, { workspace, overridePath: path.join(runDir, OVERRIDE_FILE) }),
    );
    report.policy = policy.section;
    report.stack = stackSection(policy.check.model);
    runtime.setOutput(OUTPUTS.policyErrors, policy.counts.error);
    runtime.setOutput(OUTPUTS.policyWarnings, policy.counts.warning);
    if (policy.sarifFile) runtime.setOutput(OUTPUTS.sarifFile, policy.sarifFile);
    if (policy.failure) throw new Error(policy.failure);

    report.preflight.push(...(await runtime.group('Preflight', () => runPreflightPhase(deps, runtime, daemon, policy, report, { minFreeDiskBytes: settings.minFreeDiskBytes, leaseTtlMs: settings.lease.leaseTtlMs }))));
    save();
    if (worstStatus(report.preflight) === 'fail') {
      const failed = report.preflight.filter((check) => check.status === 'fail');
      throw new Error(`Preflight failed: ${failed.map((check) => `${check.title}: ${check.detail}`).join('; ')}`);
    }

    const admission = await runtime.group('Admission', async () => {
      try {
        return await admitStack(deps, runtime, settings, policy.check.model, daemon, { signal });
      } catch (error) {
        if (error instanceof AdmissionError) report.lease = error.section;
        throw error;
      }
    });
    report.lease = admission.section;
    state.lease = admission.lease.handle;
    state.phase = 'admitted';
    runtime.setOutput(OUTPUTS.lockWaitSeconds, (admission.lease.waitedMs / 1000).toFixed(1));
    save();

    let outcome: StartOutcome;
    try {
      await runtime.group('Memory across runs', () => recallMemory(deps, runtime, settings, policy.check.model, report));
      const baselineFound = report.memory?.baseline?.recall.status === 'found';
      if (report.memory?.baseline) runtime.setOutput(OUTPUTS.baselineFound, baselineFound);
      state.overrideFile = writeStackOverride(deps, runDir, policy.check.override, policy.check.model, admission.lease.handle);
      state.phase = 'starting';
      // Before `up`, so the start and health events (time to healthy) are in the monitor's stream.
      const monitor = await startMonitorWithLease(deps, runtime, {
        projectName: target.projectName,
        runDir,
        sampleIntervalMs: settings.sampleIntervalMs,
        lease: admission.lease.handle,
        ttlMs: settings.lease.leaseTtlMs,
        handOver: true,
      });
      state.monitor = monitor.monitor;
      if (monitor.problem) (report.monitorProblems ??= []).push(monitor.problem);
      state.preExisting = await recordBeforeUp(deps, runtime, policy.check.model, target.projectName);
      save();
      outcome = await runtime.group(`Start stack ${target.projectName}`, () => upUnderOverride(deps, runtime, settings, state.overrideFile!, signal));
    } catch (error) {
      // A lease whose release failed stays in the state: post tries again.
      state.lease = await abandonStack(deps, runtime, settings, { monitor: state.monitor, lease: state.lease, preExisting: state.preExisting });
      state.monitor = undefined;
      throw error;
    }
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
    // The stack is not left running while later steps or the post step wait.
    state.lease = await runtime.group('Tear down the failed stack', () =>
      abandonStack(deps, runtime, settings, { monitor: state.monitor, lease: state.lease, preExisting: state.preExisting }),
    );
    throw new Error(startFailureMessage(target.projectName, outcome));
  } catch (error) {
    report.mainError = errorMessage(error);
    save();
    throw error;
  }
}

export function startFailureMessage(projectName: string, outcome: Extract<StartOutcome, { ok: false }>): string {
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
