import { terminalRuntime } from '../../adapters/terminal-runtime.js';
import { describeClaims } from '../../lease/describe.js';
import { releaseLease } from '../../lease/lifecycle.js';
import { leasesOfProject } from '../../lease/status.js';
import { formatDuration } from '../../core/units.js';
import { realDeps, type Deps } from '../deps.js';
import { startRun } from '../pipeline/start.js';
import { runDirectory } from '../run-files.js';
import { EXIT, ExitError } from './exit.js';
import type { CliContext } from './index.js';
import { UP_DEFAULTS } from './up-defaults.js';
import { inputsFromFlags, settingsOfRuntime, type SettingsFlags } from './settings-flags.js';

// `docker-stability up`: the pipeline's start for a stack that outlives the command — a
// developer's stack, a service for a later step — so it takes turns with CI on the daemon for
// ports, groups and memory. The lease is handed to a small detached keeper (`hold-lease`) that
// `down` stops. The policy is reported but does not block by default (`--policy error` blocks):
// this is someone's own stack, not a pull request's.

export interface UpFlags extends SettingsFlags {
  group: string[];
  namespace: string;
}

export async function runUp(deps: Deps, cwd: string, flags?: { confine?: boolean }): Promise<number> {
  const { runtime } = deps;
  const settings = settingsOfRuntime(deps, cwd, { confine: flags?.confine === true });
  const project = settings.stack.projectName;
  const namespace = settings.lease.namespace;
  const held = await leasesOfProject(deps, { namespace, project, leaseTtlMs: settings.lease.leaseTtlMs });
  // A lease whose keeper died is not ours to start under: it goes, and we queue like anyone.
  for (const stale of held.filter((lease) => lease.stale)) await releaseLease(deps, { namespace, id: stale.id });
  const live = held.find((lease) => !lease.stale);
  if (live) runtime.info(`Project ${project} already holds a lease (${describeClaims(live.request)}); starting under it.`);

  const interrupt = deps.self.interruptSignal();
  try {
    const started = await startRun(deps, settings, {
      runDir: runDirectory(deps.files, runtime.env, deps.self.temporaryDirectory(), project),
      workspace: cwd,
      namespace,
      signal: interrupt.signal,
      keeper: 'keeper',
      monitor: false,
      ...(live ? { reuseLease: { namespace, id: live.id } } : {}),
      startKeeper: (lease) =>
        deps.processes.spawnDetached(deps.self.self.command, [...deps.self.self.args, 'hold-lease', '--namespace', namespace, '--id', lease.id, '--lease-ttl', `${settings.lease.leaseTtlMs}ms`], runtime.env),
    });
    if (!started.ok) {
      throw new ExitError(started.badInput ? EXIT.usage : EXIT.failed, `${started.failure ?? `Stack ${project} did not start.`}${started.run.phase === 'start-failed' ? '\nIt was torn down and its lease released.' : ''}`);
    }
    runtime.info(`Stack ${project} is up and healthy after ${formatDuration(started.run.startupMs ?? 0)}; it holds its lease (host ports, groups, memory) until 'docker-stability down -p ${project}'.`);
    return EXIT.ok;
  } finally {
    interrupt.dispose();
  }
}

/** `docker-stability up [SERVICE...]` as the registry calls it. */
export async function upAction(services: string[], flags: UpFlags & { timeout?: string }, context: CliContext): Promise<number> {
  const { self } = context;
  const inputs = inputsFromFlags({ ...flags, service: services, lockGroup: flags.group, ...(flags.timeout !== undefined ? { lockTimeout: flags.timeout } : {}) }, self.env, UP_DEFAULTS);
  const deps = realDeps(self.env, terminalRuntime({ inputs, env: self.env }));
  return runUp(deps, self.cwd(), flags);
}
