import { describe, expect, test } from 'vitest';
import { leaseContext } from '../../../src/lease/context.js';
import { LEASE_IMAGE, LEASE_LABELS, mutexName, recordName } from '../../../src/lease/records.js';
import { eventSubject, LeaseStore } from '../../../src/lease/store.js';
import { TicketKeeper } from '../../../src/lease/ticket.js';
import type { DockerEvent } from '../../../src/ports/docker.js';
import { FakeClock, FakeDocker, world } from './fakes.js';

// The lease records of a namespace as containers in the daemon: the zero-layer image they are
// made from, the snapshot readers judge from, and what each event did to the records.

const REQUEST = { project: 'p', groups: ['it'], ports: [], memoryBytes: 0 };

async function queue(deps: ReturnType<ReturnType<typeof world>['proc']>, id: string): Promise<TicketKeeper> {
  const ticket = new TicketKeeper(leaseContext(deps, 'unit'), id, REQUEST, 1, { runner: 'r' }, 3_600_000);
  await ticket.create();
  return ticket;
}

describe('the record image', () => {
  test('imported once per daemon connection, however many stores use it', async () => {
    const docker = new FakeDocker(new FakeClock());
    await new LeaseStore(docker, 'a').create('x1', {});
    await new LeaseStore(docker, 'b').create('x2', {});
    expect(docker.calls.filter((call) => call.startsWith('import'))).toEqual([`import ${LEASE_IMAGE}`]);
  });

  test('an image removed between two leases (an image prune) is imported again, once', async () => {
    const docker = new FakeDocker(new FakeClock());
    const store = new LeaseStore(docker, 'unit');
    await store.create('x1', {});
    docker.images.clear();
    expect(await store.create('x2', {})).toEqual({ id: expect.any(String) });
    expect(docker.calls.filter((call) => call.startsWith('import'))).toHaveLength(2);
  });

  test('other create errors are not retried', async () => {
    const docker = new FakeDocker(new FakeClock());
    const store = new LeaseStore(docker, 'unit');
    await store.create('x1', {});
    docker.createContainer = async () => {
      throw new Error('no space left on device');
    };
    await expect(store.create('x2', {})).rejects.toThrow('no space left on device');
  });

  test('a name already taken is an answer, not an error', async () => {
    const docker = new FakeDocker(new FakeClock());
    const store = new LeaseStore(docker, 'unit');
    await store.create('same', {});
    expect(await store.create('same', {})).toBe('name-taken');
  });
});

describe('rename', () => {
  test('to the name it already has counts as renamed (a breaker renamed it back before us)', async () => {
    const docker = new FakeDocker(new FakeClock());
    const store = new LeaseStore(docker, 'unit');
    const created = await store.create('x1', {});
    if (created === 'name-taken') throw new Error('unexpected');
    expect(await store.rename(created.id, 'x1')).toBe('renamed');
    expect(await store.rename('gone', 'x2')).toBe('missing');
  });

  test('other errors go up', async () => {
    const docker = new FakeDocker(new FakeClock());
    docker.renameContainer = async () => {
      throw new Error('daemon busy');
    };
    await expect(new LeaseStore(docker, 'unit').rename('c1', 'x')).rejects.toThrow('daemon busy');
  });
});

