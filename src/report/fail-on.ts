import { parsePercent } from '../core/units.js';

// `fail-on`: conditions seen while the stack ran that fail the job in post (after cleanup).
// Parsing and evaluation are pure; post decides when to apply them.

export type FailCondition =
  | { kind: 'oom' }
  | { kind: 'restart' }
  | { kind: 'unhealthy' }
  /** Peak memory of a container above this share (0–1] of its memory limit. */
  | { kind: 'memory-over'; fraction: number };

const SIMPLE = ['oom', 'restart', 'unhealthy'] as const;

/**
 * "oom, restart" / one per line / "memory-over:90%" / "none". Returns the conditions or the
 * problems, each quoting the bad entry and listing what is accepted.
 */
export function parseFailOn(text: string): FailCondition[] | { problems: string[] } {
  const entries = text
    .split(/[\n,]/)
    .map((entry) => entry.trim().toLowerCase())
    .filter((entry) => entry !== '' && !entry.startsWith('#'));
  if (entries.length === 1 && entries[0] === 'none') return [];
  const conditions: FailCondition[] = [];
  const problems: string[] = [];
  for (const entry of entries) {
    if ((SIMPLE as readonly string[]).includes(entry)) {
      if (!conditions.some((condition) => condition.kind === entry)) conditions.push({ kind: entry as (typeof SIMPLE)[number] });
      continue;
    }
    const memory = /^memory-over:(.*)$/.exec(entry);
    if (memory) {
      const fraction = parsePercent(memory[1]!);
      if (typeof fraction === 'number') conditions.push({ kind: 'memory-over', fraction });
      else problems.push(`'${entry}': ${fraction.error} (like memory-over:90%)`);
      continue;
    }
    problems.push(`'${entry}' is not a condition; use oom, restart, unhealthy, memory-over:NN% or none`);
  }
  return problems.length > 0 ? { problems } : conditions;
}

export function describeCondition(condition: FailCondition): string {
  return condition.kind === 'memory-over' ? `memory-over:${Math.round(condition.fraction * 1000) / 10}%` : condition.kind;
}

/** What happened to one service while it ran, as far as fail-on cares. */
export interface ServiceOutcome {
  service: string;
  oomKills: number;
  restarts: number;
  /** Times the service's health check turned unhealthy. */
  unhealthy: number;
  peakMemoryBytes?: number;
  memoryLimitBytes?: number;
}

/** One line per condition met, naming the services: "oom: db killed 1 time". Empty when none. */
export function evaluateFailOn(conditions: FailCondition[], services: ServiceOutcome[]): string[] {
  const reasons: string[] = [];
  for (const condition of conditions) {
    const hits = services.flatMap((service): string[] => {
      switch (condition.kind) {
        case 'oom':
          return service.oomKills > 0 ? [`${service.service} OOM-killed ${times(service.oomKills)}`] : [];
        case 'restart':
          return service.restarts > 0 ? [`${service.service} restarted ${times(service.restarts)}`] : [];
        case 'unhealthy':
          return service.unhealthy > 0 ? [`${service.service} turned unhealthy ${times(service.unhealthy)}`] : [];
        case 'memory-over': {
          const { peakMemoryBytes: peak, memoryLimitBytes: limit } = service;
          if (!peak || !limit || peak <= limit * condition.fraction) return [];
          return [`${service.service} peaked at ${((peak / limit) * 100).toFixed(0)}% of its memory limit`];
        }
      }
    });
    if (hits.length > 0) reasons.push(`${describeCondition(condition)}: ${hits.join(', ')}`);
  }
  return reasons;
}

function times(count: number): string {
  return count === 1 ? 'once' : `${count} times`;
}
