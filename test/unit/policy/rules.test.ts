import { describe, expect, test } from 'vitest';
import { defaultPolicyConfig } from '../../../src/policy/config.js';
import { evaluateFixture, lineOf } from './support.js';

// Every rule against fixtures with services that break it and services that pass it. Expected
// lines are read from the fixture files by content, so a finding on the wrong line fails.

interface Expected {
  fixture: string;
  rule: string;
  service: string;
  file?: string;
  snippet: string;
  occurrence?: number;
}

const failing: Expected[] = [
  { fixture: 'resources', rule: 'memory-limit', service: 'unlimited', snippet: '  unlimited:' },
  { fixture: 'resources', rule: 'cpu-limit', service: 'unlimited', snippet: '  unlimited:' },
  { fixture: 'resources', rule: 'tmpfs-size', service: 'tmpfs-unsized', snippet: '- /var/lib/data' },
  { fixture: 'resources', rule: 'tmpfs-size', service: 'tmpfs-unsized', snippet: '- type: tmpfs' },
  { fixture: 'health', rule: 'healthcheck', service: 'queue', snippet: '  queue:' },
  { fixture: 'health', rule: 'healthcheck', service: 'api', snippet: '  api:' },
  { fixture: 'health', rule: 'healthcheck', service: 'disabled', snippet: '  disabled:' },
  { fixture: 'health', rule: 'healthcheck-timing', service: 'db', snippet: 'interval: 2s' },
  { fixture: 'health', rule: 'healthcheck-timing', service: 'db', snippet: 'timeout: 3s' },
  { fixture: 'health', rule: 'healthcheck-timing', service: 'db', snippet: '    healthcheck:' },
  { fixture: 'health', rule: 'healthcheck-timing', service: 'only-interval', snippet: 'interval: 10s', occurrence: 2 },
  { fixture: 'health', rule: 'depends-on-healthy', service: 'api', snippet: '      - db' },
  { fixture: 'hygiene', rule: 'restart-policy', service: 'always', snippet: 'restart: always' },
  { fixture: 'hygiene', rule: 'restart-policy', service: 'unless-stopped', snippet: 'restart: unless-stopped' },
  { fixture: 'hygiene', rule: 'restart-policy', service: 'swarm-any', snippet: 'condition: any' },
  { fixture: 'hygiene', rule: 'container-name', service: 'named', snippet: 'container_name: fixed-name' },
  { fixture: 'hygiene', rule: 'image-tag', service: 'untagged', snippet: 'image: registry.example.com' },
  { fixture: 'hygiene', rule: 'image-tag', service: 'latest', snippet: 'image: nginx:latest' },
  { fixture: 'ports', rule: 'port-conflict', service: 'b', snippet: '"8080:81"' },
  { fixture: 'ports', rule: 'port-conflict', service: 'c', snippet: '"127.0.0.1:8080:80"' },
  { fixture: 'ports', rule: 'port-conflict', service: 'g', snippet: '"127.0.0.1:7001:80"' },
  { fixture: 'ports', rule: 'port-conflict', service: 'i', snippet: '"127.0.0.1:6000:80"' },
  { fixture: 'ports', rule: 'port-bind-all', service: 'a', snippet: '"8080:80"' },
  { fixture: 'ports', rule: 'port-bind-all', service: 'b', snippet: '"8080:81"' },
  { fixture: 'ports', rule: 'port-bind-all', service: 'j', snippet: '- "80"' },
  { fixture: 'security', rule: 'privileged', service: 'priv', snippet: 'privileged: true' },
  { fixture: 'security', rule: 'docker-socket', service: 'socket-short', snippet: '- /var/run/docker.sock' },
  { fixture: 'security', rule: 'docker-socket', service: 'socket-long', snippet: '- type: bind' },
  { fixture: 'security', rule: 'host-namespace', service: 'hostnet', snippet: 'network_mode: host' },
  { fixture: 'security', rule: 'host-namespace', service: 'namespaces', snippet: 'pid: host' },
  { fixture: 'security', rule: 'host-namespace', service: 'namespaces', snippet: 'ipc: host' },
  { fixture: 'security', rule: 'host-namespace', service: 'namespaces', snippet: 'userns_mode: host' },
  { fixture: 'security', rule: 'capabilities', service: 'caps-all', snippet: '- NET_BIND_SERVICE' },
  { fixture: 'security', rule: 'capabilities', service: 'caps-some', snippet: 'cap_add: [CHOWN, NET_ADMIN]' },
  { fixture: 'security', rule: 'capabilities', service: 'caps-allowed', snippet: 'cap_add: [NET_BIND_SERVICE]' },
  { fixture: 'durability', rule: 'unsafe-durability', service: 'pg-string', snippet: 'command: postgres -c fsync=off' },
  { fixture: 'durability', rule: 'unsafe-durability', service: 'pg-list', snippet: 'command: ["postgres", "-c", "synchronous_commit=off"]' },
  { fixture: 'durability', rule: 'unsafe-durability', service: 'redis', snippet: 'command: ["redis-server"' },
  { fixture: 'durability', rule: 'unsafe-durability', service: 'mysql', snippet: 'command: --innodb-flush-log-at-trx-commit=2' },
  { fixture: 'durability', rule: 'unsafe-durability', service: 'env-switch', snippet: 'PGOPTIONS:' },
  // A literal that merely contains today's project name is still the same for every copy.
  { fixture: 'hygiene', rule: 'container-name', service: 'literal-project', snippet: 'container_name: policy-fixture-db' },
  { fixture: 'hygiene', rule: 'image-tag', service: 'alpine', snippet: 'image: redis:alpine' },
  { fixture: 'hygiene', rule: 'image-tag', service: 'stable', snippet: 'image: nginx:stable' },
  { fixture: 'hygiene', rule: 'image-tag', service: 'nightly', snippet: 'image: ghcr.io/example/tool:nightly' },
  { fixture: 'hygiene', rule: 'fixed-name', service: '', snippet: 'name: shared-net' },
  { fixture: 'hygiene', rule: 'fixed-name', service: '', snippet: 'name: shared-data' },
  { fixture: 'health', rule: 'healthcheck-timing', service: 'pg-fast-start', snippet: 'start_period: 1s' },
  // A JVM (by its heap flag) starts slowly whatever its image is called.
  { fixture: 'health', rule: 'healthcheck-timing', service: 'jvm-app', snippet: '    healthcheck:', occurrence: 6 },
  { fixture: 'health', rule: 'healthcheck', service: 'image-check', snippet: '  image-check:' },
];

