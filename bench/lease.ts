// Leases on the real daemon, side by side with baselines run in the same process:
//  1. Hand-off latency: two processes take turns on one group; the time from one releasing
//     (its last line before releaseLease) to the other running (acquireLease returned), on the
//     machine's monotonic clock. Baseline: the same with the event stream off — polling alone.
//  2. Packing: 10 stacks of 1 GiB through a 3 GiB budget, each holding 2 s, all queued at once;
//     total time from the start gun to the last release. Baseline: the same ten 2 s jobs through
//     an in-process semaphore of 3 permits — the ideal packing, 4 waves of 2 s.
// Holders are lease-worker processes (tsx), started and loaded before the clock starts.
import { setTimeout as sleep } from 'node:timers/promises';
import { GiB, removeNamespace, startWorker, uniqueNamespace, type Worker } from '../test/integration/lease-helpers.js';
import type { WorkerConfig } from '../test/integration/lease-worker.js';
import { median, report, type BenchRow } from './lib.js';

const HANDOFF_CYCLES = Number(process.env.BENCH_HANDOFF_CYCLES ?? 40);
/** Polling hands off about once a second: fewer cycles give a stable median. */
const POLLING_CYCLES = Math.max(6, Math.round(HANDOFF_CYCLES / 4));
const namespaces: string[] = [];

function workers(count: number, config: (index: number) => Omit<WorkerConfig, 'namespace' | 'label'>, label: string): { namespace: string; all: Worker[] } {
  const namespace = uniqueNamespace(`bench-${label}`);
  namespaces.push(namespace);
  return { namespace, all: Array.from({ length: count }, (_, index) => startWorker({ ...config(index), namespace, label: `${label}-${index}`, waitForGo: true })) };
}

async function fire(all: Worker[]): Promise<bigint> {
  await Promise.all(all.map((worker) => worker.next((line) => line.event === 'ready')));
  const start = process.hrtime.bigint();
  for (const worker of all) worker.child.stdin!.write('go\n');
  return start;
}

async function finish(all: Worker[]): Promise<void> {
  const codes = await Promise.all(all.map((worker) => worker.exited));
  const errors = all.flatMap((worker) => worker.lines.filter((line) => line.event === 'error'));
  if (errors.length || codes.some((code) => code !== 0)) throw new Error(`workers failed: ${JSON.stringify(errors)} ${JSON.stringify(codes)}`);
}

/** Median ms from one worker's exit to the other's next entry, over every hand-off. */
async function handoffMedian(useEvents: boolean): Promise<number> {
  const cycles = useEvents ? HANDOFF_CYCLES : POLLING_CYCLES;
  const { all } = workers(
    2,
    () => ({ requests: [{ project: '', groups: ['g'], ports: [], memoryBytes: 0 }], cycles, holdMs: 20, budgetBytes: GiB, timeoutMs: 300_000, timings: { useEvents } }),
    useEvents ? 'events' : 'polling',
  );
  await fire(all);
  await finish(all);
  const marks = all.flatMap((worker, index) =>
    worker.lines.filter((line) => line.event === 'enter' || line.event === 'exit').map((line) => ({ index, event: line.event, t: BigInt(line.t!) })),
  );
  marks.sort((a, b) => (a.t < b.t ? -1 : a.t > b.t ? 1 : 0));
  const handoffs: number[] = [];
  for (let i = 1; i < marks.length; i += 1) {
    const [previous, current] = [marks[i - 1]!, marks[i]!];
    if (previous.event === 'exit' && current.event === 'enter' && previous.index !== current.index) handoffs.push(Number(current.t - previous.t) / 1e6);
  }
  if (handoffs.length < cycles / 2) throw new Error(`only ${handoffs.length} hand-offs between the two workers`);
  return median(handoffs);
}

/** Seconds from the start gun until the last of 10 × 1 GiB holders (2 s each, 3 GiB budget) left. */
async function packingSeconds(): Promise<number> {
  const { all } = workers(10, () => ({ requests: [{ project: '', groups: [], ports: [], memoryBytes: GiB }], cycles: 1, holdMs: 2000, budgetBytes: 3 * GiB, timeoutMs: 300_000 }), 'packing');
  const start = await fire(all);
  await finish(all);
  const lastExit = all.map((worker) => BigInt(worker.lines.find((line) => line.event === 'exit')!.t!)).reduce((a, b) => (a > b ? a : b));
  return Number(lastExit - start) / 1e9;
}

/** The ideal: the same ten 2 s jobs through an in-process semaphore of 3. */
async function idealPackingSeconds(): Promise<number> {
  let free = 3;
  const queue: Array<() => void> = [];
  const job = async (): Promise<void> => {
    if (free > 0) free -= 1;
    else await new Promise<void>((resolve) => queue.push(resolve));
    await sleep(2000);
    const next = queue.shift();
    if (next) next();
    else free += 1;
  };
  const start = process.hrtime.bigint();
  await Promise.all(Array.from({ length: 10 }, job));
  return Number(process.hrtime.bigint() - start) / 1e9;
}

try {
  const withEvents = await handoffMedian(true);
  const polling = await handoffMedian(false);
  const ideal = await idealPackingSeconds();
  const packing = await packingSeconds();
  const rows: BenchRow[] = [
    { bench: 'lease', measure: 'hand-off median (release→running)', ours: withEvents, baseline: polling, baselineName: 'polling only (no events)', unit: 'ms', goal: '≤ 200 ms' },
    { bench: 'lease', measure: '10×1 GiB×2 s through 3 GiB', ours: packing, baseline: ideal, baselineName: 'ideal packing (semaphore)', unit: 's', goal: 'ratio ≤ 1.15' },
  ];
  report(rows);
} finally {
  for (const namespace of namespaces) removeNamespace(namespace);
}
