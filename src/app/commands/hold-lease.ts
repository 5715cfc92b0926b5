import { holdLease } from '../../lease/keeper.js';
import { EXIT } from './exit.js';
import type { RegisterCommand } from './index.js';
import { parseLeaseFlags, realLeaseCliDeps } from './lease-cli.js';

// `docker-stability hold-lease --namespace NS --id ID` (hidden): the keeper `up` starts,
// detached, to own the stack's lease after `up` returns. It renews the lease and ends when the
// lease is released or taken over (`down` takes it over, then stops it) or on SIGTERM.

export const registerHoldLease: RegisterCommand = (program, setExitCode) => {
  program
    .command('hold-lease', { hidden: true })
    .description('keep a lease alive (started by `up`; not for people)')
    .requiredOption('--id <id>', 'lease id')
    .option('--namespace <name>', 'lease namespace', 'default')
    .option('--lease-ttl <duration>', 'lease TTL', '6h')
    .action(async (flags: { id: string; namespace: string; leaseTtl: string }) => {
      const options = parseLeaseFlags({ namespace: flags.namespace, leaseTtl: flags.leaseTtl });
      const stop = new AbortController();
      for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, () => stop.abort());
      await holdLease(realLeaseCliDeps(), { namespace: options.namespace, id: flags.id }, { ttlMs: options.ttlMs, signal: stop.signal });
      setExitCode(EXIT.ok);
    });
};
