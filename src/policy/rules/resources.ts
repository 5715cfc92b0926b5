import type { Position } from '../../compose/positions.js';
import { cpuLimit, memoryLimitBytes, stackReservation, tmpfsMounts, type StackReservation, type TmpfsMount } from '../../compose/resources.js';
import { formatBytes } from '../../core/units.js';
import { isRecord, type Hit, type InjectedLimits, type Locator, type Rule, type RuleContext } from '../context.js';

// memory-limit, cpu-limit, tmpfs-size, memory-budget: what a stack may take from the runner.

function raisedMemory(limits: InjectedLimits): string {
  const raised = limits.memoryRaised;
  return raised ? `raised from default-memory-limit ${formatBytes(raised.defaultBytes)}: ${raised.because}` : 'default-memory-limit';
}

function raisedCpus(limits: InjectedLimits): string {
  const raised = limits.cpusRaised;
  return raised ? `raised from default-cpu-limit ${raised.default}: ${raised.because}` : 'default-cpu-limit';
}

const memoryLimit: Rule = {
  id: 'memory-limit',
  check: ({ services, injected, where }) =>
    services.flatMap(([name, service]): Hit[] => {
      const injectedBytes = injected.get(name)?.memoryBytes;
      if (injectedBytes !== undefined) {
        return [{
          rule: 'memory-limit',
          service: name,
          at: where.service(name),
          severity: 'note',
          message: `Service ${name} has no memory limit in the compose files; the action injected ${formatBytes(injectedBytes)} (${raisedMemory(injected.get(name)!)}). Set mem_limit in the file to make it permanent.`,
        }];
      }
      if (memoryLimitBytes(service) !== undefined) return [];
      return [{
        rule: 'memory-limit',
        service: name,
        at: where.service(name),
        message: `Service ${name} has no memory limit, so one runaway container can take the runner's memory and the Docker daemon with it. Set mem_limit (e.g. 512m) or deploy.resources.limits.memory.`,
      }];
    }),
};

const cpuLimitRule: Rule = {
  id: 'cpu-limit',
  check: ({ services, injected, where }) =>
    services.flatMap(([name, service]): Hit[] => {
      const injectedCpus = injected.get(name)?.cpus;
      if (injectedCpus !== undefined) {
        return [{
          rule: 'cpu-limit',
          service: name,
          at: where.service(name),
          severity: 'note',
          message: `Service ${name} has no CPU limit in the compose files; the action injected ${injectedCpus} CPUs (${raisedCpus(injected.get(name)!)}).`,
        }];
      }
      if (cpuLimit(service) !== undefined) return [];
      return [{
        rule: 'cpu-limit',
        service: name,
        at: where.service(name),
        message: `Service ${name} has no CPU limit, so one busy container can starve the others and the runner until health checks time out. Set cpus (e.g. 1.0) or deploy.resources.limits.cpus.`,
      }];
    }),
};

/** The `tmpfs:` entry or `type: tmpfs` volume that declares a mount. */
export function tmpfsPosition(where: Locator, service: string, mount: TmpfsMount): Position {
  return mount.declaredIn === 'tmpfs'
    ? where.entry(service, ['tmpfs'], ({ value }) => typeof value === 'string' && value.split(':')[0] === mount.target)
    : where.entry(service, ['volumes'], ({ value }) => isRecord(value) && value.type === 'tmpfs' && value.target === mount.target);
}

const tmpfsSize: Rule = {
  id: 'tmpfs-size',
  check: ({ services, where }) =>
    services.flatMap(([name, service]) =>
      tmpfsMounts(service)
        .filter((mount) => mount.sizeBytes === undefined)
        .map((mount): Hit => {
          const at = tmpfsPosition(where, name, mount);
          const fix = mount.declaredIn === 'tmpfs' ? `write it as "${mount.target}:size=256m"` : 'add tmpfs: {size: 256m} to the volume';
          return {
            rule: 'tmpfs-size',
            service: name,
            at,
            message: `tmpfs ${mount.target} of service ${name} has no size, so it can fill the host's memory (tmpfs is RAM). Give it a size: ${fix}.`,
          };
        }),
    ),
};

const memoryBudget: Rule = {
  id: 'memory-budget',
  check: ({ model, memoryBudget: budget, injected, where }) => {
    if (!budget) {
      return [{
        rule: 'memory-budget',
        service: '',
        at: where.stack(),
        severity: 'note',
        message: 'The memory budget was not checked: no memory-budget was given and the Docker daemon did not say how much memory it has.',
      }];
    }
    const reservation = stackReservation(model);
    if (reservation.totalBytes <= budget.bytes) return [];
    const over = reservation.totalBytes - budget.bytes;
    const share = (bytes: number): string => `${Math.round((bytes / reservation.totalBytes) * 100)}%`;
    const biggest = [...reservation.services]
      .sort((a, b) => b.totalBytes - a.totalBytes)
      .slice(0, 3)
      .filter((entry) => entry.totalBytes > 0)
      .map((entry) => {
        const raised = injected.get(entry.service)?.memoryRaised ? ', injected and raised for what it declares' : injected.get(entry.service)?.memoryBytes !== undefined ? ', injected' : '';
        return `${entry.service} ${formatBytes(entry.totalBytes)}${entry.replicas > 1 ? ` (${entry.replicas} replicas)` : ''} (${share(entry.totalBytes)}${raised})`;
      });
    const unlimited = reservation.unlimited.length;
    const floor = unlimited > 0 ? ` (a floor: ${unlimited} ${unlimited === 1 ? 'service has' : 'services have'} no memory limit)` : '';
    return [{
      rule: 'memory-budget',
      service: '',
      at: where.stack(),
      message: `The stack reserves ${formatBytes(reservation.totalBytes)}${floor}, ${formatBytes(over)} more than the budget of ${formatBytes(budget.bytes)} (${budget.label}); largest: ${biggest.join(', ')}.${injectedPart(reservation, injected, budget.bytes)} Lower the limits (each covers its tmpfs and /dev/shm), or raise memory-budget.`,
    }];
  },
};

/** When default-memory-limit filled in limits: how much of the total it is, and a default that would fit. */
function injectedPart(reservation: StackReservation, injected: RuleContext['injected'], budgetBytes: number): string {
  let atDefault = 0;
  let defaultBytes = 0;
  let injectedBytes = 0;
  let fixedBytes = 0;
  for (const entry of reservation.services) {
    const limits = injected.get(entry.service);
    if (limits?.memoryBytes === undefined) {
      fixedBytes += entry.totalBytes;
      continue;
    }
    injectedBytes += entry.totalBytes;
    if (limits.memoryRaised) fixedBytes += entry.totalBytes;
    else {
      atDefault += entry.replicas;
      defaultBytes = limits.memoryBytes;
    }
  }
  if (injectedBytes === 0) return '';
  const what = ` The limits injected by default-memory-limit make up ${formatBytes(injectedBytes)} of it`;
  if (atDefault === 0) return `${what}.`;
  const room = Math.floor((budgetBytes - fixedBytes) / atDefault / (16 * 1024 ** 2)) * 16 * 1024 ** 2;
  return room > 0
    ? `${what} (${atDefault} × ${formatBytes(defaultBytes)}); a default-memory-limit of ${formatBytes(room)} or less would fit.`
    : `${what}; the other services alone reach the budget, so no default-memory-limit would fit.`;
}

export const RESOURCE_RULES: Rule[] = [memoryLimit, cpuLimitRule, tmpfsSize, memoryBudget];
