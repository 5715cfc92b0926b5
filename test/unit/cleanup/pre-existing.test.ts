import { describe, expect, test } from 'vitest';
import { describeOwner, describePreExisting, preExistingResources } from '../../../src/cleanup/pre-existing.js';
import { declaredResources, type DaemonResources } from '../../../src/compose/declared-resources.js';
import type { ComposeModel } from '../../../src/compose/model.js';

// The record of what existed before `up`, from the resolved model (as `docker compose config`
// prints it: every name filled in) and the daemon's volumes and networks.

const model: ComposeModel = {
  name: 'ci1',
  services: {
    db: { volumes: [{ type: 'volume', source: 'data', target: '/var/lib/data' }, { type: 'volume', target: '/anon' }], networks: { front: null, default: null } },
  },
  volumes: { data: { name: 'devdata' }, scratch: { name: 'ci1_scratch' }, cache: { name: 'cache', external: true } },
  networks: { default: { name: 'ci1_default' }, front: { name: 'devnet' } },
};

const daemon: DaemonResources = {
  volumes: [
    { kind: 'volume', name: 'devdata', id: 'devdata', labels: {} },
    { kind: 'volume', name: 'cache', id: 'cache', labels: { 'com.docker.compose.project': 'tools' } },
    { kind: 'volume', name: 'ci1_leftover', id: 'ci1_leftover', labels: { 'com.docker.compose.project': 'ci1' } },
    { kind: 'volume', name: 'unrelated', id: 'unrelated', labels: { 'com.docker.compose.project': 'other' } },
  ],
  networks: [
    { kind: 'network', name: 'devnet', id: 'n1', labels: { 'com.docker.compose.project': 'dev', 'com.docker.compose.network': 'front' } },
    { kind: 'network', name: 'devnet', id: 'n2', labels: {} },
    { kind: 'network', name: 'bridge', id: 'n0', labels: {} },
  ],
};

describe('declaredResources', () => {
  test('names as the engine knows them; fixed names and external ones marked', () => {
    expect(declaredResources(model)).toEqual([
      { kind: 'volume', key: 'cache', name: 'cache', external: true, fixedName: true },
      { kind: 'volume', key: 'data', name: 'devdata', external: false, fixedName: true },
      { kind: 'volume', key: 'scratch', name: 'ci1_scratch', external: false, fixedName: false },
      { kind: 'network', key: 'default', name: 'ci1_default', external: false, fixedName: false },
      { kind: 'network', key: 'front', name: 'devnet', external: false, fixedName: true },
    ]);
  });
});

describe('preExistingResources', () => {
  test('the model\'s names that exist, every network of a duplicated name, and anything already labelled with the project', () => {
    const record = preExistingResources(model, 'ci1', daemon, 1234);
    expect(record).toEqual({
      recordedAtMs: 1234,
      project: 'ci1',
      resources: [
        { kind: 'network', name: 'devnet', id: 'n1', key: 'front', project: 'dev' },
        { kind: 'network', name: 'devnet', id: 'n2', key: 'front' },
        { kind: 'volume', name: 'cache', id: 'cache', key: 'cache', external: true, project: 'tools' },
        { kind: 'volume', name: 'ci1_leftover', id: 'ci1_leftover', project: 'ci1' },
        { kind: 'volume', name: 'devdata', id: 'devdata', key: 'data' },
      ],
    });
    expect(describePreExisting(record)).toContain('volume devdata existed before up: it was not created by Compose; the teardown keeps it');
  });

  test('an empty daemon: nothing existed', () => {
    expect(preExistingResources(model, 'ci1', { volumes: [], networks: [] }, 0).resources).toEqual([]);
  });
});

describe('describeOwner', () => {
  test.each([
    [{ project: 'dev' }, 'it belongs to Compose project dev'],
    [{ project: '<img src=x onerror=alert(1)>' }, 'it belongs to another Compose project'],
    [{ owner: 'default/L1' }, 'it belongs to default/L1'],
    [{ owner: '[click](http://x)' }, 'it carries an owner label this tool did not write'],
    [{}, 'it was not created by Compose'],
  ])('%j', (labels, words) => {
    expect(describeOwner(labels)).toBe(words);
  });
});
