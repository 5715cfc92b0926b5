// A lease holder in its own process, for the lease integration tests and bench/lease.ts.
// Configured by one JSON argument; writes one JSON line per event to stdout:
//   {"event":"enter","cycle":0,"t":<monotonic ns>,"waitedMs":12}  after acquireLease returned
//   {"event":"exit","cycle":0,"t":<monotonic ns>}                 just before releaseLease
//   {"event":"ready"}                                               loaded, waiting for "go" (waitForGo)
//   {"event":"error","message":"…"}
// process.hrtime is CLOCK_MONOTONIC, shared by every process on the machine, so enter/exit
// times of different workers can be compared to find overlaps.
import { EngineApi } from '../../src/adapters/docker-api.js';
import { linuxHostProbe } from '../../src/adapters/host-probe.js';
import { systemClock } from '../../src/adapters/system-clock.js';
import { acquireLease } from '../../src/lease/acquire.js';
import type { LeaseTimings } from '../../src/lease/context.js';
import { releaseLease } from '../../src/lease/lifecycle.js';
import type { LeaseRequest } from '../../src/lease/request.js';

export interface WorkerConfig {
  namespace: string;
  /** One request for every cycle, or one per cycle (cycled through). */
  requests: LeaseRequest[];
  cycles: number;
  /** Time inside the lease, per cycle. */
  holdMs: number;
  budgetBytes: number;
  timeoutMs: number;
  label: string;
  timings?: Partial<LeaseTimings>;
  /** Hold until SIGTERM (or stdin closes) instead of holdMs, for the kill and order tests. */
  holdUntilSignal?: boolean;
  /** Print {"event":"ready"} and start only when a line arrives on stdin (the bench's start gun). */
  waitForGo?: boolean;
}

const config = JSON.parse(process.argv[2] ?? '{}') as WorkerConfig;
const deps = { docker: new EngineApi(), host: linuxHostProbe, clock: systemClock };
const emit = (line: Record<string, unknown>): void => {
  process.stdout.write(`${JSON.stringify(line)}\n`);
};
const now = (): string => process.hrtime.bigint().toString();
const stop = new AbortController();
process.on('SIGTERM', () => stop.abort());
process.stdin.on('end', () => stop.abort());
const go = new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
process.stdin.resume();

try {
  if (config.waitForGo) {
    // Load everything the first acquire needs before the start gun, as a warm process would.
    await deps.docker.ping();
    emit({ event: 'ready' });
    await go;
  }
  for (let cycle = 0; cycle < config.cycles; cycle += 1) {
    const request = config.requests[cycle % config.requests.length]!;
    const lease = await acquireLease(deps, request, {
      namespace: config.namespace,
      budgetBytes: config.budgetBytes,
      timeoutMs: config.timeoutMs,
      ttlMs: 3_600_000,
      who: { runner: config.label },
      timings: config.timings,
      signal: stop.signal,
      onProgress: () => emit({ event: 'progress' }),
    });
    emit({ event: 'enter', cycle, t: now(), waitedMs: lease.waitedMs, memoryBytes: request.memoryBytes, id: lease.handle.id });
    if (config.holdUntilSignal) await new Promise<void>((resolve) => stop.signal.addEventListener('abort', () => resolve(), { once: true }));
    else if (config.holdMs > 0) await systemClock.sleep(config.holdMs);
    emit({ event: 'exit', cycle, t: now(), memoryBytes: request.memoryBytes });
    await releaseLease(deps, lease.handle);
    emit({ event: 'released', cycle, t: now() });
  }
  emit({ event: 'done' });
  process.exit(0);
} catch (error) {
  emit({ event: 'error', name: (error as Error).name, message: (error as Error).message });
  process.exit(3);
}
