import { leaseStatus, formatStatusText } from '../../lease/status.js';
import { EXIT, ExitError } from './exit.js';
import type { CliContext } from './index.js';
import { leaseCliDeps, parseLeaseFlags, type LeaseCliDeps, type LeaseFlags } from './lease-cli.js';

// `docker-stability status`: the leases held in the daemon (owner, groups, ports, reservation,
// age), the memory budget in use, and who waits for what — as text, or JSON for scripts.

const FORMATS = ['text', 'json'] as const;

export async function runStatus(flags: Partial<LeaseFlags> & { format: string }, deps: LeaseCliDeps, stdout: (text: string) => void): Promise<number> {
  if (!(FORMATS as readonly string[]).includes(flags.format)) {
    throw new ExitError(EXIT.usage, `--format: '${flags.format}' is not one of ${FORMATS.join(', ')}`);
  }
  const options = parseLeaseFlags(flags);
  const status = await leaseStatus(deps, { namespace: options.namespace, budget: options.budget, leaseTtlMs: options.ttlMs });
  stdout(flags.format === 'json' ? `${JSON.stringify(status, null, 2)}\n` : `${formatStatusText(status)}\n`);
  return EXIT.ok;
}

/** `docker-stability status` as the registry calls it. */
export function statusAction(flags: LeaseFlags & { format: string }, context: CliContext): Promise<number> {
  return runStatus(flags, leaseCliDeps(context.self), context.self.stdout);
}
