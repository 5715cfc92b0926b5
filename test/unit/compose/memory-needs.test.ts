import { describe, expect, test } from 'vitest';
import { composeSize, FIT_SHARE, fittingLimit, memoryNeeds, placeOf, totalOf } from '../../../src/compose/memory-needs.js';
import type { ComposeService } from '../../../src/compose/model.js';

// Everything a container is told it may fill (program sizes, sized tmpfs, /dev/shm), the limit
// that holds it at FIT_SHARE, and that limit written as a compose file writes sizes.

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;

describe('memoryNeeds', () => {
  test('a heap, a sized tmpfs and shm_size, each described by switch and size, never by value', () => {
    const service = {
      image: 'app:1',
      environment: { JAVA_TOOL_OPTIONS: '-Xmx512m -Dpassword=hunter2' },
      tmpfs: ['/scratch:size=64m', '/unsized'],
      shm_size: String(128 * MiB),
    } as ComposeService;
    const needs = memoryNeeds(service);
    expect(needs.map((need) => [need.source.kind, need.bytes, need.description])).toEqual([
      ['program', 512 * MiB, 'a JVM heap of 512 MiB (-Xmx512m in JAVA_TOOL_OPTIONS)'],
      ['tmpfs', 64 * MiB, 'tmpfs /scratch of 64 MiB'],
      ['shm', 128 * MiB, '/dev/shm of 128 MiB (shm_size)'],
    ]);
    expect(totalOf(needs)).toBe(704 * MiB);
    expect(JSON.stringify(needs.map((need) => need.description))).not.toContain('hunter2');
  });

  test('a share of the limit resolves against the limit it is given; without a limit it is no need', () => {
    const service = { image: 'app:1', environment: { JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=50' } } as ComposeService;
    expect(memoryNeeds(service, GiB).map((need) => need.bytes)).toEqual([512 * MiB]);
    expect(memoryNeeds(service, undefined)).toEqual([]);
  });

  test('nothing declared, nothing needed', () => {
    expect(memoryNeeds({ image: 'nginx:1.27' } as ComposeService)).toEqual([]);
    expect(totalOf([])).toBe(0);
  });
});

test.each([
  [{ in: 'environment', variable: 'JAVA_OPTS' }, 'JAVA_OPTS'],
  [{ in: 'environment' }, 'its environment'],
  [{ in: 'command' }, 'its command'],
  [{ in: 'entrypoint' }, 'its entrypoint'],
] as const)('placeOf(%j) → %s', (where, words) => {
  expect(placeOf(where)).toBe(words);
});

describe('fittingLimit', () => {
  test.each([
    [1, 64 * MiB],
    [48 * MiB, 64 * MiB],
    [49 * MiB, 128 * MiB],
    [512 * MiB, 704 * MiB],
    // From 4 GiB on, steps of 256 MiB.
    [3 * GiB, 4 * GiB],
    [3 * GiB + 1, 4 * GiB + 256 * MiB],
  ])('%d bytes → %d', (need, limit) => {
    expect(fittingLimit(need)).toBe(limit);
    expect(need / limit).toBeLessThanOrEqual(FIT_SHARE);
  });
});

test.each([
  [2 * GiB, '2g'],
  [704 * MiB, '704m'],
  [GiB + 512 * MiB, '1536m'],
  [1536, '2k'],
  [1024, '1k'],
])('composeSize(%d) → %s', (bytes, size) => {
  expect(composeSize(bytes)).toBe(size);
});
