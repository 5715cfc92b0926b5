import { terminalRuntime } from '../../adapters/terminal-runtime.js';
import { leftoverCount } from '../../cleanup/leftovers.js';
import { errorMessage } from '../../core/errors.js';
import { releaseLease, transferLease } from '../../lease/lifecycle.js';
import { ownerLiveness } from '../../lease/liveness.js';
import { selfIdentity } from '../../lease/context.js';
import { leasesOfProject } from '../../lease/status.js';
import { realDeps, type Deps } from '../deps.js';
import type { CarriedRun } from '../pipeline/carried.js';
import { finishRun } from '../pipeline/finish.js';
import { deadOwnerCheck } from '../sweep.js';
import { runDirectory } from '../run-files.js';
import { EXIT } from './exit.js';
import type { CliContext } from './index.js';
import { inputsFromFlags, settingsOfRuntime, type SettingsFlags } from './settings-flags.js';

// `docker-stability down`: the pipeline's finish for a stack `up` started — its lease taken over
// from the keeper first (so there is never a moment the stack runs without a lease), the stack
// torn down (no grace period: it is disposable; only what carries its lease's owner label, or an
// earlier `up`'s whose lease has ended), what is left counted, the lease released last.

export async function runDown(deps: Deps, cwd: string, flags?: { confine?: boolean }): Promise<number> {
  const { runtime } = deps;
  const settings = settingsOfRuntime(deps, cwd, { confine: flags?.confine === true });
  const project = settings.stack.projectName;
  const namespace = settings.lease.namespace;
  const leases = await leasesOfProject(deps, { namespace, project, leaseTtlMs: settings.lease.leaseTtlMs });
  const [first, ...others] = leases;
  const run: CarriedRun = {
    version: 3,
    settings,
    runDir: runDirectory(deps.files, runtime.env, deps.self.temporaryDirectory(), project),
    namespace,
    phase: 'started',
    startedAtMs: deps.clock.now(),
    keeper: 'keeper',
    ...(first ? { lease: { namespace, id: first.id } } : {}),
  };
  // Ours first, so stopping the keeper never leaves a moment where the stack runs without a
  // lease; the keeper learns of the takeover from the daemon too, the signal only makes it quick.
  const me = selfIdentity(deps.host);
  for (const lease of leases) {
    await transferLease(deps, { namespace, id: lease.id }, me).catch((error: unknown) => runtime.warning(`Could not take lease ${lease.id} over: ${errorMessage(error)}`));
    if (lease.owner.pid !== me.pid && ownerLiveness(lease.owner, { me, lookup: (pid) => deps.host.processIdentity(pid) }) === 'alive') deps.processes.signal(lease.owner.pid, 'SIGTERM');
  }
  const finished = await finishRun(deps, run, { projectName: project, startedAtMs: run.startedAtMs, preflight: [], timings: [] }, { takeBackLease: false, deadOwner: await deadOwnerCheck(deps, { namespace, leaseTtlMs: settings.lease.leaseTtlMs }) });
  for (const lease of others) {
    await releaseLease(deps, { namespace, id: lease.id }).catch((error: unknown) => runtime.warning(`Could not release lease ${lease.id}: ${errorMessage(error)}`));
  }
  const leftovers = finished.report.teardown?.leftovers;
  const left = leftovers ? leftoverCount(leftovers) : undefined;
  runtime.info(`Stack ${project} is down${leases.length ? ' and its lease released' : ' (it held no lease)'}${left ? `; ${left} resources are left` : ''}.`);
  return left || left === undefined ? EXIT.failed : EXIT.ok;
}

/** `docker-stability down` as the registry calls it. */
export async function downAction(flags: SettingsFlags, context: CliContext): Promise<number> {
  const { self } = context;
  const deps = realDeps(self.env, terminalRuntime({ inputs: inputsFromFlags(flags, self.env), env: self.env }));
  return runDown(deps, self.cwd(), flags);
}
