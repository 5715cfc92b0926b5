import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { leftoverCount } from '../cleanup/leftovers.js';
import { tearDown, type TeardownResult } from '../cleanup/teardown.js';
import { releaseLease, transferLease } from '../lease/lifecycle.js';
import { applyFailOn, runOutputs } from '../report/outputs.js';
import { emptyReport, type RunReport } from '../report/run-report.js';
import { renderSummary } from '../report/summary.js';
import { JOB_STATUS_ENV, OUTPUTS } from '../settings/keys.js';
import type { Settings } from '../settings/settings.js';
import { formatBytes } from '../settings/units.js';
import { finishMonitoring } from './monitoring.js';
import { recordMemory } from './phases/memory.js';
import { ttlOnlyOwner } from './phases/start.js';
import { readMainReport, writeReportJson } from './run-files.js';
import { loadRunState, type RunState } from './run-state.js';
import { errorMessage, runStep } from './step.js';
import { realDeps, type Deps } from './wiring.js';

/** Bound for post's teardown; the runner gives a cancelled job's post steps little time. */
const TEARDOWN_TIMEOUT_MS = 120_000;

/**
 * The action's post step, which always runs: take the lease back from the monitor, stop the
 * monitor, tear down (as `cleanup` says), prove nothing is left, release the lease last, record
 * the run for later comparison, and write the summary and report.json. Its own trouble becomes
 * warnings; it fails when something is left behind or a fail-on condition was met — only after
 * cleaning up — and never hides main's verdict.
 */
export async function runPost(deps: Deps): Promise<void> {
  const { runtime } = deps;
  const state = loadRunState(runtime);
  if (!state) {
    runtime.info('Main stopped before it validated its inputs; nothing was started, so there is nothing to clean up.');
    return;
  }
  const { settings } = state;
  const project = settings.stack.projectName;
  const report: RunReport = readMainReport(state.runDir) ?? emptyReport(project, state.startedAtMs);

  // Ours again before the monitor stops, so no sweep takes the stack while we tear it down.
  if (state.lease) {
    try {
      await transferLease(deps, state.lease);
    } catch (error) {
      runtime.warning(`The stack's lease could not be taken back: ${errorMessage(error)}`);
    }
  }
  if (state.monitor) {
    const handle = state.monitor;
    // Before the teardown, so its kills are not recorded as crashes.
    await runtime.group('Monitor', async () => {
      await finishMonitoring(deps, handle, report);
      for (const problem of report.monitorProblems ?? []) runtime.warning(`Monitor: ${problem}`);
      if (report.monitor) runtime.info(monitorLine(report));
    });
  }
  const failOnMet = applyFailOn(report, settings.failOn);

  const keep = keepReason(settings, state, report, failOnMet, runtime.env);
  if (state.phase === 'validated' || state.phase === 'admitted') {
    report.teardown = { durationMs: 0, problems: [], skipped: 'main stopped before starting the stack' };
  } else if (keep) {
    report.teardown = { durationMs: 0, problems: [], skipped: `kept: ${keep}` };
  } else {
    const result = await runtime.group(`Clean up ${project}`, () => cleanUp(deps, settings, state));
    report.teardown = result;
    report.cleanup = {
      ...report.cleanup,
      removed: (result.swept?.removed ?? []).map((removal) => ({ kind: removal.resource.kind, name: removal.resource.name, why: removal.reason })),
      left: (result.swept?.failed ?? []).map((failure) => ({ kind: failure.resource.kind, name: failure.resource.name, why: failure.error })),
    };
  }
  await settleLease(deps, state, keep, report);

  const verdict = await recordMemory(deps, runtime, report);
  const outputs = runOutputs(report, state.startupMs);
  runtime.setOutput(OUTPUTS.projectName, project);
  for (const [name, value] of [
    [OUTPUTS.startupSeconds, outputs.startupSeconds],
    [OUTPUTS.peakMemoryBytes, outputs.peakMemoryBytes],
    [OUTPUTS.oomKills, outputs.oomKills],
    [OUTPUTS.restarts, outputs.restarts],
    [OUTPUTS.baselineFound, verdict?.outputs.baselineFound],
    [OUTPUTS.regressions, verdict?.outputs.regressions],
  ] as const) {
    if (value !== undefined) runtime.setOutput(name, value);
  }

  let reportFile: string | undefined;
  try {
    reportFile = writeReportJson(state.runDir, report);
    runtime.setOutput(OUTPUTS.reportFile, reportFile);
  } catch (error) {
    runtime.warning(`Could not write report.json: ${errorMessage(error)}`);
  }
  await runtime.appendSummary(`${renderSummary(report, { reportFile })}${keep ? keptNote(settings, state) : ''}`);

  const leftovers = report.teardown.leftovers;
  if (leftovers && leftoverCount(leftovers) > 0) {
    const names = [...leftovers.containers, ...leftovers.networks, ...leftovers.volumes].join(', ');
    runtime.setFailed(`Cleanup left ${leftoverCount(leftovers)} resources of project ${project} behind: ${names}`);
  }
  if (failOnMet.length > 0) {
    runtime.setFailed(`fail-on: ${failOnMet.join('; ')}. The stack was ${keep ? 'kept' : 'cleaned up'}; the job summary has the details.`);
  }
}

