// Mutual exclusion on the real daemon: 10 processes × 100 acquire/release cycles on one group,
// on one host port, and with mixed memory sizes through a budget. Each holder logs when it
// entered and left on the machine's monotonic clock; any overlap (or budget overrun) fails.
import { afterAll, describe, expect, test } from 'vitest';
import type { LeaseRequest } from '../../src/lease/request.js';
import { requireImages } from '../support/docker.js';
import { GiB, intervals, namespaceContainers, overlapping, peaks, removeNamespace, startWorker, uniqueNamespace, type Worker } from './lease-helpers.js';

const WORKERS = 10;
const CYCLES = Number(process.env.LEASE_IT_CYCLES ?? 100);
/** 1000 cycles take 40–100 s on two shared cores, depending on what else runs. */
const TIMEOUT_MS = 300_000;
const namespaces: string[] = [];

afterAll(() => {
  for (const namespace of namespaces) removeNamespace(namespace);
});

async function run(label: string, requests: (worker: number) => LeaseRequest[], budgetBytes: number, holdMs: number): Promise<Worker[]> {
  const namespace = uniqueNamespace(label);
  namespaces.push(namespace);
  const workers = Array.from({ length: WORKERS }, (_, index) =>
    startWorker({ namespace, requests: requests(index), cycles: CYCLES, holdMs, budgetBytes, timeoutMs: 300_000, label: `${label}-${index}`, waitForGo: true }),
  );
  // All start together once loaded, so they contend from the first cycle on.
  await Promise.all(workers.map((worker) => worker.next((line) => line.event === 'ready')));
  for (const worker of workers) worker.child.stdin!.write('go\n');
  const codes = await Promise.all(workers.map((worker) => worker.exited));
  const errors = workers.flatMap((worker) => worker.lines.filter((line) => line.event === 'error'));
  expect(errors).toEqual([]);
  expect(codes).toEqual(Array(WORKERS).fill(0));
  // Every lease was released: nothing of the namespace is left in the daemon.
  expect(namespaceContainers(namespace)).toEqual([]);
  return workers;
}

describe(`${WORKERS} processes × ${CYCLES} cycles on the real daemon`, () => {
  test('one group: never two holders at once', async () => {
    requireImages('dsa-test/busybox:1');
    const workers = await run('grp', () => [{ project: '', groups: ['shared'], ports: [], memoryBytes: 0 }], GiB, 2);
    const list = intervals(workers);
    expect(list).toHaveLength(WORKERS * CYCLES);
    expect(overlapping(list)).toEqual([]);
  }, TIMEOUT_MS);

  test('one shared host port (each holder also holds a group of its own): never two holders at once', async () => {
    const workers = await run('port', (index) => [{ project: '', groups: [`own-${index}`], ports: ['tcp/5434'], memoryBytes: 0 }], GiB, 2);
    const list = intervals(workers);
    expect(list).toHaveLength(WORKERS * CYCLES);
    expect(overlapping(list)).toEqual([]);
  }, TIMEOUT_MS);

  test('mixed sizes through a 4 GiB budget: never more reserved than the budget, and several at once', async () => {
    const sizes = [1, 2, 3, 0.5].map((gib) => gib * GiB);
    const workers = await run(
      'mem',
      (index) => sizes.map((_, cycle) => ({ project: '', groups: [], ports: [], memoryBytes: sizes[(index + cycle) % sizes.length]! })),
      4 * GiB,
      // Long enough that admissions overlap holds, so the budget really admits several at once.
      50,
    );
    const list = intervals(workers);
    expect(list).toHaveLength(WORKERS * CYCLES);
    const peak = peaks(list);
    expect(peak.bytes).toBeLessThanOrEqual(4 * GiB);
    // The budget admits several holders at once; a lock that only ever admitted one would pass
    // the line above without proving anything.
    expect(peak.holders).toBeGreaterThanOrEqual(3);
  }, TIMEOUT_MS);
});
