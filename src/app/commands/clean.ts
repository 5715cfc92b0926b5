import { linuxHostProbe } from '../../adapters/host-probe.js';
import { dockerApiFromEnvironment } from '../../adapters/docker-endpoint.js';
import { systemClock } from '../../adapters/system-clock.js';
import type { LeaseDeps } from '../../lease/context.js';
import { NAMESPACE_PATTERN } from '../../lease/records.js';
import { parseDuration } from '../../core/units.js';
import { LEASE_INPUTS } from '../../settings/lease.js';
import { sweepDeadOwners, type DeadOwnerSweep } from '../sweep.js';
import { EXIT, ExitError } from './exit.js';
import type { CliContext } from './index.js';

// `docker-stability clean`: removes what dead jobs left on this daemon — resources carrying our
// owner label whose lease is stale or gone — then the stale leases. Idempotent and quiet when
// there is nothing to do, so it is safe under cron or a systemd timer. `--dry-run` prints exactly
// what a real run would remove. Exit 0 when everything planned went, 1 when something could not
// be removed (named), 2 for bad usage.

export interface CleanFlags {
  dryRun?: boolean;
  format: string;
  namespace: string;
  leaseTtl?: string;
}

const FORMATS = ['text', 'json'] as const;

export async function runClean(flags: CleanFlags, deps: LeaseDeps & { stdout: (text: string) => void }): Promise<number> {
  if (!FORMATS.includes(flags.format as (typeof FORMATS)[number])) {
    throw new ExitError(EXIT.usage, `--format: '${flags.format}' is not one of ${FORMATS.join(', ')}`);
  }
  if (!NAMESPACE_PATTERN.test(flags.namespace)) throw new ExitError(EXIT.usage, `--namespace: '${flags.namespace}' is not a namespace`);
  const leaseTtlMs = parseDuration(flags.leaseTtl ?? LEASE_INPUTS.leaseTtl.default);
  if (typeof leaseTtlMs !== 'number') throw new ExitError(EXIT.usage, `--lease-ttl: ${leaseTtlMs.error}`);
  if (leaseTtlMs < 60_000) throw new ExitError(EXIT.usage, `--lease-ttl: '${flags.leaseTtl}' is shorter than the minimum of 1m`);
  const sweep = await sweepDeadOwners(deps, { namespace: flags.namespace, dryRun: Boolean(flags.dryRun), leaseTtlMs });
  deps.stdout(flags.format === 'json' ? `${JSON.stringify(cleanJson(sweep), null, 2)}\n` : cleanText(sweep));
  return (sweep.result?.failed.length ?? 0) > 0 ? EXIT.failed : EXIT.ok;
}

export function cleanJson(sweep: DeadOwnerSweep): object {
  const entry = (removal: DeadOwnerSweep['plan'][number]): object => ({
    kind: removal.resource.kind,
    name: removal.resource.name,
    id: removal.resource.id,
    project: removal.resource.project ?? null,
    owner: removal.resource.owner ?? null,
    reason: removal.reason,
  });
  return {
    namespace: sweep.namespace,
    dryRun: sweep.result === undefined,
    planned: sweep.plan.map(entry),
    removed: sweep.result ? sweep.result.removed.map(entry) : [],
    alreadyGone: sweep.result ? sweep.result.missing.map(entry) : [],
    failed: sweep.result ? sweep.result.failed.map((failure) => ({ ...entry(failure), error: failure.error })) : [],
    staleLeases: sweep.staleLeases,
    releasedLeases: sweep.released,
  };
}

export function cleanText(sweep: DeadOwnerSweep): string {
  const lines: string[] = [];
  const line = (removal: DeadOwnerSweep['plan'][number]): string => `  ${removal.resource.kind.padEnd(9)} ${removal.resource.name}  — ${removal.reason}`;
  if (sweep.result === undefined) {
    lines.push(sweep.plan.length ? `Would remove ${sweep.plan.length} resources (dry run):` : 'Nothing to remove (dry run).');
    lines.push(...sweep.plan.map(line));
    if (sweep.staleLeases.length) lines.push(`Would release ${sweep.staleLeases.length} stale leases: ${sweep.staleLeases.map(describeLease).join('; ')}`);
  } else {
    const { removed, missing, failed } = sweep.result;
    lines.push(removed.length ? `Removed ${removed.length} resources:` : 'Nothing to remove.');
    lines.push(...removed.map(line));
    if (missing.length) lines.push(`Already gone: ${missing.map((removal) => removal.resource.name).join(', ')}`);
    for (const failure of failed) lines.push(`Could not remove ${failure.resource.kind} ${failure.resource.name}: ${failure.error}`);
    if (sweep.released.length) {
      const released = sweep.staleLeases.filter((lease) => sweep.released.includes(lease.id));
      lines.push(`Released ${released.length} stale leases: ${released.map(describeLease).join('; ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function describeLease(lease: DeadOwnerSweep['staleLeases'][number]): string {
  return `${lease.id}${lease.project ? ` (project ${lease.project})` : ''}: ${lease.reason}`;
}

/** `docker-stability clean` as the registry calls it. */
export function cleanAction(flags: CleanFlags, context: CliContext): Promise<number> {
  return runClean(flags, { docker: dockerApiFromEnvironment(context.self.env), host: linuxHostProbe, clock: systemClock, stdout: context.self.stdout });
}
