import { ProcessCommandRunner } from '../../adapters/command-runner.js';
import { leftoverCount } from '../../cleanup/leftovers.js';
import { ownerLabelValue } from '../../cleanup/ownership.js';
import { deadOwnerCheck } from '../sweep.js';
import { tearDown } from '../../cleanup/teardown.js';
import { DockerComposeCli, type ComposeCli } from '../../compose/compose-cli.js';
import { selfIdentity } from '../../lease/context.js';
import { releaseLease, transferLease } from '../../lease/lifecycle.js';
import { ownerLiveness } from '../../lease/liveness.js';
import { leasesOfProject } from '../../lease/status.js';
import { errorMessage } from '../../core/errors.js';
import { EXIT } from './exit.js';
import type { RegisterCommand } from './index.js';
import { addLeaseOptions, parseLeaseFlags, realLeaseCliDeps, type LeaseCliDeps, type LeaseFlags } from './lease-cli.js';
import { addStackOptions, stackFromFlags, type StackFlags } from './stack-options.js';

// `docker-stability down`: tears the stack down (its containers at once, and the volumes and
// networks that carry its lease's owner label) and releases its lease. The lease is taken over first, so stopping its keeper never leaves a
// moment where the stack runs without a lease; it is released last, once nothing is left.

export interface DownDeps extends LeaseCliDeps {
  compose: ComposeCli;
  cwd: string;
}

const TEARDOWN_TIMEOUT_MS = 120_000;

export async function runDown(flags: StackFlags & LeaseFlags, deps: DownDeps): Promise<number> {
  const target = stackFromFlags(flags, deps.cwd, deps.env);
  const options = parseLeaseFlags(flags);
  const me = selfIdentity(deps.host);
  const leases = await leasesOfProject(deps, { namespace: options.namespace, project: target.projectName, leaseTtlMs: options.ttlMs });
  for (const lease of leases) {
    await transferLease(deps, { namespace: options.namespace, id: lease.id }, me);
    // The keeper learns of the takeover from the daemon too; the signal only makes it quick.
    const local = { me, lookup: (pid: number) => deps.host.processIdentity(pid) };
    if (lease.owner.pid !== me.pid && ownerLiveness(lease.owner, local) === 'alive') deps.processes.signal(lease.owner.pid, 'SIGTERM');
  }

  // Volumes and networks go only when they carry the owner label of the stack's lease (`up` puts
  // it on everything the stack creates): a volume that existed before, another stack's, stays.
  const result = await tearDown({ compose: deps.compose, docker: deps.docker, now: deps.clock.now }, target, {
    stopTimeoutSeconds: 0,
    timeoutMs: TEARDOWN_TIMEOUT_MS,
    owners: leases.map((lease) => ownerLabelValue({ namespace: options.namespace, id: lease.id })),
    // What an earlier `up` left under a lease whose keeper died (the network survives a re-up).
    deadOwner: await deadOwnerCheck(deps, { namespace: options.namespace, leaseTtlMs: options.ttlMs }),
  });
  for (const problem of result.problems) deps.stderr(`docker-stability: ${problem}\n`);
  for (const kept of result.kept) deps.stderr(`docker-stability: kept ${kept.kind} ${kept.name}: ${kept.why}\n`);
  for (const lease of leases) {
    await releaseLease(deps, { namespace: options.namespace, id: lease.id }).catch((error: unknown) => {
      deps.stderr(`docker-stability: could not release lease ${lease.id}: ${errorMessage(error)}\n`);
    });
  }
  const left = result.leftovers ? leftoverCount(result.leftovers) : undefined;
  deps.stderr(
    `docker-stability: stack ${target.projectName} is down${leases.length ? ' and its lease released' : ' (it held no lease)'}${left ? `; ${left} resources are left` : ''}.\n`,
  );
  return left ? EXIT.failed : EXIT.ok;
}

export const registerDown: RegisterCommand = (program, setExitCode) => {
  addLeaseOptions(
    addStackOptions(program.command('down').description('Tear a stack down (volumes and orphans included, no grace period) and release its lease')),
    { timeout: false },
  ).action(async (flags: StackFlags & LeaseFlags) => {
    const deps: DownDeps = { ...realLeaseCliDeps(), compose: new DockerComposeCli(new ProcessCommandRunner()), cwd: process.cwd() };
    setExitCode(await runDown(flags, deps));
  });
};