const passing: Array<Omit<Expected, 'snippet'>> = [
  { fixture: 'resources', rule: 'memory-limit', service: 'limited' },
  { fixture: 'resources', rule: 'memory-limit', service: 'deploy-limited' },
  { fixture: 'resources', rule: 'cpu-limit', service: 'limited' },
  { fixture: 'resources', rule: 'cpu-limit', service: 'deploy-limited' },
  { fixture: 'resources', rule: 'tmpfs-size', service: 'tmpfs-sized' },
  { fixture: 'health', rule: 'healthcheck', service: 'db' },
  { fixture: 'health', rule: 'healthcheck', service: 'worker' },
  { fixture: 'health', rule: 'healthcheck-timing', service: 'cache' },
  { fixture: 'health', rule: 'healthcheck-timing', service: 'slow-ok' },
  { fixture: 'hygiene', rule: 'restart-policy', service: 'on-failure' },
  { fixture: 'hygiene', rule: 'container-name', service: 'always' },
  { fixture: 'hygiene', rule: 'image-tag', service: 'pinned' },
  { fixture: 'hygiene', rule: 'image-tag', service: 'digest' },
  { fixture: 'hygiene', rule: 'image-tag', service: 'built' },
  { fixture: 'ports', rule: 'port-conflict', service: 'a' },
  { fixture: 'ports', rule: 'port-conflict', service: 'd' },
  { fixture: 'ports', rule: 'port-conflict', service: 'e' },
  { fixture: 'ports', rule: 'port-conflict', service: 'h' },
  { fixture: 'ports', rule: 'port-bind-all', service: 'c' },
  { fixture: 'ports', rule: 'port-bind-all', service: 'f' },
  { fixture: 'security', rule: 'privileged', service: 'socket-short' },
  { fixture: 'security', rule: 'docker-socket', service: 'harmless-bind' },
  { fixture: 'security', rule: 'host-namespace', service: 'priv' },
  { fixture: 'security', rule: 'capabilities', service: 'priv' },
  { fixture: 'durability', rule: 'unsafe-durability', service: 'durable' },
  // container_name: edx.${COMPOSE_PROJECT_NAME:-devstack}.mongo is unique per project.
  { fixture: 'hygiene', rule: 'container-name', service: 'project-named' },
  { fixture: 'hygiene', rule: 'image-tag', service: 'major-alpine' },
  // local/app is built by the service `built`; never-pulled is never pulled.
  { fixture: 'hygiene', rule: 'image-tag', service: 'uses-built' },
  { fixture: 'hygiene', rule: 'image-tag', service: 'never-pulled' },
  // A one-shot job awaited with service_completed_successfully needs no health check.
  { fixture: 'health', rule: 'healthcheck', service: 'migrate' },
  // condition: service_started, written out, is a choice.
  { fixture: 'health', rule: 'depends-on-healthy', service: 'worker' },
  { fixture: 'health', rule: 'healthcheck-timing', service: 'cache' },
];

