import type { ComposeModel } from '../../compose/model.js';
import type { Position } from '../../compose/positions.js';
import { portsCollide, publishedPorts, replicasOf, type PublishedPort } from '../../compose/resources.js';
import { positionKey, type Hit, type Locator, type Rule } from '../context.js';
import { compactPorts, portEntryMatches } from './port-entry.js';

// port-conflict, port-bind-all: fixed host ports, the audit's copy-paste collisions.

/** Where the `ports:` entry that produced a model port is written. */
function portPosition(model: ComposeModel, where: Locator, port: PublishedPort): Position {
  const entry = model.services[port.service]?.ports?.[port.index];
  if (!entry) return where.key(port.service, ['ports']);
  const modelPort = { hostIp: entry.host_ip ?? '', published: entry.published, target: entry.target, protocol: (entry.protocol ?? 'tcp').toLowerCase() };
  return where.entry(port.service, ['ports'], (written) => portEntryMatches(written, modelPort));
}

interface Collision {
  first: PublishedPort;
  second: PublishedPort;
  at: Position;
  firstAt: Position;
  ports: number[];
}

const portConflict: Rule = {
  id: 'port-conflict',
  check: ({ model, where, describe }) => {
    const ports = publishedPorts(model);
    const positions = new Map<PublishedPort, Position>();
    const at = (port: PublishedPort): Position => {
      let position = positions.get(port);
      if (!position) positions.set(port, (position = portPosition(model, where, port)));
      return position;
    };
    const hits: Hit[] = [];

    // A fixed host port on a service with replicas collides with itself.
    const replicated = new Map<string, { port: PublishedPort; ports: number[] }>();
    for (const port of ports) {
      const replicas = replicasOf(model.services[port.service]!);
      if (replicas < 2) continue;
      const key = `${port.service}|${positionKey(at(port))}`;
      const group = replicated.get(key) ?? { port, ports: [] };
      group.ports.push(port.port);
      replicated.set(key, group);
    }
    for (const { port, ports: numbers } of replicated.values()) {
      const replicas = replicasOf(model.services[port.service]!);
      hits.push({
        rule: 'port-conflict',
        service: port.service,
        at: at(port),
        message: `Service ${port.service} runs ${replicas} replicas but publishes fixed host port ${port.protocol} ${compactPorts(numbers)}: only the first replica can bind it. Publish only the container port (\`"5432"\` rather than \`"5432:5432"\`: Docker picks a host port per replica, and the \`ports\` output says which) or run one replica.`,
      });
    }

    const buckets = new Map<string, PublishedPort[]>();
    for (const port of ports) {
      const key = `${port.protocol}/${port.port}`;
      buckets.set(key, [...(buckets.get(key) ?? []), port]);
    }
    const collisions = new Map<string, Collision>();
    for (const bucket of buckets.values()) {
      for (let j = 1; j < bucket.length; j += 1) {
        const second = bucket[j]!;
        const first = bucket.slice(0, j).find((candidate) => portsCollide(candidate, second));
        if (!first) continue;
        const key = `${second.service}|${positionKey(at(second))}|${first.service}|${positionKey(at(first))}`;
        const collision = collisions.get(key) ?? { first, second, at: at(second), firstAt: at(first), ports: [] };
        collision.ports.push(second.port);
        collisions.set(key, collision);
      }
    }
    for (const { first, second, at: position, firstAt, ports: numbers } of collisions.values()) {
      const address = second.hostIp || first.hostIp ? ` on ${second.hostIp || first.hostIp}` : '';
      const owner = first.service === second.service ? `another entry of ${first.service}` : first.service;
      hits.push({
        rule: 'port-conflict',
        service: second.service,
        at: position,
        message: `Host port ${second.protocol} ${compactPorts(numbers)}${address} is published by ${second.service} and already by ${owner} (${describe(firstAt)}): the second to start fails with "port is already allocated". Publish a different host port, or none (an ephemeral port: the \`ports\` output says which).`,
      });
    }
    return hits;
  },
};

/** Every `ports:` entry without a host address, ephemeral ones included: all bind 0.0.0.0 and ::. */
const portBindAll: Rule = {
  id: 'port-bind-all',
  check: ({ model, services, where }) => {
    const groups = new Map<string, { service: string; protocol: string; at: Position; ports: string[] }>();
    for (const [name, service] of services) {
      (service.ports ?? []).forEach((entry, index) => {
        if (entry.host_ip && entry.host_ip !== '0.0.0.0' && entry.host_ip !== '::') return;
        const protocol = (entry.protocol ?? 'tcp').toLowerCase();
        const position = portPosition(model, where, { service: name, hostIp: '', port: 0, protocol: protocol as PublishedPort['protocol'], index });
        const key = `${name}|${protocol}|${positionKey(position)}`;
        const group = groups.get(key) ?? { service: name, protocol, at: position, ports: [] };
        group.ports.push(entry.published ? entry.published : `an ephemeral port for ${entry.target}`);
        groups.set(key, group);
      });
    }
    return [...groups.values()].map(({ service, protocol, at, ports }): Hit => {
      const fixed = ports.filter((port) => /^\d+(-\d+)?$/.test(port)).flatMap((port) => {
        const [from, to = from] = port.split('-').map(Number);
        return Array.from({ length: to! - from! + 1 }, (_, i) => from! + i);
      });
      const what = fixed.length > 0 ? `${protocol} ${compactPorts(fixed)}` : `${protocol} ${ports[0]}`;
      return {
        rule: 'port-bind-all',
        service,
        at,
        message: `Service ${service} publishes ${what} on every interface, reachable from outside the runner. Bind it to 127.0.0.1 ("127.0.0.1:${fixed[0] ?? ''}:…") unless other hosts must reach it.`,
      };
    });
  },
};

export const PORT_RULES: Rule[] = [portConflict, portBindAll];
