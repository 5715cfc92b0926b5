import { COMPOSE_LABELS } from '../compose/labels.js';
import type { ContainerSummary } from '../ports/docker.js';

// The host ports a running stack publishes, as the daemon bound them (not as the YAML wrote them:
// "5432" publishes an ephemeral host port only the daemon knows), for the `ports` output, the
// environment of later steps and `wait-for`. Publishing ephemeral ports is how parallel jobs on
// one daemon avoid waiting for each other's fixed ports.

export interface PublishedPort {
  /** The port inside the container. */
  containerPort: number;
  protocol: string;
  /** Where the runner reaches it: the daemon's host for an all-interfaces binding. */
  host: string;
  hostPort: number;
}

/** One running container of a service and what it publishes. */
export interface ReplicaPorts {
  service: string;
  /** Compose's container number (1 for the first replica). */
  replica: number;
  container: string;
  containerId: string;
  ports: PublishedPort[];
}

/**
 * Where the runner reaches a port bound on all interfaces: the daemon's own host for a tcp:// or
 * ssh:// daemon (DOCKER_HOST=tcp://docker:2376 publishes on the `docker` service), else loopback.
 */
export function daemonHost(endpoint: string): string {
  const remote = /^(?:tcp|ssh|https?):\/\/(?:[^@/\s]*@)?(\[[^\]]+\]|[^:/\s]+)/.exec(endpoint);
  return remote ? remote[1]!.replace(/^\[|\]$/g, '') : '127.0.0.1';
}

/** The project's running containers (one-off `run` containers aside) and their published ports, by service and replica. */
export function publishedPorts(containers: ContainerSummary[], endpoint: string): ReplicaPorts[] {
  const host = daemonHost(endpoint);
  return containers
    .filter((container) => container.labels[COMPOSE_LABELS.oneoff] !== 'True' && container.state === 'running')
    .map((container) => ({
      service: container.labels[COMPOSE_LABELS.service] ?? container.name,
      replica: Number(container.labels[COMPOSE_LABELS.containerNumber] ?? 1) || 1,
      container: container.name,
      containerId: container.id,
      ports: bindingsOf(container, host),
    }))
    .sort((a, b) => a.service.localeCompare(b.service) || a.replica - b.replica);
}

/** One binding per container port and protocol: the IPv4 one when the daemon bound both families. */
function bindingsOf(container: ContainerSummary, host: string): PublishedPort[] {
  const chosen = new Map<string, PublishedPort & { ipv4: boolean }>();
  for (const binding of container.ports) {
    if (binding.publicPort === undefined) continue;
    const ipv4 = !binding.ip.includes(':');
    const key = `${binding.privatePort}/${binding.type}`;
    if (chosen.has(key) && (chosen.get(key)!.ipv4 || !ipv4)) continue;
    const all = binding.ip === '' || binding.ip === '0.0.0.0' || binding.ip === '::';
    const reachAt = all ? (host === '127.0.0.1' && !ipv4 ? '::1' : host) : binding.ip;
    chosen.set(key, { containerPort: binding.privatePort, protocol: binding.type, host: reachAt, hostPort: binding.publicPort, ipv4 });
  }
  return [...chosen.values()].map(({ ipv4: _ipv4, ...port }) => port).sort((a, b) => a.containerPort - b.containerPort || a.protocol.localeCompare(b.protocol));
}

/** "127.0.0.1:49153", "[::1]:49153". */
export function hostAndPort(port: Pick<PublishedPort, 'host' | 'hostPort'>): string {
  return `${port.host.includes(':') ? `[${port.host}]` : port.host}:${port.hostPort}`;
}

/**
 * The `ports` output: `{"db": {"5432/tcp": "127.0.0.1:49153"}}`. A service's name stands for its
 * first running replica; further replicas are `db#2`, `db#3` (by Compose's container number;
 * `#` is never part of a service name). Services that publish nothing are left out.
 */
export function portsOutput(replicas: ReplicaPorts[]): Record<string, Record<string, string>> {
  const output: Record<string, Record<string, string>> = {};
  const seen = new Set<string>();
  for (const replica of replicas) {
    const key = seen.has(replica.service) ? `${replica.service}#${replica.replica}` : replica.service;
    seen.add(replica.service);
    if (replica.ports.length === 0) continue;
    output[key] = Object.fromEntries(replica.ports.map((port) => [`${port.containerPort}/${port.protocol}`, hostAndPort(port)]));
  }
  return output;
}

/**
 * A service name as the start of environment variable names: upper case, every character
 * outside A-Z and 0-9 as `_` (`my-api` → `MY_API`, `web.v2` → `WEB_V2`), `_` before a digit.
 */
export function variablePrefix(service: string): string {
  const prefix = service.toUpperCase().replace(/[^A-Z0-9]/g, '_');
  return /^[0-9]/.test(prefix) ? `_${prefix}` : prefix;
}

/**
 * Environment variables for later steps (`export-env`): `DB_HOST=127.0.0.1`, `DB_PORT_5432=49153`
 * (UDP: `DB_PORT_5353_UDP`) for a service's first replica; `DB_REPLICA_2_HOST`,
 * `DB_REPLICA_2_PORT_5432` for further ones. Two services whose names map to the same variable
 * (`my-api` and `my_api`) set neither: the problem says which, rather than one silently winning.
 */
export function portVariables(replicas: ReplicaPorts[]): { variables: Record<string, string>; problems: string[] } {
  const owners = new Map<string, Set<string>>();
  const values = new Map<string, string>();
  const seen = new Set<string>();
  for (const replica of replicas) {
    const first = !seen.has(replica.service);
    seen.add(replica.service);
    if (replica.ports.length === 0) continue;
    const prefix = `${variablePrefix(replica.service)}${first ? '' : `_REPLICA_${replica.replica}`}`;
    const set = (name: string, value: string): void => {
      owners.set(name, (owners.get(name) ?? new Set()).add(replica.service));
      values.set(name, value);
    };
    set(`${prefix}_HOST`, replica.ports[0]!.host);
    for (const port of replica.ports) set(`${prefix}_PORT_${port.containerPort}${port.protocol === 'tcp' ? '' : `_${variablePrefix(port.protocol)}`}`, String(port.hostPort));
  }
  const variables: Record<string, string> = {};
  const problems: string[] = [];
  for (const [name, services] of owners) {
    if (services.size > 1) problems.push(`${name} would name a port of ${[...services].map((service) => `'${service}'`).join(' and ')}; it is not set (rename one of the services)`);
    else variables[name] = values.get(name)!;
  }
  return { variables, problems };
}
