import { describe, expect, test } from 'vitest';
import { sweepCheck, sweptProjects, type DeadOwnerSweep } from '../../../src/app/sweep.js';
import type { PlannedRemoval } from '../../../src/cleanup/plan.js';
import { worstStatus } from '../../../src/preflight/checks.js';

// How preflight reports the sweep of dead jobs' leftovers: nothing found passes; something found
// (and removed, or not) warns with the numbers and why.

const removal = (name: string, project: string, kind: 'container' | 'network' | 'volume' = 'container'): PlannedRemoval => ({
  resource: { kind, id: name, name, project, owner: `default/${project}-lease` },
  reason: `project ${project}: its lease is stale (owner pid 4242 on runner-1 is gone)`,
});

function sweep(fields: Partial<DeadOwnerSweep>): DeadOwnerSweep {
  return { namespace: 'default', plan: [], staleLeases: [], released: [], ...fields };
}

describe('sweepCheck', () => {
  test('nothing found passes', () => {
    expect(sweepCheck(sweep({}))).toMatchObject({ id: 'stale-projects', status: 'pass', detail: 'none found' });
  });

  test('what was found and removed warns, with counts and the reason', () => {
    const plan = [removal('old-db-1', 'old'), removal('old_default', 'old', 'network')];
    const result = sweepCheck(sweep({ plan, staleLeases: [{ id: 'L', project: 'old', reason: 'gone' }], result: { removed: plan, missing: [], failed: [] }, released: ['L'] }));
    expect(result.status).toBe('warn');
    expect(result.detail).toBe('1 dead jobs left 2 resources (project old: its lease is stale (owner pid 4242 on runner-1 is gone)); removed 2; released 1 stale leases');
    expect(worstStatus([result])).toBe('warn');
  });

  test('what could not be removed is named', () => {
    const plan = [removal('old_default', 'old', 'network')];
    const result = sweepCheck(sweep({ plan, result: { removed: [], missing: [], failed: [{ ...plan[0]!, error: 'still in use' }] } }));
    expect(result.detail).toContain('could not remove network old_default: still in use');
  });

  test('per project, how many were removed (the summary)', () => {
    const plan = [removal('a-1', 'a'), removal('a_net', 'a', 'network'), removal('b-1', 'b')];
    expect(sweptProjects(sweep({ plan, result: { removed: plan, missing: [], failed: [] } }))).toEqual([
      { project: 'a', removed: 2 },
      { project: 'b', removed: 1 },
    ]);
  });
});
