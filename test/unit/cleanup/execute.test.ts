import { describe, expect, test } from 'vitest';
import { executeRemovals } from '../../../src/cleanup/execute.js';
import type { Resource } from '../../../src/cleanup/inventory.js';
import type { PlannedRemoval } from '../../../src/cleanup/plan.js';
import type { DockerApi, RemoveOutcome } from '../../../src/ports/docker.js';

// Removals kind by kind (containers first: they hold the networks and volumes), each kind at
// once; what the daemon answers sorted into removed, already gone and failed — never thrown.

const removal = (kind: Resource['kind'], name: string): PlannedRemoval => ({ resource: { kind, id: `${kind}:${name}`, name }, reason: 'owner label' });

/** A daemon whose answer per resource id the test decides; it records each call and when it began. */
function daemon(answers: Record<string, RemoveOutcome | Error> = {}) {
  const calls: string[] = [];
  let pending = 0;
  const overlaps: string[] = [];
  const answer = async (call: string, id: string): Promise<RemoveOutcome> => {
    calls.push(call);
    pending += 1;
    if (pending > 1) overlaps.push(call);
    await new Promise((resolve) => setImmediate(resolve));
    pending -= 1;
    const outcome = answers[id] ?? 'removed';
    if (outcome instanceof Error) throw outcome;
    return outcome;
  };
  const docker = {
    removeContainer: (id: string, options: { force: boolean; volumes: boolean }) => answer(`container ${id} force=${options.force} volumes=${options.volumes}`, id),
    removeNetwork: (id: string) => answer(`network ${id}`, id),
    removeVolume: (id: string) => answer(`volume ${id}`, id),
    removeImage: (id: string) => answer(`image ${id}`, id),
  } as unknown as DockerApi;
  return { docker, calls, overlaps };
}

describe('executeRemovals', () => {
  test('kind by kind in plan order; containers forced, with their anonymous volumes; one kind at once', async () => {
    const { docker, calls, overlaps } = daemon();
    const plan = [removal('container', 'db'), removal('container', 'web'), removal('network', 'p_default'), removal('volume', 'p_data'), removal('image', 'p-api')];
    const result = await executeRemovals(docker, plan);
    expect(calls).toEqual([
      'container container:db force=true volumes=true',
      'container container:web force=true volumes=true',
      'network network:p_default',
      'volume volume:p_data',
      'image image:p-api',
    ]);
    // Both containers were asked for before either answered; nothing of a later kind overlapped them.
    expect(overlaps).toEqual(['container container:web force=true volumes=true']);
    expect(result).toEqual({ removed: plan, missing: [], failed: [] });
  });

  test.each([
    ['container', 'in-use', 'removal already in progress'],
    ['network', 'in-use', 'still in use: a container outside the project is attached to it (disconnect or stop it)'],
    ['volume', 'in-use', 'still in use by a container outside the project'],
    ['image', 'in-use', 'still used by a container'],
  ] as const)('a %s the daemon says is %s fails with the reason: %s', async (kind, answer, reason) => {
    const planned = removal(kind, 'x');
    const { docker } = daemon({ [planned.resource.id]: answer });
    expect((await executeRemovals(docker, [planned])).failed).toEqual([{ ...planned, error: reason }]);
  });

  test('already gone is not a failure; an error is, with the daemon\'s words; the rest still go', async () => {
    const gone = removal('container', 'db');
    const refused = removal('network', 'p_default');
    const fine = removal('volume', 'p_data');
    const { docker } = daemon({ [gone.resource.id]: 'missing', [refused.resource.id]: new Error('network has active endpoints') });
    expect(await executeRemovals(docker, [gone, refused, fine])).toEqual({
      removed: [fine],
      missing: [gone],
      failed: [{ ...refused, error: 'network has active endpoints' }],
    });
  });

  test('an empty plan asks nothing', async () => {
    const { docker, calls } = daemon();
    expect(await executeRemovals(docker, [])).toEqual({ removed: [], missing: [], failed: [] });
    expect(calls).toEqual([]);
  });
});
