import type { Clock } from '../ports/clock.js';

/**
 * Sleeps until notified (a Docker event), a timeout (the polling fallback) or an abort. A
 * notification that arrives while the waiter is busy is kept, so an event that lands between
 * two reads is never lost.
 */
export class Waker {
  private pending = false;
  private current?: AbortController;

  constructor(private readonly clock: Clock) {}

  notify(): void {
    this.pending = true;
    this.current?.abort();
  }

  async wait(ms: number, signal?: AbortSignal): Promise<void> {
    if (this.pending || signal?.aborted) {
      this.pending = false;
      return;
    }
    const controller = new AbortController();
    this.current = controller;
    try {
      await this.clock.sleep(Math.max(0, ms), signal ? AbortSignal.any([controller.signal, signal]) : controller.signal);
    } finally {
      this.current = undefined;
      this.pending = false;
    }
  }
}
