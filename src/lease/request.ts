import type { ComposeModel } from '../compose/model.js';
import { portKey, portsCollide, publishedPorts, stackReservation, type PublishedPort } from '../compose/resources.js';

// What a lease asks for: host ports, named groups and a memory reservation. Ports travel as
// portKey strings ("tcp/5432", "tcp/127.0.0.1:5432") because they live in container labels.

export interface LeaseRequest {
  /** Compose project the lease admits; '' for a critical section (`docker-stability lock`). */
  project: string;
  /** Named groups: one holder at a time per group. */
  groups: string[];
  /** Host ports as portKey strings. */
  ports: string[];
  /** Memory reserved against the budget; 0 takes no part in the budget. */
  memoryBytes: number;
}

/** Group names go into a comma-separated label, so they are kept to a plain alphabet. */
const GROUP_NAME = /^[A-Za-z0-9][A-Za-z0-9._:/@-]{0,99}$/;

export function groupProblems(groups: string[], field: string): string[] {
  return groups
    .filter((group) => !GROUP_NAME.test(group))
    .map((group) => `${field}: '${group}' is not a group name; use letters, digits and . _ : / @ - (up to 100)`);
}

/** The lease a Compose stack needs: every fixed host port it publishes and its memory reservation. */
export function leaseRequestForStack(model: ComposeModel, project: string, groups: string[] = []): LeaseRequest {
  return {
    project,
    groups: unique(groups),
    ports: unique(publishedPorts(model).map(portKey)),
    memoryBytes: stackReservation(model).totalBytes,
  };
}

type PortParts = Pick<PublishedPort, 'hostIp' | 'port' | 'protocol'>;

/** The parts of a portKey ("tcp/5432", "udp/127.0.0.1:53", "tcp/::1:8080"). */
export function parsePortKey(key: string): PortParts | undefined {
  const match = /^(tcp|udp|sctp)\/(?:(.*):)?(\d{1,5})$/.exec(key);
  if (!match) return undefined;
  const port = Number(match[3]);
  if (port < 1 || port > 65535) return undefined;
  return { protocol: match[1] as PortParts['protocol'], hostIp: match[2] ?? '', port };
}

/**
 * A `--port` flag as users write published ports: "5432", "5432/udp", "127.0.0.1:5432",
 * "[::1]:5432/tcp". Returns the portKey.
 */
export function parsePortFlag(text: string): string | { error: string } {
  const match = /^(?:\[?([0-9a-fA-F.:]+?)\]?:)?(\d{1,5})(?:\/(tcp|udp|sctp))?$/.exec(text.trim());
  const port = match ? Number(match[2]) : NaN;
  if (!match || !(port >= 1 && port <= 65535)) {
    return { error: `'${text}' is not a host port; use 5432, 5432/udp or 127.0.0.1:5432` };
  }
  const hostIp = match[1] === '0.0.0.0' || match[1] === '::' ? '' : (match[1] ?? '');
  return portKey({ hostIp, port, protocol: (match[3] ?? 'tcp') as PortParts['protocol'] });
}

export interface Overlap {
  ports: string[];
  groups: string[];
}

/** Ports (from b's side) and groups two requests both claim; empty lists when they can coexist. */
export function overlap(a: Pick<LeaseRequest, 'ports' | 'groups'>, b: Pick<LeaseRequest, 'ports' | 'groups'>): Overlap {
  const aPorts = a.ports.map(parsePortKey).filter((port): port is PortParts => port !== undefined);
  const ports = b.ports.filter((key) => {
    const parts = parsePortKey(key);
    return parts !== undefined && aPorts.some((port) => portsCollide(port, parts));
  });
  const groups = b.groups.filter((group) => a.groups.includes(group));
  return { ports, groups };
}

export function overlaps(o: Overlap): boolean {
  return o.ports.length > 0 || o.groups.length > 0;
}

function unique(values: string[]): string[] {
  return [...new Set(values)].sort();
}
