import { describe, expect, test } from 'vitest';
import type { ComposeModel } from '../../../../src/compose/model.js';
import { compactPorts, portEntryMatches, readWrittenPort } from '../../../../src/policy/rules/port-entry.js';
import { PORT_RULES } from '../../../../src/policy/rules/ports.js';
import { hitsOf, placed, ruleContext } from '../rule-context.js';

// port-conflict, port-bind-all — and how a port of the canonical model is traced back to the
// `ports:` entry written in the file, whatever syntax it was written in.

describe('readWrittenPort', () => {
  test.each([
    [5432, { hostIp: '', target: [5432, 5432], protocol: 'tcp' }],
    ['80', { hostIp: '', published: undefined, target: [80, 80], protocol: 'tcp' }],
    ['8080:80', { hostIp: '', published: [8080, 8080], target: [80, 80], protocol: 'tcp' }],
    ['127.0.0.1:8080:80/UDP', { hostIp: '127.0.0.1', published: [8080, 8080], target: [80, 80], protocol: 'udp' }],
    ['0.0.0.0:8080:80', { hostIp: '', published: [8080, 8080], target: [80, 80], protocol: 'tcp' }],
    ['[::1]::80', { hostIp: '::1', published: undefined, target: [80, 80], protocol: 'tcp' }],
    ['6000-6002:7000-7002', { hostIp: '', published: [6000, 6002], target: [7000, 7002], protocol: 'tcp' }],
    [{ target: 80, published: '8080', host_ip: '127.0.0.1' }, { hostIp: '127.0.0.1', published: [8080, 8080], target: [80, 80], protocol: 'tcp' }],
    [{ target: 80 }, { hostIp: '', published: undefined, target: [80, 80], protocol: 'tcp' }],
    ['${PORT}:80', undefined],
    ['a:b:c:d', undefined],
    ['http:80', undefined],
    [{ target: 80, published: 'x' }, undefined],
    [true, undefined],
  ])('%j → %j', (value, expected) => {
    expect(readWrittenPort(value)).toEqual(expected);
  });
});

describe('portEntryMatches', () => {
  const entry = (value: unknown) => ({ value, line: 1, column: 1 }) as never;
  test.each([
    ['8080:80', { hostIp: '', published: '8080', target: 80, protocol: 'tcp' }, true],
    ['8080:80', { hostIp: '', published: '8081', target: 80, protocol: 'tcp' }, false],
    ['8080:80/udp', { hostIp: '', published: '8080', target: 80, protocol: 'tcp' }, false],
    ['127.0.0.1:8080:80', { hostIp: '', published: '8080', target: 80, protocol: 'tcp' }, false],
    // A range is expanded by Compose into one model port per number.
    ['6000-6002:6000-6002', { hostIp: '', published: '6001', target: 6001, protocol: 'tcp' }, true],
    ['80', { hostIp: '', target: 80, protocol: 'tcp' }, true],
    ['80', { hostIp: '', published: '8080', target: 80, protocol: 'tcp' }, false],
    ['${PORT}:80', { hostIp: '', published: '8080', target: 80, protocol: 'tcp' }, false],
  ])('%j produced %j: %s', (written, port, matches) => {
    expect(portEntryMatches(entry(written), port)).toBe(matches);
  });
});

test.each([
  [[80], '80'],
  [[443, 80, 80], '80, 443'],
  [[6002, 6000, 6001, 7000], '6000-6002, 7000'],
  [[], ''],
])('compactPorts(%j) → %j', (ports, text) => {
  expect(compactPorts(ports)).toBe(text);
});

const port = (published: string | undefined, target: number, host_ip?: string) => ({ target, ...(published ? { published } : {}), ...(host_ip ? { host_ip } : {}), protocol: 'tcp', mode: 'ingress' });

describe('port-conflict', () => {
  test('the second of two services on one host port, pointing at where the first is written', () => {
    const yaml = `services:
  a:
    image: x
    ports: ["8080:80"]
  b:
    image: x
    ports:
      - "127.0.0.1:8080:81"
  c:
    image: x
    ports: ["127.0.0.2:9090:80", "127.0.0.3:9090:80"]
`;
    const model = { name: 'p', services: { a: { image: 'x', ports: [port('8080', 80)] }, b: { image: 'x', ports: [port('8080', 81, '127.0.0.1')] }, c: { image: 'x', ports: [port('9090', 80, '127.0.0.2'), port('9090', 80, '127.0.0.3')] } } } as ComposeModel;
    const hits = hitsOf(PORT_RULES, 'port-conflict', ruleContext(yaml, { model }));
    expect(placed(hits)).toEqual(['b@8']);
    expect(hits[0]!.message).toMatch(/^Host port tcp 8080 on 127\.0\.0\.1 is published by b and already by a \(compose\.yaml:4\): /);
  });

  test('a fixed host port on a service with replicas collides with itself; a range is named once', () => {
    const yaml = 'services:\n  web:\n    image: x\n    deploy: { replicas: 3 }\n    ports: ["6000-6001:80-81"]\n';
    const model = { services: { web: { image: 'x', deploy: { replicas: 3 }, ports: [port('6000', 80), port('6001', 81)] } } } as unknown as ComposeModel;
    const hits = hitsOf(PORT_RULES, 'port-conflict', ruleContext(yaml, { model }));
    expect(hits.map((hit) => hit.message.slice(0, 78))).toEqual(['Service web runs 3 replicas but publishes fixed host port tcp 6000-6001: only ']);
    expect(placed(hits)).toEqual(['web@5']);
  });

  test('ephemeral host ports never conflict', () => {
    const model = { name: 'p', services: { a: { image: 'x', ports: [port(undefined, 80)] }, b: { image: 'x', deploy: { replicas: 2 }, ports: [port(undefined, 80)] } } } as unknown as ComposeModel;
    expect(hitsOf(PORT_RULES, 'port-conflict', ruleContext('services:\n  a: {}\n  b: {}\n', { model }))).toEqual([]);
  });
});

describe('port-bind-all', () => {
  test('every entry without a host address, ephemeral ones included; 127.0.0.1 passes', () => {
    const yaml = `services:
  open:
    image: x
    ports:
      - "8080:80"
      - "9000-9001:9000-9001"
      - "5432"
  local:
    image: x
    ports: ["127.0.0.1:8081:80"]
`;
    const model = { name: 'p', services: { open: { image: 'x', ports: [port('8080', 80), port('9000', 9000), port('9001', 9001), port(undefined, 5432)] }, local: { image: 'x', ports: [port('8081', 80, '127.0.0.1')] } } } as ComposeModel;
    const hits = hitsOf(PORT_RULES, 'port-bind-all', ruleContext(yaml, { model }));
    expect(placed(hits)).toEqual(['open@5', 'open@6', 'open@7']);
    expect(hits.map((hit) => hit.message.match(/publishes (.+) on every interface/)![1])).toEqual(['tcp 8080', 'tcp 9000-9001', 'tcp an ephemeral port for 5432']);
    expect(hits[0]!.message).toContain('("127.0.0.1:8080:…")');
  });
});
