import { leftoverCount } from '../cleanup/leftovers.js';
import { tearDown } from '../cleanup/teardown.js';
import { emptyReport } from '../report/run-report.js';
import { renderSummary } from '../report/summary.js';
import { OUTPUTS } from '../settings/keys.js';
import { readMainReport } from './run-files.js';
import { loadRunState } from './run-state.js';
import { runStep } from './step.js';
import { realDeps, type Deps } from './wiring.js';

/** Bound for post's teardown; the runner gives a cancelled job's post steps little time. */
const TEARDOWN_TIMEOUT_MS = 120_000;

/**
 * The action's post step, which always runs: tear down, prove nothing is left, write the
 * summary. Its own trouble becomes warnings; it fails only when something is left behind.
 */
export async function runPost(deps: Deps): Promise<void> {
  const { runtime, clock } = deps;
  const state = loadRunState(runtime);
  if (!state) {
    runtime.info('Main stopped before it validated its inputs; nothing was started, so there is nothing to clean up.');
    return;
  }
  const report = readMainReport(state.runDir) ?? emptyReport(state.target.projectName, state.startedAtMs);

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

  runtime.setOutput(OUTPUTS.projectName, state.target.projectName);
  if (state.startupMs !== undefined) runtime.setOutput(OUTPUTS.startupSeconds, (state.startupMs / 1000).toFixed(1));
  await runtime.appendSummary(renderSummary(report));

  const leftovers = report.teardown.leftovers;
  if (leftovers && leftoverCount(leftovers) > 0) {
    const names = [...leftovers.containers, ...leftovers.networks, ...leftovers.volumes].join(', ');
    runtime.setFailed(`Cleanup left ${leftoverCount(leftovers)} resources of project ${state.target.projectName} behind: ${names}`);
  }
}

/** Entry for dist/post. */
export async function post(): Promise<void> {
  const deps = realDeps();
  await runStep(deps.runtime, () => runPost(deps));
}
