import { describe, expect, test } from 'vitest';
import type { Inventory, Resource } from '../../../src/cleanup/inventory.js';
import { planTeardown, type TeardownScope } from '../../../src/cleanup/plan.js';
import type { ExistingResource, PreExistingResources } from '../../../src/cleanup/pre-existing.js';

// What the teardown removes and keeps: decided from labels and the record of what existed before
// `up`, never from the names in the compose file.

const OURS = 'default/L1';
const container = (name: string, labels: Partial<Resource> = {}): Resource => ({ kind: 'container', id: `id-${name}`, name, project: 'ci1', owner: OURS, running: true, ...labels });
const volume = (name: string, labels: Partial<Resource>): Resource => ({ kind: 'volume', id: name, name, ...labels });
const network = (name: string, labels: Partial<Resource>): Resource => ({ kind: 'network', id: `net-${name}`, name, ...labels });
const record = (...resources: ExistingResource[]): PreExistingResources => ({ recordedAtMs: 0, project: 'ci1', resources });
const scope = (overrides: Partial<TeardownScope> = {}): TeardownScope => ({ project: 'ci1', owners: [OURS], preExisting: record(), ...overrides });

function decide(inventory: Inventory, over: Partial<TeardownScope> = {}): { removed: string[]; kept: string[] } {
  const plan = planTeardown(inventory, scope(over));
  return {
    removed: plan.removals.map((removal) => `${removal.resource.kind} ${removal.resource.name}`),
    kept: plan.kept.map((kept) => `${kept.kind} ${kept.name}: ${kept.why}`),
  };
}

describe('planTeardown', () => {
  test('what this run created goes, containers first: owner label, or the project label on something new', () => {
    const inventory: Inventory = [
      volume('ci1_data', { project: 'ci1', owner: OURS }),
      network('ci1_default', { project: 'ci1', owner: OURS }),
      container('ci1-db-1'),
      // A one-off `compose run` without the override file, and a volume a test step made during the run.
      container('ci1-db-run-1', { owner: undefined }),
      volume('ci1-stray', { project: 'ci1' }),
    ];
    expect(decide(inventory)).toEqual({
      removed: ['container ci1-db-1', 'container ci1-db-run-1', 'network ci1_default', 'volume ci1_data', 'volume ci1-stray'],
      kept: [],
    });
  });

  test.each<[string, ExistingResource, Resource | undefined, string]>([
    [
      'a developer\'s volume used under a fixed name (made by hand: no labels, not in the inventory)',
      { kind: 'volume', name: 'devdata', id: 'devdata', key: 'data' },
      undefined,
      'volume devdata: it existed before this run and is not ours (it was not created by Compose)',
    ],
    [
      'a dev stack\'s network joined under a fixed name',
      { kind: 'network', name: 'devnet', id: 'net-devnet', key: 'front', project: 'dev' },
      undefined,
      'network devnet: it existed before this run and is not ours (it belongs to Compose project dev)',
    ],
    [
      'an external volume',
      { kind: 'volume', name: 'cache', id: 'cache', key: 'cache', external: true },
      undefined,
      'volume cache: it existed before this run and is not ours (it is declared external)',
    ],
    [
      'the project-scoped volume of an earlier stack of the same project (a developer\'s `docker compose up` in the same directory)',
      { kind: 'volume', name: 'ci1_data', id: 'ci1_data', key: 'data', project: 'ci1' },
      volume('ci1_data', { project: 'ci1' }),
      'volume ci1_data: it existed before this run and is not ours (it belongs to Compose project ci1)',
    ],
    [
      'a volume of another run of this tool',
      { kind: 'volume', name: 'shared', id: 'shared', key: 'data', project: 'ci0', owner: 'default/L0' },
      undefined,
      'volume shared: it existed before this run and is not ours (it belongs to default/L0)',
    ],
  ])('kept: %s', (_, existing, listed, why) => {
    expect(decide([container('ci1-db-1'), ...(listed ? [listed] : [])], { preExisting: record(existing) })).toEqual({ removed: ['container ci1-db-1'], kept: [why] });
  });

  test('a pre-existing resource that carries this run\'s owner label is ours (an `up` under the same lease)', () => {
    const existing: ExistingResource = { kind: 'volume', name: 'ci1_data', id: 'ci1_data', project: 'ci1', owner: OURS };
    expect(decide([volume('ci1_data', { project: 'ci1', owner: OURS })], { preExisting: record(existing) })).toEqual({ removed: ['volume ci1_data'], kept: [] });
  });

  test('without a record, only the owner label proves a volume or network is ours', () => {
    const inventory = [volume('ci1_data', { project: 'ci1', owner: OURS }), volume('ci1_old', { project: 'ci1' }), network('ci1_default', { project: 'ci1' })];
    expect(decide(inventory, { preExisting: undefined })).toEqual({
      removed: ['volume ci1_data'],
      kept: [
        "network ci1_default: it carries project ci1's label but not this run's owner label, and no record says this run created it",
        "volume ci1_old: it carries project ci1's label but not this run's owner label, and no record says this run created it",
      ],
    });
  });

  test('another lease\'s resources that happen to be in the inventory are never removed', () => {
    expect(decide([volume('x', { owner: 'default/L2' }), container('ci2-db-1', { project: 'ci2', owner: 'default/L2' })])).toEqual({ removed: [], kept: [] });
  });

  test('what an earlier up of the project left under a lease that ended goes (the CLI\'s re-up after its keeper died)', () => {
    const inventory = [network('ci1_default', { project: 'ci1', owner: 'default/OLD' }), volume('ci1_data', { project: 'ci1', owner: 'default/LIVE' })];
    const deadOwner = (owner: string): string | undefined => (owner === 'default/OLD' ? 'its lease was released or never taken' : undefined);
    const plan = planTeardown(inventory, scope({ preExisting: undefined, deadOwner }));
    expect(plan.removals.map((removal) => [removal.resource.name, removal.reason])).toEqual([
      ['ci1_default', 'left by an earlier run of project ci1: its lease was released or never taken'],
    ]);
    expect(plan.kept.map((kept) => kept.name)).toEqual(['ci1_data']);
  });

  test('built images only when asked, and only those this run built', () => {
    const image: Resource = { kind: 'image', id: 'sha256:1', name: 'ci1-app', project: 'ci1', builtBy: OURS };
    const earlier: Resource = { kind: 'image', id: 'sha256:2', name: 'ci1-app:old', project: 'ci1', builtBy: 'default/L0' };
    expect(decide([image, earlier]).removed).toEqual([]);
    expect(decide([image, earlier], { removeBuiltBy: OURS }).removed).toEqual(['image ci1-app']);
  });
});
