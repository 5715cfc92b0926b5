import { parseDuration } from '../core/units.js';
import { splitList } from '../core/lists.js';
import { INPUTS } from './keys.js';
import { parseMemoryBudget, type MemoryBudget } from '../lease/budget.js';
import { DEFAULT_NAMESPACE, NAMESPACE_PATTERN } from '../lease/records.js';
import { groupProblems } from '../lease/request.js';

// The lease inputs of the action, parsed once. settings.ts calls parseLeaseSettings with the raw
// input values and merges the problems into its own list, so every bad input is named at once.

export const LEASE_INPUTS = {
  lockGroup: INPUTS.lockGroup,
  memoryBudget: INPUTS.memoryBudget,
  lockTimeout: INPUTS.lockTimeout,
  leaseTtl: INPUTS.leaseTtl,
  leaseNamespace: INPUTS.leaseNamespace,
} as const;

export interface LeaseSettings {
  groups: string[];
  memoryBudget: MemoryBudget;
  /** How long to wait for admission; 0 means do not wait. */
  lockTimeoutMs: number;
  /** How long a lease whose owner cannot be seen stays valid without renewal. */
  leaseTtlMs: number;
  /** Leases of other namespaces are never seen: separate fleets (and tests) never meet. */
  namespace: string;
}

export type RawLeaseInputs = Record<Exclude<keyof typeof LEASE_INPUTS, 'leaseNamespace'>, string> & { leaseNamespace?: string };

/** A TTL below a minute would let a healthy owner lose its lease between two renewals. */
const MIN_TTL_MS = 60_000;

export function parseLeaseSettings(raw: RawLeaseInputs): { settings: LeaseSettings } | { problems: string[] } {
  const problems: string[] = [];
  const value = (key: keyof typeof LEASE_INPUTS): string => ((raw[key] ?? '').trim() === '' ? LEASE_INPUTS[key].default : raw[key]!);

  const groups = splitList(raw.lockGroup);
  problems.push(...groupProblems(groups, LEASE_INPUTS.lockGroup.name));

  const budget = parseMemoryBudget(value('memoryBudget'));
  if ('error' in budget) problems.push(`${LEASE_INPUTS.memoryBudget.name}: ${budget.error}`);

  const timeout = parseDuration(value('lockTimeout'));
  if (typeof timeout !== 'number') problems.push(`${LEASE_INPUTS.lockTimeout.name}: ${timeout.error}`);

  const ttl = parseDuration(value('leaseTtl'));
  if (typeof ttl !== 'number') problems.push(`${LEASE_INPUTS.leaseTtl.name}: ${ttl.error}`);
  else if (ttl < MIN_TTL_MS) problems.push(`${LEASE_INPUTS.leaseTtl.name}: '${raw.leaseTtl}' is shorter than the minimum of 1m`);

  const namespace = value('leaseNamespace') || DEFAULT_NAMESPACE;
  if (!NAMESPACE_PATTERN.test(namespace)) {
    problems.push(`${LEASE_INPUTS.leaseNamespace.name}: '${namespace.slice(0, 60)}' is not a namespace; use lowercase letters, digits, '-' and '_' (up to 40)`);
  }

  if (problems.length > 0 || 'error' in budget || typeof timeout !== 'number' || typeof ttl !== 'number') {
    return { problems };
  }
  return { settings: { groups: [...new Set(groups)], memoryBudget: budget, lockTimeoutMs: timeout, leaseTtlMs: ttl, namespace } };
}
