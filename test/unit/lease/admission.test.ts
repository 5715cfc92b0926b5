import { describe, expect, test } from 'vitest';
import { planAdmission } from '../../../src/lease/admission.js';
import type { LeaseRecord } from '../../../src/lease/records.js';
import { identity } from './fakes.js';

const GiB = 1024 ** 3;

/** "g:a" a group, "p:5432" a port, "m:2" GiB of memory; budget 4 GiB unless "b:N". */
function record(id: string, kind: LeaseRecord['kind'], claims: string): LeaseRecord {
  const parts = claims.split(' ').filter(Boolean);
  const take = (prefix: string): string[] => parts.filter((part) => part.startsWith(prefix)).map((part) => part.slice(prefix.length));
  return {
    kind,
    containerId: `c-${id}`,
    name: id,
    namespace: 'ns',
    id,
    generation: 0,
    request: { project: '', groups: take('g:'), ports: take('p:').map((p) => (p.includes('/') ? p : `tcp/${p}`)), memoryBytes: Number(take('m:')[0] ?? 0) * GiB },
    budgetBytes: Number(take('b:')[0] ?? 4) * GiB,
    owner: identity(1),
    who: {},
    requestedAtMs: 0,
    renewedAtMs: 0,
    stampedAtMs: 0,
    ttlMs: 1000,
  };
}

type Row = [title: string, leases: string[], tickets: string[], admissible: string[]];

describe('planAdmission', () => {
  test.each<Row>([
    ['nothing held: the first ticket is admitted', [], ['g:a'], ['t0']],
    ['a held group blocks the same group', ['g:a'], ['g:a'], []],
    ['a held group does not block another group', ['g:a'], ['g:b'], ['t0']],
    ['a held port blocks the same port', ['p:5432'], ['p:5432'], []],
    ['a port bound to every address blocks the same port on one address', ['p:5432'], ['p:127.0.0.1:5432'], []],
    ['the same number on two addresses coexists', ['p:127.0.0.1:5432'], ['p:127.0.0.2:5432'], ['t0']],
    ['tcp and udp of one number coexist', ['p:53'], ['p:udp/53'], ['t0']],
    ['disjoint ports with room in the budget run at once', ['p:5432 m:1'], ['p:6379 m:1'], ['t0']],
    ['the budget blocks what does not fit', ['m:3'], ['m:2'], []],
    ['exactly filling the budget fits', ['m:3'], ['m:1'], ['t0']],
    ['no memory asked: the budget does not matter', ['m:4'], ['g:x'], ['t0']],
    ['two tickets on one group: only the first', [], ['g:a', 'g:a'], ['t0']],
    ['two tickets on different groups: both', [], ['g:a', 'g:b'], ['t0', 't1']],
    ['an earlier ticket that fits counts as holding memory', [], ['m:3', 'm:2'], ['t0']],
    ['fair: a small stack does not pass a big one that does not fit', ['m:2'], ['m:3', 'm:1'], []],
    ['a group-only request passes a waiting big stack', ['m:2'], ['m:3', 'g:z'], ['t1']],
    ['an earlier ticket blocked by a port but fitting lets a memory request pass', ['p:80'], ['p:80 m:1', 'm:2'], ['t1']],
    ['an earlier conflicting ticket blocks a later one even when nothing is held', [], ['g:a p:1', 'g:b p:1'], ['t0']],
    ['each ticket uses its own budget', ['m:3'], ['m:1 b:4', 'g:x m:1 b:3'], ['t0']],
  ])('%s', (_title, leases, tickets, admissible) => {
    const verdicts = planAdmission(
      leases.map((claims, index) => record(`l${index}`, 'lease', claims)),
      tickets.map((claims, index) => record(`t${index}`, 'ticket', claims)),
    );
    expect([...verdicts].filter(([, verdict]) => verdict.admissible).map(([id]) => id)).toEqual(admissible);
  });

  test('blockers say what is in the way and how', () => {
    const verdicts = planAdmission(
      [record('held', 'lease', 'g:a p:5432 m:3')],
      [record('first', 'ticket', 'p:6379 m:2'), record('second', 'ticket', 'g:a p:6379 m:1')],
    );
    expect(verdicts.get('first')).toMatchObject({ admissible: false, fits: false, usedBytes: 3 * GiB });
    expect(verdicts.get('first')!.blockers.map((b) => [b.record.id, b.as, b.ports, b.groups, b.memory])).toEqual([['held', 'holder', [], [], true]]);
    expect(verdicts.get('second')!.blockers.map((b) => [b.record.id, b.as, b.ports, b.groups, b.memory])).toEqual([
      ['held', 'holder', [], ['a'], false],
      ['first', 'earlier', ['tcp/6379'], [], true],
    ]);
  });
});
