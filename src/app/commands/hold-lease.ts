import { holdLease } from '../../lease/keeper.js';
import { EXIT } from './exit.js';
import type { CliContext } from './index.js';
import { leaseCliDeps, parseLeaseFlags } from './lease-cli.js';

// `docker-stability hold-lease --namespace NS --id ID` (hidden): the keeper `up` starts,
// detached, to own the stack's lease after `up` returns. It renews the lease and ends when the
// lease is released or taken over (`down` takes it over, then stops it) or on SIGTERM.

/** `docker-stability hold-lease --id ID` (hidden), as `up` starts it. */
export async function holdLeaseAction(flags: { id: string; namespace: string; leaseTtl: string }, context: CliContext): Promise<number> {
  const options = parseLeaseFlags({ namespace: flags.namespace, leaseTtl: flags.leaseTtl });
  // SIGTERM from `down` (or the host), SIGINT: the keeper ends, the lease goes with its owner.
  const interrupt = context.self.interruptSignal();
  try {
    await holdLease(leaseCliDeps(context.self), { namespace: options.namespace, id: flags.id }, { ttlMs: options.ttlMs, signal: interrupt.signal });
  } finally {
    interrupt.dispose();
  }
  return EXIT.ok;
}