describe('rules on their fixtures', () => {
  test.each(failing)('$rule reports $service at "$snippet"', ({ fixture, rule, service, file = 'compose.yaml', snippet, occurrence }) => {
    const { findings } = evaluateFixture(fixture);
    const line = lineOf(fixture, file, snippet, occurrence);
    const matching = findings.filter((finding) => finding.rule === rule && finding.service === service);
    expect(matching.map((finding) => `${finding.file}:${finding.line}`)).toContain(`${file}:${line}`);
  });

  test.each(passing)('$rule passes $service', ({ fixture, rule, service }) => {
    const { findings } = evaluateFixture(fixture);
    expect(findings.filter((finding) => finding.rule === rule && finding.service === service)).toEqual([]);
  });

  test('a clean stack has no findings at all', () => {
    expect(evaluateFixture('clean').findings).toEqual([]);
  });

  test('only the unsized tmpfs mounts are reported, not the sized /run', () => {
    const tmpfs = evaluateFixture('resources').findings.filter((finding) => finding.rule === 'tmpfs-size');
    expect(tmpfs.map((finding) => finding.message.split(' ')[1])).toEqual(['/var/lib/data', '/cache']);
  });

  test('two ports of a range colliding are one finding naming the range and the other service', () => {
    const conflicts = evaluateFixture('ports').findings.filter((finding) => finding.rule === 'port-conflict');
    expect(conflicts).toHaveLength(4);
    const g = conflicts.find((finding) => finding.service === 'g')!;
    expect(g.message).toContain('tcp 7001 on 127.0.0.1');
    expect(g.message).toContain(`already by f (compose.yaml:${lineOf('ports', 'compose.yaml', '"127.0.0.1:7000-7002:7000-7002"')})`);
    expect(conflicts.find((finding) => finding.service === 'i')!.message).toContain('2 replicas');
  });

  test('capabilities reports the added ones beyond the dangerous list, which are dangerous-capabilities errors', () => {
    const { findings } = evaluateFixture('security');
    const caps = findings.filter((finding) => finding.rule === 'capabilities');
    const some = caps.find((finding) => finding.service === 'caps-some')!;
    expect(some.line).toBe(lineOf('security', 'compose.yaml', 'cap_add: [CHOWN, NET_ADMIN]'));
    expect(some.column).toBe('    cap_add: ['.length + 1);
    expect(some.message).toContain('adds CHOWN,');
    expect(some.message).not.toContain('NET_ADMIN');
    const dangerous = findings.filter((finding) => finding.rule === 'dangerous-capabilities');
    expect(dangerous.map((finding) => `${finding.service}:${finding.line}:${finding.column}:${finding.severity}`)).toEqual([
      `caps-all:${lineOf('security', 'compose.yaml', '- ALL')}:9:error`,
      `caps-some:${lineOf('security', 'compose.yaml', 'cap_add: [CHOWN, NET_ADMIN]')}:${'    cap_add: [CHOWN, '.length + 1}:error`,
    ]);
    const config = defaultPolicyConfig();
    config.capabilities.allow = ['NET_BIND_SERVICE'];
    const allowed = evaluateFixture('security', { config }).findings.filter((finding) => finding.rule === 'capabilities');
    expect(allowed.map((finding) => finding.service).sort()).toEqual(['caps-some']);
  });

  test('durability switches are named one by one, with the memory they may cost', () => {
    const notes = evaluateFixture('durability').findings.filter((finding) => finding.service === 'pg-string' && finding.rule === 'unsafe-durability');
    expect(notes.map((finding) => finding.severity)).toEqual(['note', 'note']);
    expect(notes.map((finding) => /\((\S+),/.exec(finding.message)?.[1]).sort()).toEqual(['fsync=off', 'full_page_writes=off']);
    expect(notes[0]!.message).toContain('bounded by its 512 MiB memory limit');
  });

  test('memory-budget: over the budget is an error at services:, unknown is a note, within is silent', () => {
    const over = evaluateFixture('resources', { memoryBudget: { bytes: 300 * 1024 ** 2, label: '75% of a small daemon' } }).findings.filter(
      (finding) => finding.rule === 'memory-budget',
    );
    expect(over).toMatchObject([{ severity: 'error', service: '', line: lineOf('resources', 'compose.yaml', 'services:') }]);
    // Each limit once (tmpfs-sized's tmpfs sits inside its limit), the unlimited service as a floor.
    expect(over[0]!.message).toMatch(/reserves 512 MiB \(a floor: 1 service has no memory limit\), 212 MiB more than the budget of 300 MiB \(75% of a small daemon\); largest: /);
    const unknown = evaluateFixture('resources', { memoryBudget: null }).findings.filter((finding) => finding.rule === 'memory-budget');
    expect(unknown).toMatchObject([{ severity: 'note' }]);
    expect(evaluateFixture('resources').findings.filter((finding) => finding.rule === 'memory-budget')).toEqual([]);
  });
});
