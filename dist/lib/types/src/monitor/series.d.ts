/** One sample, or several merged. Times in epoch ms. Counters (rx…wr) are cumulative. */
export interface Point {
    /** Start of the span the point covers. */
    t: number;
    /** Span covered, in ms (0 for a single sample). */
    d: number;
    /** Samples merged into it. */
    n: number;
    /** Mean CPU % over the span. */
    cpu: number;
    cpuMax: number;
    /** Highest memory in use seen in the span, bytes. */
    mem: number;
    pids: number;
    rx: number;
    tx: number;
    rd: number;
    wr: number;
}
export declare function mergePoints(a: Point, b: Point): Point;
export declare class BoundedSeries {
    readonly capacity: number;
    private points;
    /** A new sample joins the last point when it starts less than this after it. */
    private widthMs;
    constructor(capacity: number);
    add(point: Point): void;
    /** Replaces the content with points read back from a compacted file. */
    restore(points: Point[], widthMs: number): void;
    get width(): number;
    all(): readonly Point[];
    private halve;
}
/** Peak and mean over a whole series. */
export declare function seriesTotals(points: readonly Point[]): {
    peakMem: number;
    peakCpu: number;
    meanCpu: number;
    samples: number;
};
