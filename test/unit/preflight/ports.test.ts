import { describe, expect, test } from 'vitest';
import type { PublishedPort } from '../../../src/compose/resources.js';
import type { ContainerSummary } from '../../../src/ports/docker.js';
import { checkPortsInUse } from '../../../src/preflight/ports.js';

const stack: PublishedPort[] = [
  { service: 'db', hostIp: '127.0.0.1', port: 5432, protocol: 'tcp', index: 0 },
  { service: 'web', hostIp: '', port: 8080, protocol: 'tcp', index: 0 },
];

function container(name: string, labels: Record<string, string>, ports: Array<[string, number, string]>): ContainerSummary {
  return {
    id: name,
    name,
    image: 'x',
    state: 'running',
    status: 'Up',
    labels,
    createdSeconds: 0,
    ports: ports.map(([ip, publicPort, type]) => ({ ip, privatePort: 1, publicPort, type })),
  };
}

describe('checkPortsInUse', () => {
  test('a developer stack holding a port fails at once, naming it', () => {
    const result = checkPortsInUse(stack, [container('dev-db-1', { 'com.docker.compose.project': 'dev' }, [['0.0.0.0', 5432, 'tcp']])], 'ci-1');
    expect(result.status).toBe('fail');
    expect(result.detail).toContain('tcp/127.0.0.1:5432 for db is published by container dev-db-1 (project dev), which no lease covers');
  });

  test.each([
    ['a leased stack (the lease waits for it)', container('ci2-db-1', { 'docker-stability.owner': 'default/abc' }, [['0.0.0.0', 5432, 'tcp']])],
    ['our own project', container('ci-1-db-1', { 'com.docker.compose.project': 'ci-1' }, [['127.0.0.1', 5432, 'tcp']])],
    ['another address', container('other', {}, [['127.0.0.2', 5432, 'tcp']])],
    ['another protocol', container('other', {}, [['0.0.0.0', 8080, 'udp']])],
    ['an unpublished port', container('other', {}, [])],
  ])('%s passes', (_, holder) => {
    expect(checkPortsInUse(stack, [holder], 'ci-1').status).toBe('pass');
  });

  test('a stack without fixed host ports has nothing to check', () => {
    expect(checkPortsInUse([], [container('x', {}, [['0.0.0.0', 1, 'tcp']])], 'ci-1').detail).toBe('the stack publishes no fixed host port');
  });
});
