import type { ComposeService } from '../../compose/model.js';
import { normalizeCapability } from '../config.js';
import { isRecord, type Hit, type Rule } from '../context.js';

// privileged, docker-socket, host-namespace, capabilities: ways a pull request could take over a
// self-hosted runner through its compose file.

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

/** Host paths that are, or contain, the Docker (or containerd) socket. */
const SOCKET_HOLDERS = new Set(['/', '/var', '/var/run', '/run', '/var/run/docker', '/run/docker', '/run/containerd']);

function exposesSocket(source: string): boolean {
  const normalized = source.replace(/\/+$/, '') || '/';
  return /\/(docker|containerd|podman)\.sock$/.test(normalized) || SOCKET_HOLDERS.has(normalized);
}

/** The target of a short-syntax volume ("src:/target:ro") or a long-syntax entry. */
function writtenTarget(value: unknown): string | undefined {
  if (isRecord(value)) return typeof value.target === 'string' ? value.target : undefined;
  return typeof value === 'string' ? value.split(':')[1] : undefined;
}

const dockerSocket: Rule = {
  id: 'docker-socket',
  check: ({ services, where }) =>
    services.flatMap(([name, service]) =>
      (service.volumes ?? [])
        .filter((volume) => volume.type === 'bind' && volume.source !== undefined && exposesSocket(volume.source))
        .map((volume): Hit => ({
          rule: 'docker-socket',
          service: name,
          at: where.entry(name, ['volumes'], ({ value }) => writtenTarget(value) === volume.target),
          message: `Service ${name} mounts ${/\.sock$/.test(volume.source!) ? 'the container runtime socket' : `${volume.source}, which holds the Docker socket,`} at ${volume.target}: that is root on the host, so a pull request could take over the runner. Remove the mount; give tests their own daemon if they need Docker.`,
        })),
    ),
};

const NAMESPACES = ['network_mode', 'pid', 'ipc', 'userns_mode'] as const;

const hostNamespace: Rule = {
  id: 'host-namespace',
  check: ({ services, where }) =>
    services.flatMap(([name, service]) =>
      NAMESPACES.filter((key) => (service as ComposeService)[key] === 'host').map((key): Hit => ({
        rule: 'host-namespace',
        service: name,
        at: where.value(name, [key]),
        message: `Service ${name} sets ${key}: host, sharing the runner's ${key === 'network_mode' ? 'network' : key === 'pid' ? 'processes' : key === 'ipc' ? 'shared memory' : 'user namespace'}: it can reach what other jobs run and breaks isolation between parallel stacks. Remove it.`,
      })),
    ),
};

/** Capabilities that come close to privileged; reported first. */
const DANGEROUS = ['ALL', 'SYS_ADMIN', 'SYS_PTRACE', 'SYS_MODULE', 'NET_ADMIN', 'DAC_READ_SEARCH', 'SYS_RAWIO', 'BPF'];

const capabilities: Rule = {
  id: 'capabilities',
  check: ({ services, config, where }) =>
    services.flatMap(([name, service]): Hit[] => {
      const added = (service.cap_add ?? []).map(normalizeCapability).filter((cap) => !config.capabilities.allow.includes(cap));
      if (added.length === 0) return [];
      const worst = DANGEROUS.find((cap) => added.includes(cap)) ?? added[0]!;
      const what = worst === 'ALL' ? 'ALL capabilities, nearly the same as privileged' : added.join(', ');
      return [{
        rule: 'capabilities',
        service: name,
        at: where.entry(name, ['cap_add'], ({ value }) => typeof value === 'string' && normalizeCapability(value) === worst),
        message: `Service ${name} adds ${what}, widening what it can do to the host. Drop what is not needed, or allow specific capabilities in the policy configuration (capabilities.allow).`,
      }];
    }),
};

export const SECURITY_RULES: Rule[] = [privileged, dockerSocket, hostNamespace, capabilities];
