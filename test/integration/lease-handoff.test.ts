// Hand-offs on the real daemon: a holder killed with SIGKILL, arrival order, lock-timeout naming
// the holders, a request larger than the budget, Ctrl-C while queued, and the CLI's `lock`.
import { afterAll, describe, expect, test } from 'vitest';
import { requireImages } from '../support/docker.js';
import { eventually, GiB, namespaceContainers, removeNamespace, startCli, startWorker, uniqueNamespace, waitingTickets, type Worker } from './lease-helpers.js';

const namespaces: string[] = [];
const workers: Worker[] = [];

afterAll(() => {
  for (const worker of workers) worker.child.kill('SIGKILL');
  for (const namespace of namespaces) removeNamespace(namespace);
});

function namespace(label: string): string {
  const name = uniqueNamespace(label);
  namespaces.push(name);
  return name;
}

const group = (name: string) => [{ project: '', groups: [name], ports: [], memoryBytes: 0 }];

function holder(ns: string, label: string, extra: { holdMs?: number; untilSignal?: boolean } = {}): Worker {
  const worker = startWorker({
    namespace: ns,
    requests: group('g'),
    cycles: 1,
    holdMs: extra.holdMs ?? 0,
    holdUntilSignal: extra.untilSignal,
    budgetBytes: GiB,
    timeoutMs: 120_000,
    label,
  });
  workers.push(worker);
  return worker;
}

describe('hand-offs between real processes', () => {
  test('a holder killed with SIGKILL: the next waiter is admitted within 15 s', async () => {
    requireImages('dsa-test/busybox:1');
    const ns = namespace('kill');
    const first = holder(ns, 'victim', { untilSignal: true });
    await first.next((line) => line.event === 'enter');
    const second = holder(ns, 'next', { holdMs: 10 });
    await eventually(() => waitingTickets(ns).length === 1, 30_000, 'the waiter to queue');

    const killedAt = process.hrtime.bigint();
    first.child.kill('SIGKILL');
    const entered = await second.next((line) => line.event === 'enter');
    const latencyMs = Number(BigInt(entered.t!) - killedAt) / 1e6;
    expect(latencyMs).toBeLessThan(15_000);
    expect(await second.exited).toBe(0);
    // The dead holder's lease was swept, the waiter's released: nothing is left.
    expect(namespaceContainers(ns)).toEqual([]);
  });

  test('waiters are admitted in arrival order', async () => {
    const ns = namespace('order');
    const first = holder(ns, 'holder', { untilSignal: true });
    await first.next((line) => line.event === 'enter');
    const queue: Worker[] = [];
    for (let index = 0; index < 5; index += 1) {
      queue.push(holder(ns, `waiter-${index}`, { holdMs: 20 }));
      await eventually(() => waitingTickets(ns).length === index + 1, 30_000, `waiter ${index} to queue`);
    }
    first.child.kill('SIGTERM');
    const entries = await Promise.all(queue.map((worker) => worker.next((line) => line.event === 'enter')));
    const order = entries.map((line, index) => ({ index, t: BigInt(line.t!) })).sort((a, b) => (a.t < b.t ? -1 : 1));
    expect(order.map((entry) => entry.index)).toEqual([0, 1, 2, 3, 4]);
    await Promise.all(queue.map((worker) => worker.exited));
  });

  test('lock-timeout ends with the holders named, and leaves the queue', async () => {
    const ns = namespace('timeout');
    const first = holder(ns, 'the-holder-xyz', { untilSignal: true });
    await first.next((line) => line.event === 'enter');
    const cli = startCli(['lock', '--namespace', ns, '--group', 'g', '--timeout', '2s', '--', 'true']);
    expect(await cli.exited).toBe(1);
    expect(cli.stderr()).toMatch(/Gave up waiting for a lease after 2\.\d s \(lock-timeout\)\.\nIn the way:\n {2}- the-holder-xyz \(pid \d+\) holds group g since/);
    expect(waitingTickets(ns)).toEqual([]);
    first.child.kill('SIGTERM');
    await first.exited;
  });

  test('a lock larger than the whole budget fails at once, with the numbers', async () => {
    const ns = namespace('big');
    const started = Date.now();
    const cli = startCli(['lock', '--namespace', ns, '--memory', '3g', '--memory-budget', '2g', '--', 'true']);
    expect(await cli.exited).toBe(1);
    expect(cli.stderr()).toContain('The lock asks for 3 GiB of memory, more than the whole memory budget of 2 GiB (memory-budget 2g): it could never be admitted.');
    // No waiting: the time is the CLI's start-up, not a lock-timeout.
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(namespaceContainers(ns)).toEqual([]);
  });

  test('Ctrl-C while queued leaves the queue cleanly (exit 130)', async () => {
    const ns = namespace('sigint');
    const first = holder(ns, 'holder', { untilSignal: true });
    await first.next((line) => line.event === 'enter');
    const cli = startCli(['lock', '--namespace', ns, '--group', 'g', '--', 'true']);
    await eventually(() => waitingTickets(ns).length === 1, 30_000, 'the CLI to queue');
    cli.child.kill('SIGINT');
    expect(await cli.exited).toBe(130);
    expect(cli.stderr()).toContain('cancelled. Left the queue.');
    expect(waitingTickets(ns)).toEqual([]);
    first.child.kill('SIGTERM');
    await first.exited;
  });

  test('lock runs the command under the lease and exits with its code', async () => {
    const ns = namespace('lock');
    const cli = startCli(['lock', '--namespace', ns, '--port', '127.0.0.1:5999', '--group', 'g', '--', 'sh', '-c', `docker ps -a --filter label=docker-stability.lease.namespace=${ns} --format '{{.Names}}'; exit 7`]);
    expect(await cli.exited).toBe(7);
    expect(cli.stdout()).toMatch(new RegExp(`^dsa-lease\\.${ns}\\.held\\.[0-9a-f]+\\.0\\.\\d+\\n$`));
    expect(namespaceContainers(ns)).toEqual([]);
  });
});
