import type { Clock } from '../../ports/clock.js';
import type { PhaseTiming } from '../../report/run-report.js';

// Wall time of the segments of a step. Segments follow each other, so their sum is the step's
// time; work that ran side by side is one segment, with the time of each part inside it.

export type { PhaseTiming };

/** Times the segments of one step, in order. */
export class PhaseClock {
  readonly timings: PhaseTiming[] = [];

  constructor(private readonly clock: Pick<Clock, 'now'>) {}

  /** Records a segment that already happened (node's start-up before our first line). */
  record(phase: string, ms: number): void {
    this.timings.push({ phase, ms: Math.max(0, Math.round(ms)) });
  }

  async time<T>(phase: string, fn: (parts: PartTimer) => Promise<T>): Promise<T> {
    const started = this.clock.now();
    const parts: Record<string, number> = {};
    const timer: PartTimer = async (name, promise) => {
      const partStarted = this.clock.now();
      try {
        return await promise;
      } finally {
        parts[name] = this.clock.now() - partStarted;
      }
    };
    try {
      return await fn(timer);
    } finally {
      this.timings.push({ phase, ms: this.clock.now() - started, ...(Object.keys(parts).length ? { parts } : {}) });
    }
  }
}

/** Measures one of several promises that run at once within a segment. */
export type PartTimer = <T>(name: string, promise: Promise<T>) => Promise<T>;

/** "policy 240 ms · admission 40 ms · up 3.1 s": where the step's time went, for the log. */
export function describeTimings(timings: PhaseTiming[]): string {
  return timings.map((timing) => `${timing.phase} ${timing.ms < 1000 ? `${timing.ms} ms` : `${(timing.ms / 1000).toFixed(1)} s`}`).join(' · ');
}
