// A time series that never holds more than `capacity` points, however long the job runs: when
// it overflows, adjacent points are merged pairwise (peaks kept, CPU averaged) and the width of
// a point doubles, so resolution stays even across the whole run. A 6-hour job at 2 s (10,800
// samples) ends with 200–400 points per container with capacity 400.

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

export function mergePoints(a: Point, b: Point): Point {
  const n = a.n + b.n;
  return {
    t: a.t,
    d: Math.max(a.d, b.t + b.d - a.t),
    n,
    cpu: (a.cpu * a.n + b.cpu * b.n) / n,
    cpuMax: Math.max(a.cpuMax, b.cpuMax),
    mem: Math.max(a.mem, b.mem),
    pids: Math.max(a.pids, b.pids),
    // Counters are cumulative: the later reading covers both.
    rx: b.rx,
    tx: b.tx,
    rd: b.rd,
    wr: b.wr,
  };
}

export class BoundedSeries {
  private points: Point[] = [];
  /** A new sample joins the last point when it starts less than this after it. */
  private widthMs = 0;

  constructor(readonly capacity: number) {
    if (capacity < 4) throw new Error(`A series needs room for at least 4 points, not ${capacity}`);
  }

  add(point: Point): void {
    const last = this.points.at(-1);
    if (last && this.widthMs > 0 && point.t - last.t < this.widthMs) {
      this.points[this.points.length - 1] = mergePoints(last, point);
      return;
    }
    this.points.push(point);
    if (this.points.length > this.capacity) this.halve();
  }

  /** Replaces the content with points read back from a compacted file. */
  restore(points: Point[], widthMs: number): void {
    this.points = points.slice(-this.capacity);
    this.widthMs = widthMs;
  }

  get width(): number {
    return this.widthMs;
  }

  all(): readonly Point[] {
    return this.points;
  }

  private halve(): void {
    const first = this.points[0]!;
    const last = this.points.at(-1)!;
    const typicalGap = (last.t - first.t) / Math.max(1, this.points.length - 1);
    const merged: Point[] = [];
    for (let index = 0; index < this.points.length; index += 2) {
      const next = this.points[index + 1];
      merged.push(next ? mergePoints(this.points[index]!, next) : this.points[index]!);
    }
    this.points = merged;
    this.widthMs = this.widthMs > 0 ? this.widthMs * 2 : Math.max(1, Math.round(typicalGap * 2));
  }
}

/** Peak and mean over a whole series. */
export function seriesTotals(points: readonly Point[]): { peakMem: number; peakCpu: number; meanCpu: number; samples: number } {
  let peakMem = 0;
  let peakCpu = 0;
  let weighted = 0;
  let samples = 0;
  for (const point of points) {
    peakMem = Math.max(peakMem, point.mem);
    peakCpu = Math.max(peakCpu, point.cpuMax);
    weighted += point.cpu * point.n;
    samples += point.n;
  }
  return { peakMem, peakCpu, meanCpu: samples ? weighted / samples : 0, samples };
}
