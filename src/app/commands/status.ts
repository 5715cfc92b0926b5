import { leaseStatus, formatStatusText } from '../../lease/status.js';
import { EXIT, ExitError } from './exit.js';
import type { RegisterCommand } from './index.js';
import { addLeaseOptions, parseLeaseFlags, realLeaseCliDeps, type LeaseCliDeps, type LeaseFlags } from './lease-cli.js';

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

export const registerStatus: RegisterCommand = (program, setExitCode) => {
  addLeaseOptions(
    program
      .command('status')
      .description('List the leases in the Docker daemon: who holds what since when, the memory budget in use, and who waits.')
      .option('--format <format>', `output format: ${FORMATS.join(', ')}`, 'text'),
    { timeout: false },
  ).action(async (flags: LeaseFlags & { format: string }) => {
    setExitCode(await runStatus(flags, realLeaseCliDeps(), (text) => process.stdout.write(text)));
  });
};
