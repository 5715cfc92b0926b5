import { leftoverCount } from '../cleanup/leftovers.js';
import { tearDown } from '../cleanup/teardown.js';
import { applyFailOn, runOutputs } from '../report/outputs.js';
import { emptyReport, type RunReport } from '../report/run-report.js';
import { renderSummary } from '../report/summary.js';
import { OUTPUTS } from '../settings/keys.js';
import { formatBytes } from '../settings/units.js';
import { finishMonitoring } from './monitoring.js';
import { readMainReport, writeReportJson } from './run-files.js';
import { loadRunState } from './run-state.js';
import { errorMessage, runStep } from './step.js';
import { realDeps, type Deps } from './wiring.js';

/** Bound for post's teardown; the runner gives a cancelled job's post steps little time. */
const TEARDOWN_TIMEOUT_MS = 120_000;

/**
 * The action's post step, which always runs: stop the monitor, tear down, prove nothing is
 * left, write the summary and report.json. Its own trouble becomes warnings; it fails when
 * something is left behind or a fail-on condition was met — only after cleaning up.
 */
export async function runPost(deps: Deps): Promise<void> {
  const { runtime, clock } = deps;
  const state = loadRunState(runtime);
  if (!state) {
    runtime.info('Main stopped before it validated its inputs; nothing was started, so there is nothing to clean up.');
    return;
  }
  const report: RunReport = readMainReport(state.runDir) ?? emptyReport(state.target.projectName, state.startedAtMs);

  // Before the teardown, so its kills are not recorded as crashes.
  if (state.monitor) {
    const handle = state.monitor;
    await runtime.group('Monitor', async () => {
      await finishMonitoring(deps, handle, report);
      for (const problem of report.monitorProblems ?? []) runtime.warning(`Monitor: ${problem}`);
      if (report.monitor) runtime.info(monitorLine(report));
    });
  }

  if (state.phase === 'validated') {
    report.teardown = { durationMs: 0, problems: [], skipped: 'main stopped before starting the stack' };
  } else {
    report.teardown = await runtime.group(`Clean up ${state.target.projectName}`, async () => {
      const result = await tearDown({ compose: deps.compose, docker: deps.docker, now: clock.now }, state.target, {
        stopTimeoutSeconds: 0,
        timeoutMs: TEARDOWN_TIMEOUT_MS,
      });
      for (const problem of result.problems) runtime.warning(problem);
      runtime.info(
        result.leftovers
          ? `Left after cleanup: ${leftoverCount(result.leftovers)} (containers ${result.leftovers.containers.length}, networks ${result.leftovers.networks.length}, volumes ${result.leftovers.volumes.length}).`
          : 'Could not count what is left after cleanup.',
      );
      return result;
    });
  }

  const failOnMet = applyFailOn(report, state.failOn ?? []);
  const outputs = runOutputs(report, state.startupMs);
  runtime.setOutput(OUTPUTS.projectName, state.target.projectName);
  if (outputs.startupSeconds !== undefined) runtime.setOutput(OUTPUTS.startupSeconds, outputs.startupSeconds);
  if (outputs.peakMemoryBytes !== undefined) runtime.setOutput(OUTPUTS.peakMemoryBytes, outputs.peakMemoryBytes);
  if (outputs.oomKills !== undefined) runtime.setOutput(OUTPUTS.oomKills, outputs.oomKills);
  if (outputs.restarts !== undefined) runtime.setOutput(OUTPUTS.restarts, outputs.restarts);

  let reportFile: string | undefined;
  try {
    reportFile = writeReportJson(state.runDir, report);
    runtime.setOutput(OUTPUTS.reportFile, reportFile);
  } catch (error) {
    runtime.warning(`Could not write report.json: ${errorMessage(error)}`);
  }
  await runtime.appendSummary(renderSummary(report, { reportFile }));

  const leftovers = report.teardown.leftovers;
  if (leftovers && leftoverCount(leftovers) > 0) {
    const names = [...leftovers.containers, ...leftovers.networks, ...leftovers.volumes].join(', ');
    runtime.setFailed(`Cleanup left ${leftoverCount(leftovers)} resources of project ${state.target.projectName} behind: ${names}`);
  }
  if (failOnMet.length > 0) {
    runtime.setFailed(`fail-on: ${failOnMet.join('; ')}. The stack was cleaned up; the job summary has the details.`);
  }
}

function monitorLine(report: RunReport): string {
  const monitor = report.monitor!;
  const total = (key: 'oomKills' | 'restarts'): number => monitor.services.reduce((sum, service) => sum + service[key], 0);
  const samples = monitor.services.reduce((sum, service) => sum + service.samples, 0);
  return `Monitor: ${samples} samples of ${monitor.services.length} services; peak memory of the stack ${formatBytes(monitor.stackPeakMemoryBytes)}; ${total('oomKills')} OOM kills; ${total('restarts')} restarts; ${monitor.gaps.length} gaps.`;
}

/** Entry for dist/post. */
export async function post(): Promise<void> {
  const deps = realDeps();
  await runStep(deps.runtime, () => runPost(deps));
}
