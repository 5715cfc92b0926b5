import path from 'node:path';
import { cleanupFailure } from '../../cleanup/leftovers.js';
import { errorMessage } from '../../core/errors.js';
import { runOutputs } from '../../report/outputs.js';
import { renderSummary } from '../../report/summary.js';
import { OUTPUTS } from '../../settings/keys.js';
import type { Settings } from '../../settings/settings.js';
import type { Deps } from '../deps.js';
import { finishRun } from '../pipeline/finish.js';
import type { StartSections } from '../pipeline/report.js';
import { readStartSections, writeReportJson } from '../run-files.js';
import { loadCarriedRun, loadSecrets } from './state.js';

/**
 * The action's post step, which always runs, around the pipeline's finish: the run main carried,
 * the report assembled, the outputs, report.json and the summary. Its own trouble becomes
 * warnings; it fails when something is left behind (or what is left could not be counted) or a
 * fail-on condition was met — only after cleaning up — and never hides main's verdict.
 */
export async function actionPost(deps: Deps, bootMs?: number): Promise<void> {
  const { runtime } = deps;
  const run = loadCarriedRun(runtime);
  if (!run) {
    runtime.info('Main stopped before it validated its inputs; nothing was started, so there is nothing to clean up.');
    return;
  }
  loadSecrets(runtime);
  const project = run.settings.stack.projectName;
  const start: StartSections = readStartSections(deps.files, run.runDir) ?? { projectName: project, startedAtMs: run.startedAtMs, preflight: [], timings: [] };
  const { report, keep, failOnMet, verdict } = await finishRun(deps, run, start, { takeBackLease: true, bootMs });
  const reportingStarted = deps.clock.now();

  const outputs = runOutputs(report, run.startupMs);
  runtime.setOutput(OUTPUTS.projectName, project);
  for (const [name, value] of [
    [OUTPUTS.startupSeconds, outputs.startupSeconds],
    [OUTPUTS.peakMemoryBytes, outputs.peakMemoryBytes],
    [OUTPUTS.oomKills, outputs.oomKills],
    [OUTPUTS.restarts, outputs.restarts],
    [OUTPUTS.pullSeconds, outputs.pullSeconds],
    [OUTPUTS.buildSeconds, outputs.buildSeconds],
    [OUTPUTS.baselineFound, verdict?.outputs.baselineFound],
    [OUTPUTS.regressions, verdict?.outputs.regressions],
    [OUTPUTS.logsDir, report.logs?.dir],
  ] as const) {
    if (value !== undefined) runtime.setOutput(name, value);
  }

  // The summary and report.json are the last segment of post's own timings.
  const reportFile = path.join(run.runDir, 'report.json');
  const summary = `${renderSummary(report, { reportFile })}${keep ? keptNote(run.settings, run.overrideFile, deps.cliScript()) : ''}`;
  report.timings?.finish?.push({ phase: 'report', ms: deps.clock.now() - reportingStarted });
  try {
    writeReportJson(deps.files, reportFile, report, runtime.redactor);
    runtime.setOutput(OUTPUTS.reportFile, reportFile);
  } catch (error) {
    runtime.warning(`Could not write report.json: ${errorMessage(error)}`);
  }
  await runtime.appendSummary(summary);

  const cleanup = cleanupFailure(report.teardown, project);
  if (cleanup) runtime.setFailed(cleanup);
  if (failOnMet.length > 0) {
    runtime.setFailed(`fail-on: ${failOnMet.join('; ')}. The stack was ${keep ? 'kept' : 'cleaned up'}; the job summary has the details.`);
  }
}

/** How to remove a kept stack and its lease, for the summary. */
export function keptNote(settings: Settings, overrideFile: string | undefined, cli: string): string {
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
