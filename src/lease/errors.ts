import { formatBytes, formatDuration } from '../core/units.js';
import { describeBlocker, type HolderView } from './describe.js';

/** The request alone is larger than the whole budget: it could never be admitted. */
export class LeaseTooLargeError extends Error {
  constructor(
    readonly requestedBytes: number,
    readonly budgetBytes: number,
    budgetDescription: string,
    /** The Compose project, when the lease is for a stack. */
    project = '',
  ) {
    const asks = project
      ? `Stack ${project} reserves ${formatBytes(requestedBytes)} of memory (memory limits plus tmpfs sizes)`
      : `The lock asks for ${formatBytes(requestedBytes)} of memory`;
    const advice = project ? "Lower the services' memory limits or tmpfs sizes, or raise memory-budget." : 'Ask for less, or raise the memory budget.';
    super(`${asks}, more than the whole memory budget of ${budgetDescription}: it could never be admitted. ${advice}`);
    this.name = 'LeaseTooLargeError';
  }
}

/** Waited lock-timeout and gave up; names who held what we needed. */
export class LeaseTimeoutError extends Error {
  constructor(
    readonly waitedMs: number,
    readonly blockers: HolderView[],
    nowMs: number,
  ) {
    const lines = blockers.map((blocker) => `  - ${describeBlocker(blocker, nowMs)}`);
    super(
      `Gave up waiting for a lease after ${formatDuration(waitedMs)} (lock-timeout).${lines.length ? `\nIn the way:\n${lines.join('\n')}` : ''}\nRaise lock-timeout, or find out why these hold on so long (docker-stability status).`,
    );
    this.name = 'LeaseTimeoutError';
  }
}

/** Waiting was cancelled (SIGINT/SIGTERM, or the caller's signal); we left the queue. */
export class LeaseAbortedError extends Error {
  constructor(readonly waitedMs: number) {
    super(`Stopped waiting for a lease after ${formatDuration(waitedMs)}: cancelled. Left the queue.`);
    this.name = 'LeaseAbortedError';
  }
}
