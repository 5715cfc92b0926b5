import { describe, expect, test } from 'vitest';
import { BoundedSeries, mergePoints, seriesTotals, type Point } from '../../../src/monitor/series.js';

const point = (t: number, mem: number, cpu: number, rx = t): Point => ({ t, d: 0, n: 1, cpu, cpuMax: cpu, mem, pids: 1, rx, tx: 0, rd: 0, wr: 0 });

describe('BoundedSeries', () => {
  test('six hours at 2 s stay within capacity with peaks, mean and sample count intact', () => {
    const series = new BoundedSeries(675);
    const samples = (6 * 3600) / 2;
    let weighted = 0;
    for (let index = 0; index < samples; index += 1) {
      const cpu = index % 7;
      weighted += cpu;
      // One spike in the middle must survive every merge.
      series.add(point(index * 2000, index === 5400 ? 999 : 100 + (index % 13), cpu));
    }
    const points = series.all();
    expect(points.length).toBeLessThanOrEqual(675);
    expect(points.length).toBeGreaterThan(675 / 2);
    const totals = seriesTotals(points);
    expect(totals.samples).toBe(samples);
    expect(totals.peakMem).toBe(999);
    expect(totals.peakCpu).toBe(6);
    expect(totals.meanCpu).toBeCloseTo(weighted / samples, 9);
    // Resolution stays even: every point covers about the same span.
    const spans = points.slice(0, -1).map((p, i) => points[i + 1]!.t - p.t);
    expect(Math.max(...spans) / Math.min(...spans)).toBeLessThanOrEqual(2);
    // Cumulative counters end at the last reading.
    expect(points.at(-1)!.rx).toBe((samples - 1) * 2000);
  });

  test('a short run is kept sample by sample', () => {
    const series = new BoundedSeries(8);
    for (let index = 0; index < 8; index += 1) series.add(point(index * 1000, index, 0));
    expect(series.all().map((p) => p.mem)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  test.each([
    ['memory keeps the peak, CPU the mean and the peak', point(0, 10, 10), point(2000, 30, 50), { mem: 30, cpu: 30, cpuMax: 50, n: 2, d: 2000 }],
    ['counters take the later reading', point(0, 1, 0, 100), point(1000, 1, 0, 250), { rx: 250 }],
  ])('merge: %s', (_, a, b, expected) => {
    expect(mergePoints(a, b)).toMatchObject(expected);
  });
});
