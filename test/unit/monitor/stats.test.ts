import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { blockBytes, cpuPercent, cpuReading, memoryUsedBytes, networkBytes, sampleOf } from '../../../src/monitor/stats.js';
import type { RawStats } from '../../../src/ports/docker.js';

const fixture = (name: string): RawStats => JSON.parse(readFileSync(`test/fixtures/stats/${name}.json`, 'utf8')) as RawStats;

describe('stats from recorded payloads', () => {
  // Expected values are worked out by hand from each payload, the docker CLI's way.
  test.each([
    // usage 5300224 − total_inactive_file 4194304
    ['v1-busy-1', 1_105_920, 33_554_432, 2],
    ['v1-busy-2', 929_792, 33_554_432, 2],
    // total_inactive_file 0: all of usage
    ['v1-redis', 4_313_088, 134_217_728, 5],
    // v2: usage 50 MiB − inactive_file 10 MiB
    ['v2-constructed', 41_943_040, 268_435_456, 7],
  ])('%s: memory used, limit and pids', (name, used, limit, pids) => {
    const { sample } = sampleOf(fixture(name), undefined);
    expect(sample.memoryBytes).toBe(used);
    expect(sample.memoryLimitBytes).toBe(limit);
    expect(sample.pids).toBe(pids);
    expect(sample.cpuPercent).toBe(0);
  });

  test('CPU % between two samples of the same container, as docker stats computes it', () => {
    const first = cpuReading(fixture('v1-busy-1'));
    const second = cpuReading(fixture('v1-busy-2'));
    // (2167665465 − 1902366912) / (3426070000000 − 3423630000000) × 2 CPUs × 100
    expect(cpuPercent(first, second)).toBeCloseTo(21.7458, 3);
  });

  test.each([
    ['no previous sample', undefined, { containerNs: 10, systemNs: 10, onlineCpus: 2 }, 0],
    ['counters reset by a restart', { containerNs: 500, systemNs: 10, onlineCpus: 2 }, { containerNs: 10, systemNs: 20, onlineCpus: 2 }, 0],
    ['no system progress', { containerNs: 1, systemNs: 10, onlineCpus: 2 }, { containerNs: 5, systemNs: 10, onlineCpus: 2 }, 0],
    ['one full core of four', { containerNs: 0, systemNs: 0, onlineCpus: 4 }, { containerNs: 1000, systemNs: 4000, onlineCpus: 4 }, 100],
    ['online CPUs unknown: counted as one', { containerNs: 0, systemNs: 0, onlineCpus: 0 }, { containerNs: 50, systemNs: 100, onlineCpus: 0 }, 50],
  ])('%s', (_, previous, current, percent) => {
    expect(cpuPercent(previous, current)).toBeCloseTo(percent, 6);
  });

  test('network bytes add up every interface', () => {
    expect(networkBytes(fixture('v1-redis'))).toEqual({ rx: 806, tx: 0 });
    expect(networkBytes(fixture('v2-constructed'))).toEqual({ rx: 1500, tx: 2000 });
  });

  test.each([
    ['v1 (recorded, empty on this host)', fixture('v1-io'), { read: 0, write: 0 }],
    ['v2 lower-case ops, several devices', fixture('v2-constructed'), { read: 1_048_576, write: 4_195_328 }],
    [
      'v1 capitalised ops; Sync/Async/Total are not double-counted',
      {
        read: '',
        blkio_stats: {
          io_service_bytes_recursive: [
            { op: 'Read', value: 4096 },
            { op: 'Write', value: 8192 },
            { op: 'Sync', value: 12288 },
            { op: 'Async', value: 0 },
            { op: 'Total', value: 12288 },
          ],
        },
      } as RawStats,
      { read: 4096, write: 8192 },
    ],
    ['null list (a stopped container)', { read: '', blkio_stats: { io_service_bytes_recursive: null } } as RawStats, { read: 0, write: 0 }],
  ])('block I/O: %s', (_, stats, expected) => {
    expect(blockBytes(stats)).toEqual(expected);
  });

  test('inactive_file larger than usage (a racy read) leaves usage as is', () => {
    expect(memoryUsedBytes({ read: '', memory_stats: { usage: 100, stats: { total_inactive_file: 200 } } })).toBe(100);
    expect(memoryUsedBytes({ read: '' })).toBe(0);
  });
});
