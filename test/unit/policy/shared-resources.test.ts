import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { DaemonResources } from '../../../src/compose/declared-resources.js';
import type { ComposeModel } from '../../../src/compose/model.js';
import { ComposeSources } from '../../../src/compose/positions.js';
import { defaultPolicyConfig, type PolicyConfig } from '../../../src/policy/config.js';
import { evaluatePolicy } from '../../../src/policy/evaluate.js';

// shared-resources: a fixed name that already exists on the daemon and is not the project's is an
// error at the line that mounts or joins it; external: true is a warning naming the resource;
// without daemon facts (check offline) only external is judged.

const COMPOSE = `services:
  db:
    image: postgres:15
    volumes:
      - data:/var/lib/postgresql/data
      - scratch:/scratch
    networks: [front, default]
  worker:
    image: busybox:1
    volumes:
      - type: volume
        source: cache
        target: /cache
    networks:
      shared: {}
volumes:
  data:
    name: devdata
  scratch: {}
  cache:
    external: true
networks:
  front:
    name: devnet
  shared:
    external: true
    name: corp-net
`;

// As \`docker compose -p ci1 config --format json\` prints it: every name filled in.
const MODEL: ComposeModel = {
  name: 'ci1',
  services: {
    db: {
      image: 'postgres:15',
      volumes: [{ type: 'volume', source: 'data', target: '/var/lib/postgresql/data' }, { type: 'volume', source: 'scratch', target: '/scratch' }],
      networks: { front: null, default: null },
    },
    worker: { image: 'busybox:1', volumes: [{ type: 'volume', source: 'cache', target: '/cache' }], networks: { shared: {} } },
  },
  volumes: { data: { name: 'devdata' }, scratch: { name: 'ci1_scratch' }, cache: { name: 'cache', external: true } },
  networks: { default: { name: 'ci1_default' }, front: { name: 'devnet' }, shared: { name: 'corp-net', external: true } },
};

const dir = mkdtempSync(path.join(os.tmpdir(), 'dsa-shared-'));
const file = path.join(dir, 'compose.yaml');
writeFileSync(file, COMPOSE);
const lineOf = (snippet: string): number => COMPOSE.split('\n').findIndex((line) => line.includes(snippet)) + 1;

function findings(daemon: DaemonResources | undefined, config: PolicyConfig = defaultPolicyConfig()) {
  const sources = ComposeSources.load([file], (absolute) => (absolute === file ? COMPOSE : ''));
  return evaluatePolicy({ model: MODEL, sources, firstFile: file, config, daemon, displayPath: () => 'compose.yaml' })
    .findings.filter((finding) => finding.rule === 'shared-resources')
    .map((finding) => ({ severity: finding.severity, service: finding.service, line: finding.line, message: finding.message }));
}

const volume = (name: string, labels: Record<string, string> = {}) => ({ kind: 'volume' as const, name, id: name, labels });
const network = (name: string, labels: Record<string, string> = {}) => ({ kind: 'network' as const, name, id: `id-${name}`, labels });

describe('shared-resources', () => {
  test('offline: only external ones, as warnings naming them, at the line that uses them', () => {
    expect(findings(undefined)).toEqual([
      { severity: 'warning', service: 'worker', line: lineOf('- type: volume'), message: expect.stringContaining('uses the external volume cache (volumes.cache)') },
      { severity: 'warning', service: 'worker', line: lineOf('shared: {}'), message: expect.stringContaining('uses the external network corp-net (networks.shared)') },
    ]);
  });

  test('a developer\'s volume made by hand and another stack\'s network under fixed names: errors, with whose they are', () => {
    const daemon: DaemonResources = {
      volumes: [volume('devdata'), volume('cache')],
      networks: [network('devnet', { 'com.docker.compose.project': 'dev', 'com.docker.compose.network': 'front' }), network('corp-net')],
    };
    const errors = findings(daemon).filter((finding) => finding.severity === 'error');
    expect(errors).toEqual([
      {
        severity: 'error',
        service: 'db',
        line: lineOf('- data:/var/lib/postgresql/data'),
        message: expect.stringMatching(/^Service db uses volume devdata \(volumes\.data, name: devdata\), which already exists on this daemon and is not this stack's \(it was not created by Compose\).*Remove name: so Compose scopes it to the project \(ci1_data\)/),
      },
      {
        severity: 'error',
        service: 'db',
        line: lineOf('networks: [front, default]'),
        message: expect.stringContaining("network devnet (networks.front, name: devnet), which already exists on this daemon and is not this stack's (it belongs to Compose project dev)"),
      },
    ]);
  });

  test('fixed names that do not exist yet, and the project\'s own resources, are fine', () => {
    const daemon: DaemonResources = { volumes: [volume('ci1_scratch', { 'com.docker.compose.project': 'ci1' }), volume('cache')], networks: [network('corp-net')] };
    expect(findings(daemon).filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  test('an external resource that does not exist says the stack will not start', () => {
    expect(findings({ volumes: [], networks: [] })[0]!.message).toContain('It does not exist on this daemon, so the stack will not start.');
  });

  test('a label value that is not a project name is not repeated into the message', () => {
    const daemon: DaemonResources = { volumes: [volume('devdata', { 'com.docker.compose.project': '<img src=x onerror=alert(1)>' })], networks: [] };
    const message = findings(daemon).find((finding) => finding.severity === 'error')!.message;
    expect(message).toContain('(it belongs to another Compose project)');
    expect(message).not.toContain('<img');
  });

  test('configured as a warning, the fixed-name case warns; external stays a warning', () => {
    const config = defaultPolicyConfig();
    config.rules['shared-resources'] = { ...config.rules['shared-resources'], severity: 'warning' };
    const daemon: DaemonResources = { volumes: [volume('devdata'), volume('cache')], networks: [network('corp-net')] };
    expect(new Set(findings(daemon, config).map((finding) => finding.severity))).toEqual(new Set(['warning']));
  });
});