describe('snapshot', () => {
  test('tickets in queue order (first creation first), the newest generation only, the mutex holder marked', async () => {
    const { clock, docker, proc } = world();
    const first = await queue(proc(200), 'aaa');
    clock.time += 10;
    const second = await queue(proc(300), 'bbb');
    // The first renews: its generation 1 keeps the first place.
    clock.time += 30_000;
    await first.renewIfDue();
    const store = new LeaseStore(docker, 'unit');
    await store.rename(second.current().containerId, mutexName('unit'));
    const snapshot = await store.snapshot();
    expect(snapshot.tickets.map((ticket) => [ticket.id, ticket.generation])).toEqual([
      ['aaa', 1],
      ['bbb', 0],
    ]);
    expect(snapshot.mutex?.id).toBe('bbb');
    expect(snapshot.leases).toEqual([]);
    expect(snapshot.containersById.get('aaa')).toEqual([first.current().containerId]);
  });

  test('a ticket whose lease exists is not in the queue; the lease\'s every container is listed for removal', async () => {
    const { docker, proc } = world();
    const ticket = await queue(proc(200), 'aaa');
    const store = new LeaseStore(docker, 'unit');
    const ticketContainer = ticket.current().containerId;
    // Admitted by renaming; then a renewal wrote generation 1 beside it.
    await store.rename(ticketContainer, `${recordName('lease', 'unit', 'aaa', 0)}.123`);
    const renewal = await store.create(recordName('lease', 'unit', 'aaa', 1), { ...(await docker.inspectContainer(ticketContainer))!.labels, [LEASE_LABELS.kind]: 'lease', [LEASE_LABELS.generation]: '1' });
    const snapshot = await store.snapshot();
    expect(snapshot.tickets).toEqual([]);
    expect(snapshot.leases.map((lease) => [lease.id, lease.kind, lease.generation])).toEqual([['aaa', 'lease', 1]]);
    expect(snapshot.containersById.get('aaa')).toEqual([ticketContainer, (renewal as { id: string }).id]);
  });

  test('containers of other namespaces and containers that are not records are ignored', async () => {
    const { docker, proc } = world();
    await queue(proc(200), 'aaa');
    docker.container({ id: 'x', name: 'dsa-lease.unit.wait.zzz.0', image: 'x', labels: { [LEASE_LABELS.namespace]: 'unit' }, created: new Date().toISOString() });
    docker.container({ id: 'y', name: 'dsa-lease.other.wait.yyy.0', image: 'x', labels: { [LEASE_LABELS.namespace]: 'other' }, created: new Date().toISOString() });
    expect((await new LeaseStore(docker, 'unit').snapshot()).tickets.map((ticket) => ticket.id)).toEqual(['aaa']);
  });
});

describe('watch', () => {
  test('reopens a stream that could not be opened, until aborted', async () => {
    const clock = new FakeClock(0);
    const docker = new FakeDocker(clock);
    let opened = 0;
    const abort = new AbortController();
    docker.streamEvents = async () => {
      opened += 1;
      if (opened === 3) abort.abort();
      throw new Error('connection refused');
    };
    await new LeaseStore(docker, 'unit').watch(() => undefined, abort.signal, (ms, signal) => clock.sleep(ms, signal));
    expect(opened).toBe(3);
    expect(clock.now()).toBe(2000);
  });

  test('asks for the namespace\'s create, rename and destroy events only; an aborted watch opens nothing', async () => {
    const docker = new FakeDocker(new FakeClock());
    const queries: unknown[] = [];
    docker.streamEvents = async (query) => void queries.push(query);
    await new LeaseStore(docker, 'unit').watch(() => undefined, AbortSignal.abort(), async () => undefined);
    expect(queries).toEqual([]);
    const abort = new AbortController();
    docker.streamEvents = async (query) => (queries.push(query), abort.abort());
    await new LeaseStore(docker, 'unit').watch(() => undefined, abort.signal, async () => undefined);
    expect(queries).toEqual([{ filters: { type: ['container'], event: ['create', 'destroy', 'rename'], label: [`${LEASE_LABELS.namespace}=unit`] } }]);
  });
});

describe('eventSubject', () => {
  const event = (action: string, attributes: Record<string, string>): DockerEvent => ({ type: 'container', action, id: 'c1', attributes, timeNano: 0 });

  test.each([
    ['the mutex renamed back to a ticket', event('rename', { name: 'dsa-lease.unit.wait.aaa.0', oldName: '/dsa-lease.unit.mutex' }), { leftMutex: true, admitted: false }],
    ['the mutex renamed to a lease (admitted)', event('rename', { name: 'dsa-lease.unit.held.aaa.0.123', oldName: '/dsa-lease.unit.mutex' }), { leftMutex: true, admitted: true }],
    ['a ticket taking the mutex', event('rename', { name: 'dsa-lease.unit.mutex', oldName: '/dsa-lease.unit.wait.aaa.0' }), { leftMutex: false, admitted: false }],
    ['the mutex holder removed', event('destroy', { name: 'dsa-lease.unit.mutex' }), { leftMutex: true, admitted: false }],
    ['a lease removed', event('destroy', { name: 'dsa-lease.unit.held.aaa.1', [LEASE_LABELS.memory]: '1048576' }), { leftMutex: false, admitted: false, memoryBytes: 1048576 }],
    ['another namespace admitted', event('rename', { name: 'dsa-lease.other.held.aaa.0.1', oldName: '/dsa-lease.other.mutex' }), { leftMutex: false, admitted: false }],
    ['a memory label that is not a number', event('create', { name: 'x', [LEASE_LABELS.memory]: 'lots' }), { leftMutex: false, admitted: false, memoryBytes: 0 }],
  ])('%s', (_name, docker, expected) => {
    expect(eventSubject(docker, 'unit')).toEqual({ containerId: 'c1', memoryBytes: 0, ...expected });
  });
});
