import type { ComposeModel } from '../../compose/model.js';
import { normalizeCapability } from '../config.js';
import { isRecord, type Hit, type Rule } from '../context.js';

// security-opt, dangerous-capabilities, cgroup-parent, sysctls, foreign-container: the settings
// that loosen the walls between a container and the host or the other tenants of the daemon.

/** `seccomp=unconfined`, `apparmor:unconfined`: Docker takes `=` or `:` after the option. */
function splitOption(entry: string): { key: string; value: string } {
  const match = /^([a-z-]+)[=:](.*)$/i.exec(entry.trim());
  return match ? { key: match[1]!.toLowerCase(), value: match[2]!.trim() } : { key: entry.trim().toLowerCase(), value: '' };
}

/** Why a security option loosens confinement, or undefined when it does not. */
export function looseningOption(entry: string): string | undefined {
  const { key, value } = splitOption(entry);
  const lower = value.toLowerCase();
  if (key === 'seccomp') {
    return lower === 'unconfined'
      ? 'turns the seccomp filter off: every system call reaches the host kernel'
      : `replaces Docker's seccomp filter with the profile ${value} from the checked-out tree, which may allow anything`;
  }
  if (key === 'apparmor' && lower === 'unconfined') return 'turns AppArmor confinement off';
  if (key === 'label' && (lower === 'disable' || /^type:(spc_t|unconfined_t)$/.test(lower))) return 'turns SELinux separation off';
  if (key === 'systempaths' && lower === 'unconfined') return 'unmasks /proc and /sys paths Docker hides (kernel memory, sysrq, the host\'s firmware)';
  // no-new-privileges:false is Docker's default, so it loosens nothing.
  return undefined;
}

const securityOpt: Rule = {
  id: 'security-opt',
  check: ({ services, where }) =>
    services.flatMap(([name, service]) =>
      (Array.isArray(service.security_opt) ? (service.security_opt as unknown[]) : []).flatMap((entry): Hit[] => {
        if (typeof entry !== 'string') return [];
        const why = looseningOption(entry);
        if (!why) return [];
        return [{
          rule: 'security-opt',
          service: name,
          at: where.entry(name, ['security_opt'], ({ value }) => value === entry),
          message: `Service ${name} sets security_opt ${entry}, which ${why}: a container escape then needs one kernel bug less. Remove it.`,
        }];
      }),
    ),
};

/**
 * Capabilities that break out of the container or reach the host and other tenants; every other
 * added capability is the `capabilities` rule's (a warning). Not listed: what Docker grants by
 * default anyway (CHOWN, DAC_OVERRIDE, MKNOD, NET_RAW…), where adding it changes nothing.
 */
export const DANGEROUS_CAPABILITIES: Record<string, string> = {
  ALL: 'every capability: nearly privileged',
  SYS_ADMIN: 'mount file systems, use namespaces and BPF: the classic container escape',
  SYS_MODULE: 'load kernel modules into the host kernel',
  SYS_RAWIO: 'raw I/O to host memory and devices',
  SYS_PTRACE: 'trace and inject code into processes it can see',
  SYS_BOOT: 'reboot the host',
  SYS_TIME: 'set the host\'s clock',
  DAC_READ_SEARCH: 'open host files by handle, past the container\'s root (the "shocker" escape)',
  NET_ADMIN: 'reconfigure the network stack: routes, firewall, interfaces of every network it joins',
  BPF: 'load BPF programs into the host kernel',
  PERFMON: 'observe host-wide performance events',
  MAC_ADMIN: 'change the host\'s mandatory access control policy',
  MAC_OVERRIDE: 'bypass mandatory access control',
  SYSLOG: 'read and clear the host kernel\'s log',
};

const dangerousCapabilities: Rule = {
  id: 'dangerous-capabilities',
  check: ({ services, where }) =>
    services.flatMap(([name, service]): Hit[] => {
      const added = [...new Set((service.cap_add ?? []).map(normalizeCapability))].filter((cap) => cap in DANGEROUS_CAPABILITIES);
      return added.map((cap) => ({
        rule: 'dangerous-capabilities',
        service: name,
        at: where.entry(name, ['cap_add'], ({ value }) => typeof value === 'string' && normalizeCapability(value) === cap),
        subject: cap,
        message: `Service ${name} adds ${cap} (${DANGEROUS_CAPABILITIES[cap]}): on a shared runner that reaches the host or the other jobs. Remove it; when a test truly needs it, allow the rule in the workflow (policy-allow: dangerous-capabilities).`,
      }));
    }),
};

