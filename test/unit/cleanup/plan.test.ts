import { describe, expect, test } from 'vitest';
import type { Inventory } from '../../../src/cleanup/inventory.js';
import { ownerLabelValue, parseOwner, withOwnership } from '../../../src/cleanup/ownership.js';
import { addToService, emptyOverride, renderOverride } from '../../../src/compose/override.js';
import { planDeadOwnerSweep, type OwnerState } from '../../../src/cleanup/plan.js';

const inventory: Inventory = [
  { kind: 'volume', id: 'ci1_data', name: 'ci1_data', project: 'ci1', owner: 'L1' },
  { kind: 'container', id: 'c2', name: 'ci1-db-1', project: 'ci1', owner: 'L1', running: true },
  { kind: 'network', id: 'n1', name: 'ci1_default', project: 'ci1', owner: 'L1' },
  { kind: 'image', id: 'sha256:i1', name: 'ci1-app', project: 'ci1', builtBy: 'default/L1' },
  // The same project's image, built by an earlier run under the same name (a developer's `up`).
  { kind: 'image', id: 'sha256:i0', name: 'ci1-app-old', project: 'ci1', builtBy: 'default/L0' },
  // Built by Compose, not by us: no built-by label.
  { kind: 'image', id: 'sha256:i9', name: 'ci1-by-hand', project: 'ci1' },
  { kind: 'container', id: 'c3', name: 'ci2-db-1', project: 'ci2', owner: 'L2', running: true },
  { kind: 'container', id: 'c4', name: 'dev-db-1', project: 'dev' },
  { kind: 'volume', id: 'dev_data', name: 'dev_data', project: 'dev' },
  { kind: 'container', id: 'c5', name: 'ci3-run-x', project: 'ci3', owner: 'L3' },
];

const names = (plan: ReturnType<typeof planDeadOwnerSweep>): string[] => plan.map((removal) => removal.resource.name);

describe('planDeadOwnerSweep', () => {
  const states: Record<string, OwnerState> = {
    L1: { state: 'stale', why: 'owner process 4242 on runner-1 is gone' },
    L2: { state: 'live' },
    L3: { state: 'absent' },
  };
  test('removes what dead or released owners left; keeps live owners and unlabelled resources', () => {
    const plan = planDeadOwnerSweep(inventory, (owner) => states[owner]!);
    expect(names(plan)).toEqual(['ci1-db-1', 'ci3-run-x', 'ci1_default', 'ci1_data']);
    expect(plan[0]!.reason).toBe('project ci1: its lease is stale (owner process 4242 on runner-1 is gone)');
    expect(plan[1]!.reason).toBe('project ci3: its lease was released or never taken');
    expect(plan.some((removal) => removal.resource.project === 'dev')).toBe(false);
  });
  test('asks about each owner once', () => {
    const asked: string[] = [];
    planDeadOwnerSweep(inventory, (owner) => {
      asked.push(owner);
      return states[owner]!;
    });
    expect(asked.sort()).toEqual(['L1', 'L2', 'L3']);
  });
});

describe('withOwnership', () => {
  test('labels services, own networks and volumes; never external ones; keeps what was there', () => {
    const base = addToService(emptyOverride(), 'db', { mem_limit: '268435456' });
    const override = withOwnership(
      base,
      {
        name: 'p',
        services: { db: {}, app: {} },
        networks: { default: { name: 'p_default' }, shared: { external: true } },
        volumes: { data: {}, cache: { external: true } },
      },
      { namespace: 'default', id: 'L9' },
    );
    const labels = { labels: { 'docker-stability.owner': 'default/L9' } };
    expect(override).toEqual({
      services: { db: { mem_limit: '268435456', ...labels }, app: labels },
      networks: { default: labels },
      volumes: { data: labels },
    });
    expect(renderOverride(override)).toContain('networks:\n  default:\n    labels:\n      docker-stability.owner: default/L9');
  });

  test('the images a service builds carry the owner as built-by; a service that pulls gets no build section', () => {
    const override = withOwnership(emptyOverride(), { name: 'p', services: { app: { build: { context: '/ws/app' } }, db: { image: 'pg:15' } } }, { namespace: 'default', id: 'L9' });
    expect(override.services.app).toEqual({ labels: { 'docker-stability.owner': 'default/L9' }, build: { labels: { 'docker-stability.built-by': 'default/L9' } } });
    expect(override.services.db).toEqual({ labels: { 'docker-stability.owner': 'default/L9' } });
  });
});

describe('owner label values', () => {
  test.each([
    ['default/L9', { namespace: 'default', id: 'L9' }],
    ['it-3f2a/0f3c.1', { namespace: 'it-3f2a', id: '0f3c.1' }],
    ['L9', undefined],
    ['', undefined],
    [undefined, undefined],
    ['Default/L9', undefined],
  ])('%s', (value, owner) => {
    expect(parseOwner(value)).toEqual(owner);
    if (owner) expect(ownerLabelValue(owner)).toBe(value);
  });
});
