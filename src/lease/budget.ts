import { formatBytes, parsePercent, parseSize } from '../core/units.js';

// The memory budget leases are admitted against: a share of the daemon's memory ("75%") or an
// absolute size ("6g"). One parser for the `memory-budget` input, shared with the policy's
// memory-budget rule (ResolvedBudget has the shape of the policy's MemoryBudget). Each request
// carries the budget its requester resolved, so a stack is admitted when the reservations
// already held plus its own fit in *its* budget.

export type MemoryBudget = { kind: 'share'; fraction: number; text: string } | { kind: 'size'; bytes: number; text: string };

/** Bytes, and how they were decided ("75% of the daemon's 23.5 GiB"). */
export interface ResolvedBudget {
  bytes: number;
  label: string;
}

/** "75%" or a Docker-style size ("6g", "6GiB"); the error names the grammar. */
export function parseMemoryBudget(text: string): MemoryBudget | { error: string } {
  const trimmed = text.trim();
  if (trimmed.endsWith('%')) {
    const fraction = parsePercent(trimmed);
    return typeof fraction === 'number' ? { kind: 'share', fraction, text: trimmed } : { error: `${fraction.error}; use 75%, 6g or 6GiB` };
  }
  const bytes = parseSize(trimmed);
  if (typeof bytes !== 'number' || bytes <= 0) {
    return { error: `'${text}' is not a size or a share; use 6g, 6GiB or 75%` };
  }
  return { kind: 'size', bytes, text: trimmed };
}

/** The budget on a daemon with memTotalBytes of memory (`docker info`'s MemTotal). */
export function resolveMemoryBudget(budget: MemoryBudget, memTotalBytes: number): ResolvedBudget {
  if (budget.kind === 'size') return { bytes: budget.bytes, label: `memory-budget ${budget.text}` };
  return {
    bytes: Math.floor(budget.fraction * memTotalBytes),
    label: `${budget.text} of the daemon's ${formatBytes(memTotalBytes)}`,
  };
}

/** "17.7 GiB (75% of the daemon's 23.5 GiB)". */
export function describeBudget(resolved: ResolvedBudget): string {
  return `${formatBytes(resolved.bytes)} (${resolved.label})`;
}