const cgroupParent: Rule = {
  id: 'cgroup-parent',
  check: ({ services, where }) =>
    services.flatMap(([name, service]): Hit[] =>
      typeof service.cgroup_parent === 'string' && service.cgroup_parent !== ''
        ? [{
            rule: 'cgroup-parent',
            service: name,
            at: where.value(name, ['cgroup_parent']),
            message: `Service ${name} sets cgroup_parent ${service.cgroup_parent}: its container is placed anywhere in the host's cgroup tree — outside the limits the runner sets, or inside another tenant's, where its memory counts against them. Remove it.`,
          }]
        : [],
    ),
};

/**
 * Sysctls that stay inside the container's own namespaces and are bounded by its limits — the
 * set Kubernetes calls safe, plus the listen backlog (per network namespace, a common setting
 * for Redis). Docker refuses sysctls of no namespace at all; of the namespaced ones, the others
 * reach memory outside the container's limit (kernel.shm*, net.core buffers) or the host's
 * behaviour (net.ipv4.conf.all.*) on some kernels.
 */
export const SAFE_SYSCTLS = new Set([
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
  'net.core.somaxconn',
]);

/** A sysctl's name from a mapping key or a list entry ("net.core.somaxconn=1024"). */
function sysctlName(key: string | undefined, value: unknown): string | undefined {
  if (key !== undefined) return key;
  return typeof value === 'string' ? value.split('=')[0]!.trim() : undefined;
}

const sysctls: Rule = {
  id: 'sysctls',
  check: ({ services, where }) =>
    services.flatMap(([name, service]) => {
      const set = service.sysctls;
      const names = isRecord(set) ? Object.keys(set) : Array.isArray(set) ? set.map((entry) => sysctlName(undefined, entry)).filter((entry): entry is string => Boolean(entry)) : [];
      return names
        .filter((sysctl) => !SAFE_SYSCTLS.has(sysctl))
        .map((sysctl): Hit => ({
          rule: 'sysctls',
          service: name,
          at: where.entry(name, ['sysctls'], ({ key, value }) => sysctlName(key, value) === sysctl),
          message: `Service ${name} sets the kernel parameter ${sysctl}, which is not among those that stay within the container (${[...SAFE_SYSCTLS].slice(0, 3).join(', ')}, …): it can take memory outside the container's limit or change the host's behaviour for every job. Remove it.`,
        }));
    }),
};

/** Container names of this project: fixed `container_name`s and Compose's `<project>-<service>-<n>`. */
function ownContainer(model: ComposeModel, name: string): boolean {
  for (const [service, definition] of Object.entries(model.services ?? {})) {
    if (definition.container_name === name) return true;
    for (const separator of ['-', '_']) {
      const prefix = `${model.name}${separator}${service}${separator}`;
      if (name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length))) return true;
    }
  }
  return false;
}

const NAMESPACE_KEYS = ['network_mode', 'pid', 'ipc'] as const;

const foreignContainer: Rule = {
  id: 'foreign-container',
  check: ({ model, services, where }) =>
    services.flatMap(([name, service]) => {
      const hits: Hit[] = [];
      for (const key of NAMESPACE_KEYS) {
        const value = service[key];
        const other = typeof value === 'string' && value.startsWith('container:') ? value.slice('container:'.length) : undefined;
        if (other === undefined || ownContainer(model, other)) continue;
        hits.push({
          rule: 'foreign-container',
          service: name,
          at: where.value(name, [key]),
          message: `Service ${name} sets ${key}: container:${other}, joining the ${key === 'network_mode' ? 'network' : key === 'pid' ? 'process' : 'IPC'} namespace of a container outside this project — another tenant of the daemon, whose traffic, processes or shared memory it then reaches. Use service:<name> for a service of this stack.`,
        });
      }
      for (const entry of Array.isArray(service.volumes_from) ? (service.volumes_from as unknown[]) : []) {
        if (typeof entry !== 'string' || !entry.startsWith('container:')) continue;
        const other = entry.slice('container:'.length).split(':')[0]!;
        if (ownContainer(model, other)) continue;
        hits.push({
          rule: 'foreign-container',
          service: name,
          at: where.entry(name, ['volumes_from'], ({ value }) => value === entry),
          message: `Service ${name} mounts the volumes of container ${other} (volumes_from: ${entry}), a container outside this project: another tenant's data, readable and writable. Mount a volume of this stack instead.`,
        });
      }
      return hits;
    }),
};

export const ISOLATION_RULES: Rule[] = [securityOpt, dangerousCapabilities, cgroupParent, sysctls, foreignContainer];
