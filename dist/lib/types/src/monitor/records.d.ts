import type { Point } from './series.js';
/** First line: what was monitored and how. */
export interface MetaRecord {
    k: 'meta';
    v: 1;
    project: string;
    intervalMs: number;
    startedAtMs: number;
    pid: number;
    hostMemTotal?: number;
}
/** A container, when first seen (by listing, or by an event before any listing). */
export interface ContainerRecord {
    k: 'ctr';
    /** Index that ticks use to refer to it. */
    i: number;
    /** First 12 characters of the container id. */
    id: string;
    name: string;
    service: string;
    image: string;
    /** Memory limit in bytes; 0 when it has none. */
    limit: number;
    /** Whether it has a health check (time to healthy means something). */
    health: boolean;
}
/** One round of samples: [index, cpu %, memory, pids, rx, tx, read, write] per container. */
export interface TickRecord {
    k: 'tick';
    t: number;
    /** Host memory in use and total, bytes (the machine the monitor runs on). */
    h?: [number, number];
    c: Array<[number, number, number, number, number, number, number, number]>;
}
/** The container events the summary cares about. Attributes reduced to what is shown. */
export interface MonitorEvent {
    t: number;
    id: string;
    name: string;
    service: string;
    /** oom, die, kill, restart, start, health_status: healthy|unhealthy|starting */
    action: string;
    exitCode?: number;
    signal?: string;
}
export interface EventRecord extends MonitorEvent {
    k: 'ev';
}
/** A stretch when the daemon did not answer; nothing was sampled and events may be missing. */
export interface GapRecord {
    k: 'gap';
    from: number;
    to: number;
    reason: string;
}
/** Something the monitor could not do (a duty failed, a sample was refused). */
export interface NoteRecord {
    k: 'note';
    t: number;
    text: string;
}
/** What inspect said of each container at the final flush (restart policy restarts, OOM). */
export interface FinalRecord {
    k: 'final';
    id: string;
    restartCount: number;
    oomKilled: boolean;
    health?: string;
}
export interface EndRecord {
    k: 'end';
    t: number;
    reason: 'stopped' | 'max-lifetime' | 'run-dir-gone' | 'idle' | 'error';
    detail?: string;
}
export type PointTuple = [number, number, number, number, number, number, number, number, number, number, number];
export interface SeriesRecord {
    k: 'series';
    /** Container index, or the host's or the whole stack's series. */
    of: number | 'host' | 'stack';
    w: number;
    p: PointTuple[];
}
export interface ContainerCounters {
    starts: number;
    ooms: number;
    dies: number;
    /** Transitions to unhealthy. */
    unhealthy: number;
    firstStartMs?: number;
    firstHealthyMs?: number;
}
export interface CountersRecord {
    k: 'counters';
    c: Record<string, ContainerCounters>;
}
export interface EventsRecord {
    k: 'events';
    head: MonitorEvent[];
    tail: MonitorEvent[];
    dropped: Record<string, number>;
}
export type MonitorRecord = MetaRecord | ContainerRecord | TickRecord | EventRecord | GapRecord | NoteRecord | FinalRecord | EndRecord | SeriesRecord | CountersRecord | EventsRecord;
export declare function pointToTuple(p: Point): PointTuple;
export declare function tupleToPoint(t: PointTuple): Point;
export declare function round2(value: number): number;
/** Parses one line; undefined for a torn last line (the worker was killed mid-write) or junk. */
export declare function parseRecord(line: string): MonitorRecord | undefined;
