import type { ComposeService } from '../../compose/model.js';
import { normalizeCapability } from '../config.js';
import type { Hit, Rule } from '../context.js';
import { DANGEROUS_CAPABILITIES } from './isolation.js';

// privileged, host-namespace, capabilities: ways a pull request could take over a self-hosted
// runner through its compose file (docker-socket, with every other host mount, is in
// host-access.ts; the dangerous capabilities in isolation.ts).

const privileged: Rule = {
  id: 'privileged',
  check: ({ services, where }) =>
    services.flatMap(([name, service]): Hit[] =>
      service.privileged === true
        ? [{
            rule: 'privileged',
            service: name,
            at: where.value(name, ['privileged']),
            message: `Service ${name} runs privileged, with full access to the host: a pull request could take over the runner through this file. Remove privileged: true and add only the capabilities it needs.`,
          }]
        : [],
    ),
};

const NAMESPACES = ['network_mode', 'pid', 'ipc', 'userns_mode', 'uts', 'cgroup'] as const;
const SHARED: Record<(typeof NAMESPACES)[number], string> = {
  network_mode: 'network',
  pid: 'processes',
  ipc: 'shared memory',
  userns_mode: 'user namespace (root in the container is root on the host)',
  uts: 'host name',
  cgroup: 'cgroup tree',
};

const hostNamespace: Rule = {
  id: 'host-namespace',
  check: ({ services, where }) =>
    services.flatMap(([name, service]) =>
      NAMESPACES.filter((key) => (service as ComposeService)[key] === 'host').map((key): Hit => ({
        rule: 'host-namespace',
        service: name,
        at: where.value(name, [key]),
        message: `Service ${name} sets ${key}: host, sharing the runner's ${SHARED[key]}: it can reach what other jobs run and breaks isolation between parallel stacks. Remove it.`,
      })),
    ),
};

/** Added capabilities beyond the dangerous ones (those are `dangerous-capabilities` errors). */
const capabilities: Rule = {
  id: 'capabilities',
  check: ({ services, config, where }) =>
    services.flatMap(([name, service]): Hit[] => {
      const added = (service.cap_add ?? []).map(normalizeCapability).filter((cap) => !(cap in DANGEROUS_CAPABILITIES) && !config.capabilities.allow.includes(cap));
      if (added.length === 0) return [];
      const first = added[0]!;
      return [{
        rule: 'capabilities',
        service: name,
        at: where.entry(name, ['cap_add'], ({ value }) => typeof value === 'string' && normalizeCapability(value) === first),
        message: `Service ${name} adds ${added.join(', ')}, widening what it can do to the host. Drop what is not needed, or allow specific capabilities in the policy configuration (capabilities.allow).`,
      }];
    }),
};

export const SECURITY_RULES: Rule[] = [privileged, hostNamespace, capabilities];
