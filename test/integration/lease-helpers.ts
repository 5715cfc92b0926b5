// Shared by the lease integration tests and bench/lease.ts: lease holders as real processes
// (lease-worker.ts and the CLI, both through tsx so they run the current source), and what the
// daemon holds, read with the docker CLI independently of the code under test.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { docker } from '../support/docker.js';
import type { WorkerConfig } from './lease-worker.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const WORKER = path.join(ROOT, 'test/integration/lease-worker.ts');
const CLI = path.join(ROOT, 'src/entry/cli.ts');
/** tsx's loader by absolute URL, so processes started in other directories find it too. */
const TSX = import.meta.resolve('tsx');
export const GiB = 1024 ** 3;

export function uniqueNamespace(prefix = 'it'): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

export interface WorkerLine {
  event: 'enter' | 'exit' | 'released' | 'done' | 'error' | 'progress' | 'ready';
  cycle?: number;
  t?: string;
  waitedMs?: number;
  memoryBytes?: number;
  message?: string;
  name?: string;
}

export interface Worker {
  child: ChildProcess;
  lines: WorkerLine[];
  /** Resolves with the exit code (null when killed) once the process ended. */
  exited: Promise<number | null>;
  /** Resolves when a line matching the predicate arrives. */
  next(predicate: (line: WorkerLine) => boolean): Promise<WorkerLine>;
}

function track(child: ChildProcess): Worker {
  const lines: WorkerLine[] = [];
  const waiters: Array<{ predicate: (line: WorkerLine) => boolean; resolve: (line: WorkerLine) => void }> = [];
  let buffer = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    for (const part of parts.filter(Boolean)) {
      const line = JSON.parse(part) as WorkerLine;
      lines.push(line);
      for (const waiter of waiters.filter((w) => w.predicate(line))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    lines,
    exited,
    next: (predicate) =>
      new Promise((resolve) => {
        const seen = lines.find(predicate);
        if (seen) resolve(seen);
        else waiters.push({ predicate, resolve });
      }),
  };
}

/** A lease-worker process (see lease-worker.ts for what it does and prints). */
export function startWorker(config: WorkerConfig): Worker {
  const child = spawn(process.execPath, ['--import', TSX, WORKER, JSON.stringify(config)], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return track(child);
}

/** The CLI from source, as a process of its own (so signals reach it and nobody in between). */
export function startCli(args: string[], options: { cwd?: string } = {}): { child: ChildProcess; stdout: () => string; stderr: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', TSX, CLI, ...args], { cwd: options.cwd ?? ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? -1 : null))));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Names of the lease containers of a namespace, straight from the daemon. */
export function namespaceContainers(namespace: string): string[] {
  return docker(['ps', '-a', '--filter', `label=docker-stability.lease.namespace=${namespace}`, '--format', '{{.Names}}']).split('\n').filter(Boolean).sort();
}

export function waitingTickets(namespace: string): string[] {
  return namespaceContainers(namespace).filter((name) => name.includes('.wait.') || name.endsWith('.mutex'));
}

export async function eventually(condition: () => boolean, timeoutMs = 30_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Removes every lease record of a namespace (a failed test must not leave any). */
export function removeNamespace(namespace: string): void {
  const ids = docker(['ps', '-aq', '--filter', `label=docker-stability.lease.namespace=${namespace}`]).split('\n').filter(Boolean);
  if (ids.length) docker(['rm', '-f', ...ids]);
}

export interface Interval {
  worker: number;
  cycle: number;
  enter: bigint;
  exit: bigint;
  memoryBytes: number;
}

/** Every worker's enter/exit pairs, on the machine's monotonic clock. */
export function intervals(workers: Worker[]): Interval[] {
  const result: Interval[] = [];
  workers.forEach((worker, index) => {
    for (const enter of worker.lines.filter((line) => line.event === 'enter')) {
      const exit = worker.lines.find((line) => line.event === 'exit' && line.cycle === enter.cycle);
      if (!exit) throw new Error(`worker ${index} cycle ${enter.cycle} never exited`);
      result.push({ worker: index, cycle: enter.cycle!, enter: BigInt(enter.t!), exit: BigInt(exit.t!), memoryBytes: enter.memoryBytes ?? 0 });
    }
  });
  return result.sort((a, b) => (a.enter < b.enter ? -1 : a.enter > b.enter ? 1 : 0));
}

/** Pairs of intervals that overlap in time. */
export function overlapping(list: Interval[]): Array<[Interval, Interval]> {
  const found: Array<[Interval, Interval]> = [];
  let latest: Interval | undefined;
  for (const interval of list) {
    if (latest && interval.enter < latest.exit) found.push([latest, interval]);
    if (!latest || interval.exit > latest.exit) latest = interval;
  }
  return found;
}

/** The most memory held at once, and how many held at once at most. */
export function peaks(list: Interval[]): { bytes: number; holders: number } {
  const events = list.flatMap((i) => [
    { t: i.enter, delta: i.memoryBytes, count: 1 },
    { t: i.exit, delta: -i.memoryBytes, count: -1 },
  ]);
  // At equal times the exit is counted first: a release logged at t frees before an entry at t.
  events.sort((a, b) => (a.t < b.t ? -1 : a.t > b.t ? 1 : a.count - b.count));
  let bytes = 0;
  let holders = 0;
  const peak = { bytes: 0, holders: 0 };
  for (const event of events) {
    bytes += event.delta;
    holders += event.count;
    peak.bytes = Math.max(peak.bytes, bytes);
    peak.holders = Math.max(peak.holders, holders);
  }
  return peak;
}
