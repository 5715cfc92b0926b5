import { terminalRuntime } from '../../adapters/terminal-runtime.js';
import { describeClaims } from '../../lease/describe.js';
import { releaseLease } from '../../lease/lifecycle.js';
import { DEFAULT_NAMESPACE } from '../../lease/records.js';
import { leasesOfProject } from '../../lease/status.js';
import { formatDuration } from '../../core/units.js';
import { INPUTS, type InputKey } from '../../settings/keys.js';
import { realDeps, type Deps } from '../deps.js';
import { startRun } from '../pipeline/start.js';
import { runDirectory } from '../run-files.js';
import { EXIT, ExitError } from './exit.js';
import type { RegisterCommand } from './index.js';
import { collect } from './lease-cli.js';
import { addInputFlags, inputsFromFlags, settingsOfRuntime, type SettingsFlags } from './settings-flags.js';
import { addStackOptions } from './stack-options.js';

// `docker-stability up`: the pipeline's start for a stack that outlives the command — a
// developer's stack, a service for a later step — so it takes turns with CI on the daemon for
// ports, groups and memory. The lease is handed to a small detached keeper (`hold-lease`) that
// `down` stops. The policy is reported but does not block by default (`--policy error` blocks):
// this is someone's own stack, not a pull request's.

/** What `up` does differently from the action: the policy warns, and there is no monitor to read. */
export const UP_DEFAULTS: Partial<Record<InputKey, string>> = { policy: 'warn' };

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

export const registerUp: RegisterCommand = (program, setExitCode) => {
  const command = addStackOptions(
    program
      .command('up')
      .description('Start a Compose stack (checks, lease, up --detach --wait) under a lease in the Docker daemon, so it takes turns with CI and other stacks; `down` ends it')
      .argument('[services...]', 'start only these services (and what they depend on), as `docker compose up SERVICE...`; the lease and the policy judge what starts'),
  )
    .option('-g, --group <name>', 'a named group the stack belongs to: one holder at a time (repeatable)', collect, [])
    .option('--config <file>', 'policy configuration (default: .docker-stability.yml in the project directory)')
    .option('--namespace <name>', 'lease namespace: separate fleets (and tests) never meet', DEFAULT_NAMESPACE)
    .option('--timeout <duration>', `how long to wait for the lease (as the action's ${INPUTS.lockTimeout.name}; 0 = do not wait)`);
  addInputFlags(command, UP_DEFAULTS);
  command.action(async (services: string[], flags: UpFlags & { timeout?: string }) => {
    const inputs = inputsFromFlags({ ...flags, service: services, lockGroup: flags.group, ...(flags.timeout !== undefined ? { lockTimeout: flags.timeout } : {}) }, process.env, UP_DEFAULTS);
    const deps = realDeps(process.env, terminalRuntime({ inputs, env: process.env }));
    setExitCode(await runUp(deps, process.cwd(), flags));
  });
};