/** Why the stack stays up (cleanup: never, or on-success after a failure), or undefined. */
export function keepReason(settings: Settings, state: RunState, report: RunReport, failOnMet: string[], env: NodeJS.ProcessEnv): string | undefined {
  if (settings.cleanup.mode === 'never') return 'cleanup: never';
  if (settings.cleanup.mode !== 'on-success') return undefined;
  if (state.phase === 'start-failed') return undefined; // main already tore a failed start down
  if (report.mainError) return 'cleanup: on-success, and main failed';
  if (failOnMet.length > 0) return `cleanup: on-success, and fail-on was met (${failOnMet.join('; ')})`;
  if (env[JOB_STATUS_ENV] === 'failure') return `cleanup: on-success, and a step reported the job failed (${JOB_STATUS_ENV}=failure)`;
  return undefined;
}

async function cleanUp(deps: Deps, settings: Settings, state: RunState): Promise<TeardownResult> {
  const result = await tearDown({ compose: deps.compose, docker: deps.docker, now: deps.clock.now }, settings.stack, {
    stopTimeoutSeconds: settings.cleanup.stopTimeoutSeconds,
    overrideFiles: state.overrideFile ? [state.overrideFile] : [],
    timeoutMs: TEARDOWN_TIMEOUT_MS,
    removeBuiltImages: settings.cleanup.removeBuiltImages,
  });
  for (const problem of result.problems) deps.runtime.warning(problem);
  deps.runtime.info(
    result.leftovers
      ? `Left after cleanup: ${leftoverCount(result.leftovers)} (containers ${result.leftovers.containers.length}, networks ${result.leftovers.networks.length}, volumes ${result.leftovers.volumes.length}).`
      : 'Could not count what is left after cleanup.',
  );
  return result;
}

/**
 * The lease goes last: released once the stack is gone, or — when the stack is kept — handed to
 * an owner nobody can check, so it lasts until lease-ttl (no sweep takes a kept stack earlier).
 */
async function settleLease(deps: Deps, state: RunState, keep: string | undefined, report: RunReport): Promise<void> {
  if (!state.lease) return;
  try {
    if (keep) {
      await transferLease(deps, state.lease, ttlOnlyOwner(deps.host.processIdentity()?.hostname ?? ''), { ttlMs: state.settings.lease.leaseTtlMs });
      deps.runtime.info(`The lease stays with the kept stack until lease-ttl (${state.settings.lease.leaseTtlMs / 3_600_000} h) runs out.`);
    } else if (await releaseLease(deps, state.lease)) {
      deps.runtime.info(`Lease ${state.lease.id} released.`);
    }
  } catch (error) {
    deps.runtime.warning(`Could not settle lease ${state.lease.id}: ${errorMessage(error)}; it ends with its TTL or its owner.`);
    report.teardown?.problems.push(`lease ${state.lease.id}: ${errorMessage(error)}`);
  }
}

/** How to remove a kept stack and its lease, for the summary. */
function keptNote(settings: Settings, state: RunState): string {
  const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'cli', 'index.js');
  const files = [...settings.stack.files, ...(state.overrideFile ? [state.overrideFile] : [])].map((file) => `-f ${file}`).join(' ');
  return [
    '',
    '### The stack was kept',
    `Project \`${settings.stack.projectName}\` is still running (it keeps its lease, and so its ports and memory, until \`lease-ttl\` runs out). To remove both:`,
    '',
    '```sh',
    `cd ${settings.stack.workingDirectory}`,
    `node ${cli} down -p ${settings.stack.projectName} ${files}`,
    '```',
    '',
    `or \`docker compose -p ${settings.stack.projectName} down --volumes --remove-orphans\`, and the lease is then swept by \`docker-stability clean\` once it expires.`,
    '',
  ].join('\n');
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
