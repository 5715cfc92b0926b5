import { describe, expect, test } from 'vitest';
import { leaseContext, type LeaseContext } from '../../../src/lease/context.js';
import { admissionPass } from '../../../src/lease/pass.js';
import { mutexName } from '../../../src/lease/records.js';
import type { LeaseRequest } from '../../../src/lease/request.js';
import { TicketKeeper } from '../../../src/lease/ticket.js';
import { world } from './fakes.js';

// One admission pass under the mutex: stale records swept, the verdict from a fresh snapshot,
// our own ticket admitted by renaming it to its lease name — and a holder that took too long
// stops before it writes anything.

const STALE_MS = 10_000;
const group = (name: string, memoryBytes = 0): LeaseRequest => ({ project: 'p', groups: [name], ports: [], memoryBytes });

async function waiter(w: ReturnType<typeof world>, pid: number, id: string, request: LeaseRequest): Promise<{ ctx: LeaseContext; ticket: TicketKeeper }> {
  const ctx = leaseContext(w.proc(pid), 'unit', { mutexStaleMs: STALE_MS, leaseTtlCapMs: 3_600_000 });
  const ticket = new TicketKeeper(ctx, id, request, 8 * 1024, { runner: 'r' }, 3_600_000);
  await ticket.create();
  return { ctx, ticket };
}

/** A lease held by pid `pid`, admitted through a pass of its own. */
async function held(w: ReturnType<typeof world>, pid: number, id: string, request: LeaseRequest) {
  const { ctx, ticket } = await waiter(w, pid, id, request);
  const pass = await admissionPass(ctx, ticket.current());
  if (pass.outcome !== 'admitted') throw new Error(`not admitted: ${pass.outcome}`);
  return pass;
}

describe('admissionPass', () => {
  test('uncontended: our ticket becomes generation 0 of the lease, named with its admission time', async () => {
    const w = world();
    const { ctx, ticket } = await waiter(w, 200, 'aaa', group('it', 1024));
    const pass = await admissionPass(ctx, ticket.current());
    expect(pass).toMatchObject({ outcome: 'admitted', usedBytes: 1024, lease: { kind: 'lease', id: 'aaa', generation: 0, admittedAtMs: w.clock.now(), ttlMs: 3_600_000 } });
    expect(w.docker.names()).toEqual([`dsa-lease.unit.held.aaa.0.${w.clock.now()}`]);
  });

  test('the memory leases hold counts those admitted before us', async () => {
    const w = world();
    await held(w, 300, 'bbb', group('other', 2048));
    const { ctx, ticket } = await waiter(w, 200, 'aaa', group('it', 1024));
    expect(await admissionPass(ctx, ticket.current())).toMatchObject({ outcome: 'admitted', usedBytes: 3072 });
  });

  test('blocked by a lease on the same group: the verdict says so, and our ticket is back in the queue', async () => {
    const w = world();
    const holder = await held(w, 300, 'bbb', group('it'));
    const { ctx, ticket } = await waiter(w, 200, 'aaa', group('it'));
    const pass = await admissionPass(ctx, ticket.current());
    expect(pass.outcome).toBe('blocked');
    expect(pass.outcome === 'blocked' && pass.verdict?.admissible).toBe(false);
    expect(w.docker.names()).toEqual([holder.lease.name, 'dsa-lease.unit.wait.aaa.0']);
  });

  test('a lease whose owner is gone is swept in the pass, and we are admitted', async () => {
    const w = world();
    await held(w, 300, 'bbb', group('it'));
    w.host.kill(300);
    const { ctx, ticket } = await waiter(w, 200, 'aaa', group('it'));
    expect((await admissionPass(ctx, ticket.current())).outcome).toBe('admitted');
    expect(w.docker.names()).toEqual([expect.stringMatching(/^dsa-lease\.unit\.held\.aaa\.0\./)]);
  });

  test('busy while another holds the mutex: nothing read, nothing written', async () => {
    const w = world();
    const other = await waiter(w, 300, 'bbb', group('x'));
    await other.ctx.mutex.tryAcquire(other.ticket.current().containerId);
    const { ctx, ticket } = await waiter(w, 200, 'aaa', group('it'));
    expect(await admissionPass(ctx, ticket.current())).toEqual({ outcome: 'busy' });
    expect(w.docker.names()).toEqual([mutexName('unit'), 'dsa-lease.unit.wait.aaa.0']);
  });

  test('a pass that took more than half the stale time stops before writing: blocked, the mutex given back', async () => {
    const w = world();
    const { ctx, ticket } = await waiter(w, 200, 'aaa', group('it'));
    const list = w.docker.listContainers.bind(w.docker);
    // A slow daemon: the snapshot takes longer than the holder may keep the mutex.
    w.docker.listContainers = async (query) => {
      const found = await list(query);
      if (!query.name) w.clock.time += STALE_MS / 2 + 1;
      return found;
    };
    expect(await admissionPass(ctx, ticket.current())).toMatchObject({ outcome: 'blocked' });
    expect(w.docker.names()).toEqual(['dsa-lease.unit.wait.aaa.0']);
  });

  test('a ticket taken from us before the rename (a breaker): gone, nothing admitted', async () => {
    const w = world();
    const { ctx, ticket } = await waiter(w, 200, 'aaa', group('it'));
    const rename = w.docker.renameContainer.bind(w.docker);
    w.docker.renameContainer = async (id, name) => (name.includes('.held.') ? 'missing' : rename(id, name));
    expect(await admissionPass(ctx, ticket.current())).toEqual({ outcome: 'ticket-gone' });
  });
});
