import { phaseSeconds } from '../../report/outputs.js';
import { OUTPUTS } from '../../settings/keys.js';
import { parseSettings, SettingsError } from '../../settings/settings.js';
import type { Deps } from '../deps.js';
import type { StartSections } from '../pipeline/report.js';
import { startRun } from '../pipeline/start.js';
import { runDirectory, writeStartSections } from '../run-files.js';
import { saveCarriedRun, saveSecrets } from './state.js';

/**
 * The action's main step around the pipeline's start: the inputs become Settings, every phase
 * saves the carried run (state) and its sections (a file in the run directory) for post, and
 * the outputs known by the end are set. A failure fails the step; the stack is not left running.
 */
export async function actionMain(deps: Deps, signal: AbortSignal, bootMs?: number): Promise<void> {
  const { runtime } = deps;
  const workspace = runtime.env.GITHUB_WORKSPACE || deps.self.cwd();
  let settings;
  try {
    settings = parseSettings({ input: runtime.input, env: runtime.env, files: deps.files, randomHex: deps.randomHex, workspace });
  } catch (error) {
    if (error instanceof SettingsError) return runtime.setFailed(error.message);
    throw error;
  }
  const project = settings.stack.projectName;
  runtime.setOutput(OUTPUTS.projectName, project);
  const runDir = runDirectory(deps.files, runtime.env, deps.self.temporaryDirectory(), project);
  let savedSecrets = 0;

  const started = await startRun(deps, settings, {
    runDir,
    workspace,
    namespace: settings.lease.namespace,
    signal,
    keeper: 'monitor',
    monitor: true,
    bootMs,
    checkpoint: (run, sections) => {
      writeStartSections(deps.files, runDir, sections, runtime.redactor);
      saveCarriedRun(runtime, run);
      const secrets = runtime.redactor.values();
      if (secrets.length !== savedSecrets) saveSecrets(runtime, secrets);
      savedSecrets = secrets.length;
    },
  });
  setMainOutputs(deps, started.sections, started.run.startupMs);
  if (!started.ok) runtime.setFailed(started.failure ?? 'The stack did not start.');
}

/** Outputs main knows: policy counts, the SARIF file, the admission wait, the baseline, start-up. */
function setMainOutputs(deps: Deps, sections: StartSections, startupMs: number | undefined): void {
  const { runtime } = deps;
  if (sections.policy) {
    runtime.setOutput(OUTPUTS.policyErrors, sections.policy.counts.error);
    runtime.setOutput(OUTPUTS.policyWarnings, sections.policy.counts.warning);
  }
  if (sections.sarifFile) runtime.setOutput(OUTPUTS.sarifFile, sections.sarifFile);
  if (sections.lease?.outcome === 'admitted') runtime.setOutput(OUTPUTS.lockWaitSeconds, (sections.lease.waitedMs / 1000).toFixed(1));
  if (sections.history?.baseline) runtime.setOutput(OUTPUTS.baselineFound, sections.history.baseline.recall.status === 'found');
  if (startupMs !== undefined) runtime.setOutput(OUTPUTS.startupSeconds, (startupMs / 1000).toFixed(1));
  const images = phaseSeconds(sections);
  if (images.pullSeconds) runtime.setOutput(OUTPUTS.pullSeconds, images.pullSeconds);
  if (images.buildSeconds) runtime.setOutput(OUTPUTS.buildSeconds, images.buildSeconds);
  // Only for a stack that is up: a failed start was torn down, and its ports are gone.
  if (sections.readiness?.ok) {
    runtime.setOutput(OUTPUTS.ports, JSON.stringify(sections.readiness.ports));
    for (const [name, value] of Object.entries(sections.readiness.variables ?? {})) runtime.exportVariable(name, value);
  }
}
