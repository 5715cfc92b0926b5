import { describe, expect, test } from 'vitest';
import type { ContainerSummary, PortBinding } from '../../../src/ports/docker.js';
import { daemonHost, hostAndPort, portsOutput, portVariables, publishedPorts, variablePrefix, type ReplicaPorts } from '../../../src/stack/published-ports.js';

// Ports as the daemon bound them (the shapes `GET /containers/json` answers), the `ports`
// output and the environment variables of later steps.

const LOCAL = 'unix:///var/run/docker.sock';

function container(service: string, ports: PortBinding[], options: { replica?: number; state?: string; oneoff?: boolean } = {}): ContainerSummary {
  const replica = options.replica ?? 1;
  return {
    id: `${service}-${replica}`,
    name: `p-${service}-${replica}`,
    image: 'img',
    state: options.state ?? 'running',
    status: 'Up',
    labels: {
      'com.docker.compose.project': 'p',
      'com.docker.compose.service': service,
      'com.docker.compose.container-number': String(replica),
      ...(options.oneoff ? { 'com.docker.compose.oneoff': 'True' } : {}),
    },
    createdSeconds: 0,
    ports,
  };
}

/** `"5432"` on a daemon with IPv6: the same ephemeral port bound on 0.0.0.0 and ::. */
const both = (privatePort: number, publicPort: number, type = 'tcp'): PortBinding[] => [
  { ip: '0.0.0.0', privatePort, publicPort, type },
  { ip: '::', privatePort, publicPort, type },
];

describe('publishedPorts', () => {
  test('one binding per container port, IPv4 first, loopback for all interfaces; exposed-only ports left out', () => {
    const ports = publishedPorts(
      [container('db', [...both(5432, 49153), { ip: '', privatePort: 9999, type: 'tcp' }, { ip: '127.0.0.1', privatePort: 8080, publicPort: 18080, type: 'tcp' }])],
      LOCAL,
    );
    expect(ports).toEqual([
      {
        service: 'db',
        replica: 1,
        container: 'p-db-1',
        containerId: 'db-1',
        ports: [
          { containerPort: 5432, protocol: 'tcp', host: '127.0.0.1', hostPort: 49153 },
          { containerPort: 8080, protocol: 'tcp', host: '127.0.0.1', hostPort: 18080 },
        ],
      },
    ]);
  });

  test('IPv6 only: reached on ::1; the daemon lists :: before 0.0.0.0 and IPv4 still wins', () => {
    expect(publishedPorts([container('a', [{ ip: '::', privatePort: 80, publicPort: 8080, type: 'tcp' }])], LOCAL)[0]!.ports[0]!.host).toBe('::1');
    expect(publishedPorts([container('a', [...both(80, 8080)].reverse())], LOCAL)[0]!.ports[0]!.host).toBe('127.0.0.1');
  });

  test('stopped and one-off containers are left out; replicas in order of their number', () => {
    const ports = publishedPorts(
      [container('web', both(80, 3), { replica: 2 }), container('web', both(80, 2), { replica: 1 }), container('job', both(1, 1), { oneoff: true }), container('old', both(1, 1), { state: 'exited' })],
      LOCAL,
    );
    expect(ports.map((replica) => `${replica.service}#${replica.replica}:${replica.ports[0]!.hostPort}`)).toEqual(['web#1:2', 'web#2:3']);
  });

  test.each([
    ['unix:///var/run/docker.sock', '127.0.0.1'],
    ['tcp://10.0.0.5:2375', '10.0.0.5'],
    ["tcp://docker:2376 (context 'ci')", 'docker'],
    ['ssh://me@build-host', 'build-host'],
    ['tcp://[fd00::5]:2375', 'fd00::5'],
  ])('a port on all interfaces of %s is reached at %s', (endpoint, host) => {
    expect(daemonHost(endpoint)).toBe(host);
    expect(publishedPorts([container('db', both(5432, 1))], endpoint)[0]!.ports[0]!.host).toBe(host);
  });

  test('hostAndPort brackets IPv6', () => {
    expect(hostAndPort({ host: '::1', hostPort: 5 })).toBe('[::1]:5');
    expect(hostAndPort({ host: '127.0.0.1', hostPort: 5 })).toBe('127.0.0.1:5');
  });
});

const replica = (service: string, number: number, ports: Array<[number, number, string?]>, host = '127.0.0.1'): ReplicaPorts => ({
  service,
  replica: number,
  container: `p-${service}-${number}`,
  containerId: `${service}${number}`,
  ports: ports.map(([containerPort, hostPort, protocol]) => ({ containerPort, hostPort, protocol: protocol ?? 'tcp', host })),
});

describe('the ports output', () => {
  test('service → "port/protocol" → host:port; further replicas as name#n; nothing for services that publish nothing', () => {
    expect(portsOutput([replica('db', 1, [[5432, 49153]]), replica('dns', 1, [[53, 5353, 'udp']]), replica('web', 1, [[80, 1]]), replica('web', 3, [[80, 2]]), replica('worker', 1, [])])).toEqual({
      db: { '5432/tcp': '127.0.0.1:49153' },
      dns: { '53/udp': '127.0.0.1:5353' },
      web: { '80/tcp': '127.0.0.1:1' },
      'web#3': { '80/tcp': '127.0.0.1:2' },
    });
  });
});

describe('environment variables (export-env)', () => {
  test.each([
    ['db', 'DB'],
    ['my-api', 'MY_API'],
    ['web.v2', 'WEB_V2'],
    ['Cache_1', 'CACHE_1'],
    ['1st', '_1ST'],
  ])('%s → %s_…', (service, prefix) => {
    expect(variablePrefix(service)).toBe(prefix);
  });

  test('host and ports of the first replica; further replicas named; UDP marked', () => {
    expect(portVariables([replica('db', 1, [[5432, 49153], [9187, 49154]]), replica('dns', 1, [[53, 5353, 'udp']]), replica('my-api', 1, [[8080, 3]]), replica('my-api', 2, [[8080, 4]], '10.0.0.5')])).toEqual({
      variables: {
        DB_HOST: '127.0.0.1',
        DB_PORT_5432: '49153',
        DB_PORT_9187: '49154',
        DNS_HOST: '127.0.0.1',
        DNS_PORT_53_UDP: '5353',
        MY_API_HOST: '127.0.0.1',
        MY_API_PORT_8080: '3',
        MY_API_REPLICA_2_HOST: '10.0.0.5',
        MY_API_REPLICA_2_PORT_8080: '4',
      },
      problems: [],
    });
  });

  test('two services that map to the same names set neither, and the problem names both', () => {
    const { variables, problems } = portVariables([replica('my-api', 1, [[80, 1]]), replica('my_api', 1, [[80, 2]]), replica('db', 1, [[5432, 3]])]);
    expect(variables).toEqual({ DB_HOST: '127.0.0.1', DB_PORT_5432: '3' });
    expect(problems).toEqual([
      "MY_API_HOST would name a port of 'my-api' and 'my_api'; it is not set (rename one of the services)",
      "MY_API_PORT_80 would name a port of 'my-api' and 'my_api'; it is not set (rename one of the services)",
    ]);
  });

  test("a replica's names do not collide silently with a service named like them", () => {
    const { variables, problems } = portVariables([replica('db', 1, [[1, 1]]), replica('db', 2, [[1, 2]]), replica('db-replica-2', 1, [[1, 3]])]);
    expect(variables).toEqual({ DB_HOST: '127.0.0.1', DB_PORT_1: '1' });
    expect(problems).toHaveLength(2);
  });
});
