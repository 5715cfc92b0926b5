// The pipeline's two halves called directly (not through an entry point) in a world of fakes:
// the settings parsed as every entry point parses them, the start's options as the action
// passes them, and every checkpoint's phase recorded.
import { startRun, type StartOptions } from '../../../src/app/pipeline/start.js';
import { parseSettings, type Settings } from '../../../src/settings/settings.js';
import { RUNNER_TEMP, WORKSPACE, type world } from './world.js';

export type World = ReturnType<typeof world>;

export const RUN_DIR = `${RUNNER_TEMP}/docker-stability/p`;

export function settingsOf(w: World): Settings {
  const { runtime } = w.deps;
  return parseSettings({ input: runtime.input, env: runtime.env, files: w.deps.files, randomHex: w.deps.randomHex, workspace: WORKSPACE });
}

/** Starts the run as the action's main does (monitor keeps the lease); `phases` lists every checkpoint. */
export async function start(w: World, options: Partial<StartOptions> = {}) {
  const settings = settingsOf(w);
  const phases: string[] = [];
  const started = await startRun(w.deps, settings, {
    runDir: RUN_DIR,
    workspace: WORKSPACE,
    namespace: settings.lease.namespace,
    signal: new AbortController().signal,
    keeper: 'monitor',
    monitor: true,
    checkpoint: (run) => void phases.push(run.phase),
    ...options,
  });
  return { ...started, settings, phases: [...new Set(phases)] };
}

export const only = (events: string[], pattern: RegExp): string[] => events.filter((event) => pattern.test(event));

/** The lease records on the daemon (containers of the lease namespace), by name. */
export function leaseRecords(w: World): string[] {
  return [...w.docker.containers.values()].filter((container) => container.labels['docker-stability.lease.id']).map((container) => container.name);
}
