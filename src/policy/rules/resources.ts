import { cpuLimit, memoryLimitBytes, stackReservation, tmpfsMounts } from '../../compose/resources.js';
import { formatBytes } from '../../core/units.js';
import { isRecord, type Hit, type Rule } from '../context.js';

// memory-limit, cpu-limit, tmpfs-size, memory-budget: what a stack may take from the runner.

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
          message: `Service ${name} has no memory limit in the compose files; the action injected ${formatBytes(injectedBytes)} (default-memory-limit). Set mem_limit in the file to make it permanent.`,
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
          message: `Service ${name} has no CPU limit in the compose files; the action injected ${injectedCpus} CPUs (default-cpu-limit).`,
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

const tmpfsSize: Rule = {
  id: 'tmpfs-size',
  check: ({ services, where }) =>
    services.flatMap(([name, service]) =>
      tmpfsMounts(service)
        .filter((mount) => mount.sizeBytes === undefined)
        .map((mount): Hit => {
          const at =
            mount.declaredIn === 'tmpfs'
              ? where.entry(name, ['tmpfs'], ({ value }) => typeof value === 'string' && value.split(':')[0] === mount.target)
              : where.entry(name, ['volumes'], ({ value }) => isRecord(value) && value.type === 'tmpfs' && value.target === mount.target);
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
  check: ({ model, memoryBudget: budget, where }) => {
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
    const biggest = [...reservation.services]
      .sort((a, b) => b.totalBytes - a.totalBytes)
      .slice(0, 3)
      .filter((entry) => entry.totalBytes > 0)
      .map((entry) => `${entry.service} ${formatBytes(entry.totalBytes)}`);
    const unlimited = reservation.unlimited.length;
    const floor = unlimited > 0 ? ` (a floor: ${unlimited} ${unlimited === 1 ? 'service has' : 'services have'} no memory limit)` : '';
    return [{
      rule: 'memory-budget',
      service: '',
      at: where.stack(),
      message: `The stack reserves ${formatBytes(reservation.totalBytes)} in memory limits and tmpfs sizes${floor}, more than the budget of ${formatBytes(budget.bytes)} (${budget.label}); largest: ${biggest.join(', ')}. Lower the limits or tmpfs sizes, or raise memory-budget.`,
    }];
  },
};

export const RESOURCE_RULES: Rule[] = [memoryLimit, cpuLimitRule, tmpfsSize, memoryBudget];
