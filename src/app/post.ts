import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanupFailure } from '../cleanup/leftovers.js';
import { runOutputs } from '../report/outputs.js';
import { emptyReport, type RunReport } from '../report/run-report.js';
import { renderSummary } from '../report/summary.js';
import { OUTPUTS } from '../settings/keys.js';
import type { Settings } from '../settings/settings.js';
import { finishRun } from './phases/finish.js';
import { readMainReport, writeReportJson } from './run-files.js';
import { loadRunState } from './run-state.js';
import { runStep } from './step.js';
import { errorMessage } from '../core/errors.js';
import { realDeps, type Deps } from './wiring.js';

/**
 * The action's post step, which always runs: take the lease back from the monitor, stop the
 * monitor, tear down (as `cleanup` says), prove nothing is left, release the lease last, record
 * the run for later comparison, and write the summary and report.json. Its own trouble becomes
 * warnings; it fails when something is left behind (or what is left could not be counted) or a
 * fail-on condition was met — only after cleaning up — and never hides main's verdict.
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

  const { keep, failOnMet, baseline } = await finishRun(deps, runtime, { ...state, leaseElsewhere: true }, report);

  const outputs = runOutputs(report, state.startupMs);
  runtime.setOutput(OUTPUTS.projectName, project);
  for (const [name, value] of [
    [OUTPUTS.startupSeconds, outputs.startupSeconds],
    [OUTPUTS.peakMemoryBytes, outputs.peakMemoryBytes],
    [OUTPUTS.oomKills, outputs.oomKills],
    [OUTPUTS.restarts, outputs.restarts],
    [OUTPUTS.baselineFound, baseline?.outputs.baselineFound],
    [OUTPUTS.regressions, baseline?.outputs.regressions],
  ] as const) {
    if (value !== undefined) runtime.setOutput(name, value);
  }

  let reportFile: string | undefined;
  try {
    reportFile = writeReportJson(state.runDir, report, runtime.redactor);
    runtime.setOutput(OUTPUTS.reportFile, reportFile);
  } catch (error) {
    runtime.warning(`Could not write report.json: ${errorMessage(error)}`);
  }
  await runtime.appendSummary(`${renderSummary(report, { reportFile })}${keep ? keptNote(settings, state.overrideFile) : ''}`);

  const cleanup = cleanupFailure(report.teardown, project);
  if (cleanup) runtime.setFailed(cleanup);
  if (failOnMet.length > 0) {
    runtime.setFailed(`fail-on: ${failOnMet.join('; ')}. The stack was ${keep ? 'kept' : 'cleaned up'}; the job summary has the details.`);
  }
}

/** How to remove a kept stack and its lease, for the summary. */
export function keptNote(settings: Settings, overrideFile: string | undefined): string {
  const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'cli', 'index.js');
  const files = [...settings.stack.files, ...(overrideFile ? [overrideFile] : [])].map((file) => `-f ${file}`).join(' ');
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

/** Entry for dist/post. */
export async function post(): Promise<void> {
  const deps = realDeps();
  await runStep(deps.runtime, () => runPost(deps));
}
