import { OWN_LABELS, COMPOSE_LABELS } from '../compose/labels.js';
import { portKey, portsCollide, type PublishedPort } from '../compose/resources.js';
import type { ContainerSummary } from '../ports/docker.js';
import type { CheckResult } from './checks.js';

/**
 * Host ports the stack publishes that a container outside any lease already holds (a
 * developer's `docker compose up`, a hand-started container). Waiting would not help — nothing
 * releases such a port — so this fails at once, naming the holder, instead of letting `up` fail
 * with "port is already allocated". Ports held by leased stacks are left to the lease, which
 * waits for them.
 */
export function checkPortsInUse(stackPorts: PublishedPort[], containers: ContainerSummary[], project: string): CheckResult {
  const base = { id: 'ports-in-use', title: 'Host ports of the stack are free' };
  if (stackPorts.length === 0) return { ...base, status: 'pass', detail: 'the stack publishes no fixed host port' };
  const taken: string[] = [];
  for (const container of containers) {
    if (container.labels[COMPOSE_LABELS.project] === project || container.labels[OWN_LABELS.owner]) continue;
    for (const binding of container.ports) {
      if (binding.publicPort === undefined) continue;
      const held = { hostIp: binding.ip === '0.0.0.0' || binding.ip === '::' ? '' : binding.ip, port: binding.publicPort, protocol: binding.type as PublishedPort['protocol'] };
      const wanted = stackPorts.find((port) => portsCollide(port, held));
      if (!wanted) continue;
      const owner = container.labels[COMPOSE_LABELS.project] ? ` (project ${container.labels[COMPOSE_LABELS.project]})` : '';
      const entry = `${portKey(wanted)} for ${wanted.service} is published by container ${container.name}${owner}`;
      if (!taken.includes(entry)) taken.push(entry);
    }
  }
  if (taken.length === 0) return { ...base, status: 'pass', detail: `${new Set(stackPorts.map(portKey)).size} host ports, none held outside a lease` };
  return {
    ...base,
    status: 'fail',
    detail: `${taken.join('; ')}, which no lease covers, so waiting would not free it. Stop that container, or publish another (or no fixed) host port`,
  };
}
