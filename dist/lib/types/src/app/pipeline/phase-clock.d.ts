import type { Clock } from '../../ports/clock.js';
import type { PhaseTiming } from '../../report/run-report.js';
export type { PhaseTiming };
/** Times the segments of one step, in order. */
export declare class PhaseClock {
    private readonly clock;
    readonly timings: PhaseTiming[];
    constructor(clock: Pick<Clock, 'now'>);
    /** Records a segment that already happened (node's start-up before our first line). */
    record(phase: string, ms: number): void;
    time<T>(phase: string, fn: (parts: PartTimer) => Promise<T>): Promise<T>;
}
/** Measures one of several promises that run at once within a segment. */
export type PartTimer = <T>(name: string, promise: Promise<T>) => Promise<T>;
/** "policy 240 ms · admission 40 ms · up 3.1 s": where the step's time went, for the log. */
export declare function describeTimings(timings: PhaseTiming[]): string;
