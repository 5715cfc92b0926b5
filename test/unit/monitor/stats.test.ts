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
    ['v2-io', 41_943_040, 268_435_456, 7],
    // v2: usage 72 MiB − inactive_file 20 MiB (no total_inactive_file, no cache key)
    ['v2-busy-1', 54_525_952, 134_217_728, 9],
    // v2 without a memory limit: the limit is the host's memory; inactive_file 0
    ['v2-idle-nolimit', 3_211_264, 25_202_475_008, 1],
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

  test('cgroup v2: no percpu_usage, so online_cpus counts the CPUs', () => {
    const first = cpuReading(fixture('v2-busy-1'));
    expect(first).toEqual({ containerNs: 8_000_000_000, systemNs: 9_000_000_000_000, onlineCpus: 4 });
    const { sample } = sampleOf(fixture('v2-busy-2'), first);
    // (8.45 s − 8 s) / (4 CPU-seconds of the host) × 4 CPUs × 100
    expect(sample.cpuPercent).toBeCloseTo(45, 6);
    expect(sample.memoryBytes).toBe(53 * 1024 ** 2);
    expect({ read: sample.readBytes, write: sample.writeBytes }).toEqual({ read: 6_291_456, write: 14_680_064 });
    expect({ rx: sample.rxBytes, tx: sample.txBytes }).toEqual({ rx: 21_830, tx: 7254 });
  });

  test('the v2 payloads have the documented shape the code relies on', () => {
    for (const name of ['v2-busy-1', 'v2-busy-2', 'v2-idle-nolimit', 'v2-io']) {
      const raw = JSON.parse(readFileSync(`test/fixtures/stats/${name}.json`, 'utf8')) as Record<string, Record<string, unknown>>;
      expect(raw.memory_stats, name).not.toHaveProperty('max_usage');
      expect(raw.memory_stats!.stats, name).not.toHaveProperty('total_inactive_file');
      expect(raw.memory_stats!.stats, name).toHaveProperty('inactive_file');
      expect(raw.cpu_stats!.cpu_usage, name).not.toHaveProperty('percpu_usage');
    }
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
    expect(networkBytes(fixture('v2-io'))).toEqual({ rx: 1500, tx: 2000 });
  });

  test.each([
    ['v1 (recorded, empty on this host)', fixture('v1-io'), { read: 0, write: 0 }],
    ['v2 lower-case ops, several devices', fixture('v2-io'), { read: 1_048_576, write: 4_195_328 }],
    ['v2 before any I/O: the list is null', fixture('v2-idle-nolimit'), { read: 0, write: 0 }],
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
