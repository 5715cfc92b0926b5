import {
  pointToTuple,
  tupleToPoint,
  type ContainerCounters,
  type ContainerRecord,
  type EndRecord,
  type FinalRecord,
  type GapRecord,
  type MetaRecord,
  type MonitorEvent,
  type MonitorRecord,
} from './records.js';
import { BoundedSeries } from './series.js';

/** Bounds that keep a monitor of 50 services over 6 hours within a few MB of memory. */
export interface StateLimits {
  pointsPerSeries: number;
  /** Events kept from the start and from the end; the middle is only counted. */
  eventsHead: number;
  eventsTail: number;
  gaps: number;
  notes: number;
}

export const DEFAULT_LIMITS: StateLimits = { pointsPerSeries: 400, eventsHead: 500, eventsTail: 1500, gaps: 100, notes: 50 };

const emptyCounters = (): ContainerCounters => ({ starts: 0, ooms: 0, dies: 0, unhealthy: 0 });

/**
 * Everything the monitor knows, bounded. Built by applying records in order — live ones as the
 * worker makes them, or a file's lines when post reads it back — so both sides agree.
 */
export class MonitorState {
  meta?: MetaRecord;
  readonly containers = new Map<number, ContainerRecord>();
  readonly byId = new Map<string, ContainerRecord>();
  readonly series = new Map<number | 'host' | 'stack', BoundedSeries>();
  readonly counters = new Map<string, ContainerCounters>();
  readonly finals = new Map<string, FinalRecord>();
  head: MonitorEvent[] = [];
  tail: MonitorEvent[] = [];
  dropped: Record<string, number> = {};
  gaps: GapRecord[] = [];
  notes: string[] = [];
  end?: EndRecord;
  hostTotalBytes?: number;
  lastTickMs?: number;

  constructor(readonly limits: StateLimits = DEFAULT_LIMITS) {}

  apply(record: MonitorRecord): void {
    switch (record.k) {
      case 'meta':
        this.meta = record;
        this.hostTotalBytes = record.hostMemTotal;
        break;
      case 'ctr':
        this.containers.set(record.i, record);
        this.byId.set(record.id, record);
        break;
      case 'tick':
        this.applyTick(record.t, record.h, record.c);
        break;
      case 'ev':
        this.applyEvent(record);
        break;
      case 'gap':
        this.gaps.push(record);
        if (this.gaps.length > this.limits.gaps) this.mergeOldestGaps();
        break;
      case 'note':
        if (this.notes.length < this.limits.notes) this.notes.push(record.text);
        break;
      case 'final':
        this.finals.set(record.id, record);
        break;
      case 'end':
        this.end = record;
        break;
      case 'series':
        this.seriesOf(record.of).restore(record.p.map(tupleToPoint), record.w);
        break;
      case 'counters':
        for (const [id, counters] of Object.entries(record.c)) this.counters.set(id, { ...counters });
        break;
      case 'events':
        this.head = record.head;
        this.tail = record.tail;
        this.dropped = { ...record.dropped };
        break;
    }
  }

  /** The next free container index (the writer assigns them). */
  nextIndex(): number {
    return this.containers.size === 0 ? 0 : Math.max(...this.containers.keys()) + 1;
  }

  events(): MonitorEvent[] {
    return [...this.head, ...this.tail];
  }

  /** The same state as records: what compaction writes instead of the live lines. */
  snapshot(): MonitorRecord[] {
    const records: MonitorRecord[] = [];
    if (this.meta) records.push(this.meta);
    for (const container of this.containers.values()) records.push(container);
    for (const [of, series] of this.series) records.push({ k: 'series', of, w: series.width, p: series.all().map(pointToTuple) });
    records.push({ k: 'counters', c: Object.fromEntries(this.counters) });
    records.push({ k: 'events', head: this.head, tail: this.tail, dropped: this.dropped });
    records.push(...this.gaps);
    for (const text of this.notes) records.push({ k: 'note', t: 0, text });
    records.push(...this.finals.values());
    if (this.end) records.push(this.end);
    return records;
  }

  seriesOf(key: number | 'host' | 'stack'): BoundedSeries {
    let series = this.series.get(key);
    if (!series) {
      series = new BoundedSeries(this.limits.pointsPerSeries);
      this.series.set(key, series);
    }
    return series;
  }

  private applyTick(t: number, host: [number, number] | undefined, samples: Array<[number, number, number, number, number, number, number, number]>): void {
    this.lastTickMs = t;
    let stackMemory = 0;
    let stackCpu = 0;
    for (const [index, cpu, mem, pids, rx, tx, rd, wr] of samples) {
      stackMemory += mem;
      stackCpu += cpu;
      this.seriesOf(index).add({ t, d: 0, n: 1, cpu, cpuMax: cpu, mem, pids, rx, tx, rd, wr });
    }
    this.seriesOf('stack').add({ t, d: 0, n: 1, cpu: stackCpu, cpuMax: stackCpu, mem: stackMemory, pids: samples.length, rx: 0, tx: 0, rd: 0, wr: 0 });
    if (host) {
      this.hostTotalBytes = host[1];
      this.seriesOf('host').add({ t, d: 0, n: 1, cpu: 0, cpuMax: 0, mem: host[0], pids: 0, rx: 0, tx: 0, rd: 0, wr: 0 });
    }
  }

  private applyEvent(record: MonitorEvent & { k?: string }): void {
    const { k: _kind, ...event } = record;
    const counters = this.counters.get(event.id) ?? emptyCounters();
    this.counters.set(event.id, counters);
    if (event.action === 'start') {
      counters.starts += 1;
      counters.firstStartMs ??= event.t;
    } else if (event.action === 'oom') counters.ooms += 1;
    else if (event.action === 'die') counters.dies += 1;
    else if (event.action === 'health_status: unhealthy') counters.unhealthy += 1;
    else if (event.action === 'health_status: healthy' && counters.firstStartMs !== undefined) counters.firstHealthyMs ??= event.t;

    if (this.head.length < this.limits.eventsHead) {
      this.head.push(event);
      return;
    }
    this.tail.push(event);
    if (this.tail.length > this.limits.eventsTail) {
      const dropped = this.tail.shift()!;
      this.dropped[dropped.action] = (this.dropped[dropped.action] ?? 0) + 1;
    }
  }

  private mergeOldestGaps(): void {
    const [first, second, ...rest] = this.gaps;
    if (!first || !second) return;
    this.gaps = [{ k: 'gap', from: first.from, to: second.to, reason: `${first.reason}; and later` }, ...rest];
  }
}
