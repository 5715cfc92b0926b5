import { describe, expect, test } from 'vitest';
import { compareToBaseline, type Regression } from '../../../src/baseline/compare.js';
import type { StackFigures } from '../../../src/baseline/document.js';

const MiB = 1024 ** 2;
const figures = (db: { mem: number; cpu?: number; healthy?: number }, startupMs = 5000): StackFigures => ({
  startupMs,
  stackPeakMemoryBytes: db.mem * MiB + 10 * MiB,
  services: [
    { service: 'db', peakMemoryBytes: db.mem * MiB, meanCpuPercent: db.cpu ?? 2, timeToHealthyMs: db.healthy ?? 3000 },
    { service: 'web', peakMemoryBytes: 10 * MiB, meanCpuPercent: 1 },
  ],
});
const defaults = { memory: 0.25, startup: 0.25 };

describe('compareToBaseline', () => {
  test.each<[string, StackFigures, StackFigures, Partial<Regression>[]]>([
    ['the same figures', figures({ mem: 60 }), figures({ mem: 60 }), []],
    ['twice the memory', figures({ mem: 120 }), figures({ mem: 60 }), [{ metric: 'peak-memory', service: 'db', change: 1 }]],
    ['+20% memory (under 25%)', figures({ mem: 72 }), figures({ mem: 60 }), []],
    ['+50% memory but only 5 MiB more (under the 8 MiB floor)', figures({ mem: 15 }), figures({ mem: 10 }), []],
    ['less memory', figures({ mem: 30 }), figures({ mem: 60 }), []],
    ['start-up 5 s → 8 s', figures({ mem: 60 }, 8000), figures({ mem: 60 }, 5000), [{ metric: 'startup', service: undefined, change: 0.6 }]],
    ['start-up 1.0 s → 1.8 s (+80% but under the 1 s floor)', figures({ mem: 60 }, 1800), figures({ mem: 60 }, 1000), []],
    ['time to healthy 3 s → 6 s', figures({ mem: 60, healthy: 6000 }), figures({ mem: 60, healthy: 3000 }), [{ metric: 'time-to-healthy', service: 'db', change: 1 }]],
    ['CPU tripled: not checked by default', figures({ mem: 60, cpu: 30 }), figures({ mem: 60, cpu: 10 }), []],
  ])('%s', (_, current, baseline, regressions) => {
    const result = compareToBaseline(current, baseline, defaults);
    expect(result.regressions).toHaveLength(regressions.length);
    regressions.forEach((expected, index) => expect(result.regressions[index]).toMatchObject(expected));
  });

  test('CPU is checked when a threshold is given, with its 5-point floor', () => {
    expect(compareToBaseline(figures({ mem: 60, cpu: 30 }), figures({ mem: 60, cpu: 10 }), { cpu: 0.5 }).regressions).toMatchObject([{ metric: 'mean-cpu', service: 'db' }]);
    expect(compareToBaseline(figures({ mem: 60, cpu: 3 }), figures({ mem: 60, cpu: 1 }), { cpu: 0.5 }).regressions).toEqual([]);
  });

  test('a metric turned off is shown but never flagged', () => {
    const result = compareToBaseline(figures({ mem: 600 }), figures({ mem: 60 }), { startup: 0.25 });
    expect(result.regressions).toEqual([]);
    expect(result.services[0]!.peakMemory).toEqual({ current: 600 * MiB, baseline: 60 * MiB, change: 9, regression: false });
  });

  test('new and gone services are listed, not compared; the stack peak is shown, never flagged', () => {
    const current: StackFigures = { startupMs: 5000, stackPeakMemoryBytes: 500 * MiB, services: [{ service: 'api', peakMemoryBytes: 400 * MiB, meanCpuPercent: 1 }] };
    const result = compareToBaseline(current, figures({ mem: 60 }), defaults);
    expect(result.services.map((s) => [s.service, s.presence])).toEqual([['api', 'new'], ['db', 'gone'], ['web', 'gone']]);
    expect(result.services[0]!.peakMemory).toEqual({ current: 400 * MiB, baseline: undefined, change: undefined, regression: false });
    expect(result.stackPeakMemory.regression).toBe(false);
    expect(result.regressions).toEqual([]);
  });

  test('a baseline of 0 has no relative change', () => {
    const result = compareToBaseline(figures({ mem: 60 }), { services: [{ service: 'db', peakMemoryBytes: 0, meanCpuPercent: 0 }] }, defaults);
    expect(result.services[0]!.peakMemory.change).toBeUndefined();
    expect(result.regressions).toEqual([]);
  });
});
