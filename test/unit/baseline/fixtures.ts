// Small builders shared by the baseline and image-cache unit tests: a run report with monitor
// figures, and an in-memory cache store implementing the port.
import type { CacheRestoreRequest, CacheSaveRequest, CacheStore } from '../../../src/ports/cache.js';
import type { ServiceRun } from '../../../src/monitor/analysis.js';
import type { RunReport } from '../../../src/report/run-report.js';

const MiB = 1024 ** 2;

export function serviceRun(service: string, peakMiB: number, extra: Partial<ServiceRun> = {}): ServiceRun {
  return {
    service,
    containers: [`p-${service}-1`],
    image: 'dsa-test/busybox:1',
    peakMemoryBytes: peakMiB * MiB,
    meanCpuPercent: 1.5,
    peakCpuPercent: 9,
    peakPids: 3,
    restarts: 0,
    oomKills: 0,
    unhealthy: 0,
    hasHealthcheck: true,
    timeToHealthyMs: 2000,
    rxBytes: 0,
    txBytes: 0,
    readBytes: 0,
    writeBytes: 0,
    samples: 10,
    ...extra,
  };
}

export function runReport(services: ServiceRun[], startupMs = 5000): RunReport {
  return {
    projectName: 'dsa-1-1-it-abc',
    startedAtMs: 0,
    preflight: [],
    start: { ok: true, durationMs: startupMs, composeTail: [], failing: [] },
    monitor: {
      intervalMs: 1000,
      startedAtMs: 0,
      endedAtMs: 60_000,
      services,
      stackPeakMemoryBytes: services.reduce((sum, s) => sum + s.peakMemoryBytes, 0),
      events: [],
      droppedEvents: {},
      gaps: [],
      notes: [],
      series: [],
      stackSeries: [],
    },
  };
}

/** The cache as a map of keys to files, matched as the service does (exact, then prefixes, newest). */
export class MemoryCache implements CacheStore {
  readonly files = new Map<string, string>();
  readonly entries: Array<{ key: string; files: Map<string, string> }> = [];
  readonly calls: string[] = [];
  available = true;
  failRestore?: string;
  failSave?: string;

  availability() {
    return this.available ? ({ available: true, protocol: 'v2', canRestore: true, canSave: true } as const) : ({ available: false, reason: 'no Actions cache service here (test)' } as const);
  }

  freshDirectory(name: string): string {
    const directory = `/cache/${name}`;
    for (const file of [...this.files.keys()]) if (file.startsWith(`${directory}/`)) this.files.delete(file);
    return directory;
  }

  discard(directory: string): void {
    this.calls.push(`discard ${directory}`);
    for (const file of [...this.files.keys()]) if (file.startsWith(`${directory}/`)) this.files.delete(file);
  }

  async restore(request: CacheRestoreRequest) {
    this.calls.push(`restore ${request.primaryKey} [${request.restoreKeys.join(' ')}]${request.lookupOnly ? ' lookup' : ''}`);
    if (!this.available) return { kind: 'unavailable', reason: 'no Actions cache service here (test)' } as const;
    if (this.failRestore) return { kind: 'failed', reason: this.failRestore, durationMs: 5 } as const;
    const newest = [...this.entries].reverse();
    const entry = newest.find((e) => e.key === request.primaryKey) ?? [request.primaryKey, ...request.restoreKeys].map((prefix) => newest.find((e) => e.key.startsWith(prefix))).find(Boolean);
    if (!entry) return { kind: 'miss', durationMs: 3 } as const;
    if (!request.lookupOnly) for (const [name, text] of entry.files) this.files.set(`${request.directory}/${name}`, text);
    return { kind: 'hit', key: entry.key, durationMs: 7 } as const;
  }

  async save(request: CacheSaveRequest) {
    this.calls.push(`save ${request.key}`);
    if (!this.available) return { kind: 'unavailable', reason: 'no Actions cache service here (test)' } as const;
    if (this.failSave) return { kind: 'failed', reason: this.failSave, durationMs: 5 } as const;
    if (this.entries.some((e) => e.key === request.key)) return { kind: 'not-saved', reason: 'exists', durationMs: 1 } as const;
    const files = new Map<string, string>();
    for (const [file, text] of this.files) if (file.startsWith(`${request.directory}/`)) files.set(file.slice(request.directory.length + 1), text);
    this.entries.push({ key: request.key, files });
    return { kind: 'saved', key: request.key, durationMs: 9 } as const;
  }

  readText = (file: string): string | undefined => this.files.get(file);
  writeFile = (file: string, text: string): void => {
    this.files.set(file, text);
  };
}
