import type { ComposeService } from '../../compose/model.js';
import { composeSize, FIT_SHARE, fittingLimit, memoryNeeds, totalOf, type MemoryNeed } from '../../compose/memory-needs.js';
import type { Position } from '../../compose/positions.js';
import { memoryLimitBytes } from '../../compose/resources.js';
import { formatBytes } from '../../core/units.js';
import type { Severity } from '../finding.js';
import type { Hit, Locator, Rule, RuleContext } from '../context.js';
import { tmpfsPosition } from './resources.js';

// memory-fit: what a service tells its programs to use (a JVM heap, Redis maxmemory, PostgreSQL
// shared_buffers, an InnoDB buffer pool, Node's old space) and the tmpfs and /dev/shm it may fill,
// against the memory limit the kernel enforces: every one of them is charged to the container's
// memory cgroup. Reaching the limit is an error (the OOM kill is a matter of time); more than
// FIT_SHARE of it is a warning (programs use more than they declare). Each finding points at the
// switch or variable and says what limit would fit.

const CONSEQUENCE: Record<string, string> = {
  jvm: 'the JVM grows its heap to that before collecting hard, and metaspace, threads and code cache come on top, so the kernel OOM-kills it',
  redis: 'Redis fills that before it evicts anything, and a background save can double it, so the kernel OOM-kills it first',
  postgres: 'PostgreSQL is OOM-killed once its buffers fill',
  mysql: 'mysqld is OOM-killed once the pool fills',
  node: 'Node grows its heap to that before collecting hard, so the kernel OOM-kills it first',
  tmpfs: 'writing that much to it gets the container OOM-killed (tmpfs pages are charged to its memory)',
  shm: 'filling /dev/shm gets the container OOM-killed (its pages are charged to its memory)',
};

function kindOf(need: MemoryNeed): string {
  return need.source.kind === 'program' ? need.source.declaration.program : need.source.kind;
}

function positionOf(where: Locator, service: string, need: MemoryNeed): Position {
  const source = need.source;
  if (source.kind === 'tmpfs') return tmpfsPosition(where, service, source.mount);
  if (source.kind === 'shm') return where.value(service, ['shm_size']);
  const { where: declaredIn, key } = source.declaration;
  if (declaredIn.in === 'environment') {
    const variable = declaredIn.variable!;
    // A mapping entry is found through merge keys (`<<: *jvm`) too; a list entry by its name.
    return (
      where.exact(service, ['environment', variable]) ??
      where.entry(service, ['environment'], (entry) => entry.key === variable || (typeof entry.value === 'string' && entry.value.startsWith(`${variable}=`)))
    );
  }
  return where.entry(service, [declaredIn.in], ({ value }) => typeof value === 'string' && key.test(value));
}

function limitPlace(context: RuleContext, service: string, spec: ComposeService): string {
  if (context.injected.get(service)?.memoryBytes !== undefined) return 'injected by default-memory-limit';
  const path = spec.deploy?.resources?.limits?.memory !== undefined ? ['deploy', 'resources', 'limits', 'memory'] : ['mem_limit'];
  return context.describe(context.where.value(service, path));
}

/** What else could give: the need lowered so that everything fits the limit as it is. */
function lowerTo(need: MemoryNeed, limit: number, total: number): string {
  const room = Math.floor(limit * FIT_SHARE - (total - need.bytes));
  const what = need.source.kind === 'program' ? 'the declared size' : need.source.kind === 'tmpfs' ? 'the tmpfs size' : 'shm_size';
  return room >= 1024 ** 2 ? `, or lower ${what} to ${formatBytes(room)} or less` : '';
}

function warningSeverity(configured: Severity | 'off'): Severity | undefined {
  return configured === 'error' ? 'warning' : undefined;
}

const memoryFit: Rule = {
  id: 'memory-fit',
  check: (context) =>
    context.services.flatMap(([name, service]): Hit[] => {
      const limit = memoryLimitBytes(service);
      if (limit === undefined) return [];
      const needs = memoryNeeds(service, limit);
      if (needs.length === 0) return [];
      const total = totalOf(needs);
      if (total <= limit * FIT_SHARE) return [];
      const limitText = `its ${formatBytes(limit)} memory limit (${limitPlace(context, name, service)})`;
      const fit = `Set mem_limit: ${composeSize(fittingLimit(total))} or more (the declared ${formatBytes(total)} is then at most ${FIT_SHARE * 100}% of it)`;
      const alone = needs.filter((need) => need.bytes >= limit);
      if (alone.length > 0) {
        return alone.map((need) => ({
          rule: 'memory-fit',
          service: name,
          at: positionOf(context.where, name, need),
          message: `${name} declares ${need.description}, which reaches ${limitText}: ${CONSEQUENCE[kindOf(need)]}. ${fit}${lowerTo(need, limit, total)}.`,
        }));
      }
      const largest = [...needs].sort((a, b) => b.bytes - a.bytes)[0]!;
      const listed = needs.length === 1 ? needs[0]!.description : `${needs.map((need) => need.description).join(', ')}: ${formatBytes(total)} together`;
      const reaches = total >= limit;
      return [{
        rule: 'memory-fit',
        service: name,
        at: positionOf(context.where, name, largest),
        severity: reaches ? undefined : warningSeverity(context.config.rules['memory-fit'].severity),
        message: reaches
          ? `${name} declares ${listed}, which reaches ${limitText}: all of it is charged to the container's memory, so it is OOM-killed before it holds what it was told to. ${fit}${lowerTo(largest, limit, total)}.`
          : `${name} declares ${listed}, ${Math.round((total / limit) * 100)}% of ${limitText}: programs use more than they declare (${FIT_SHARE * 100}% leaves room for the rest), so it runs close to an OOM kill. ${fit}${lowerTo(largest, limit, total)}.`,
      }];
    }),
};

export const MEMORY_FIT_RULES: Rule[] = [memoryFit];
