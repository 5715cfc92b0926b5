import { describe, expect, test } from 'vitest';
import { analyseMonitor } from '../../../src/monitor/analysis.js';
import { MonitorState } from '../../../src/monitor/state.js';
import { bin, metricChart, niceCeiling } from '../../../src/report/charts.js';
import { emptyReport } from '../../../src/report/run-report.js';
import { renderSummary } from '../../../src/report/summary.js';
import { mermaidBlocks, mermaidParser } from '../../support/mermaid-parser.js';
import { syntheticRecords } from '../../support/monitor-synthetic.js';

function monitor(services: number, hours: number) {
  const state = new MonitorState();
  for (const record of syntheticRecords({ services, hours, intervalMs: 2000 })) state.apply(record);
  return analyseMonitor(state);
}

describe('mermaid charts in the summary', () => {
  test.each([
    ['50 services over 6 hours', 50, 6, 'hours since start'],
    ['3 services over 20 minutes', 3, 1 / 3, 'minutes since start'],
    ['1 service over 40 seconds', 1, 40 / 3600, 'seconds since start'],
  ])('%s: every block parses with mermaid', async (_, services, hours, axis) => {
    const report = monitor(services, hours);
    const summary = renderSummary({ ...emptyReport('p', report.startedAtMs), monitor: report });
    const blocks = mermaidBlocks(summary);
    expect(blocks).toHaveLength(2);
    const mermaid = await mermaidParser();
    for (const block of blocks) {
      expect(block).toContain('xychart-beta');
      expect(block).toContain(`x-axis "${axis}"`);
      expect(await mermaid.parse(block)).toMatchObject({ diagramType: 'xychart' });
    }
  }, 30_000);

  test('the parser really rejects a broken chart (so the test above can fail)', async () => {
    const mermaid = await mermaidParser();
    await expect(mermaid.parse('xychart-beta\n  line [1, 2, oops]')).rejects.toThrow(/Parse error/);
  }, 30_000);

  test('at most 8 lines of at most 100 points, busiest first, with a legend in palette order', () => {
    const chart = metricChart(monitor(50, 1), 'memory')!;
    const lines = chart.mermaid.split('\n').filter((line) => line.trim().startsWith('line ['));
    expect(lines).toHaveLength(8);
    for (const line of lines) expect(line.split(',').length).toBeLessThanOrEqual(100);
    expect(chart.legend.split(' · ')).toHaveLength(8);
    // Container names without the project prefix.
    expect(chart.legend).toMatch(/^🟦 [a-z]+(-\d+)?-1 · 🟧 /);
    expect(chart.mermaid).toMatch(/^%%\{init: \{"themeVariables": \{"xyChart": \{"plotColorPalette": "#1f6feb, #f0883e, /);
  });

  test.each([
    [0, 1],
    [0.3, 0.5],
    [7, 10],
    [101, 200],
    [512, 1000],
    [1000, 1000],
  ])('axis end for %d is %d', (value, end) => {
    expect(niceCeiling(value)).toBeCloseTo(end, 9);
  });
});

describe('bin', () => {
  const series = { name: 'c', memory: [[0, 10], [4000, 30], [9000, 20]] as Array<[number, number]>, cpu: [[0, 1], [500, 3], [4000, 5]] as Array<[number, number]> };
  test.each([
    ['memory: peaks per bin, sparse bins carry the last value', 'memory', [], [10, 10, 30, 30, 20]],
    ['memory: nothing is carried into a gap of the daemon', 'memory', [[5000, 8000]], [10, 10, 30, 0, 20]],
    ['cpu: the mean per bin', 'cpu', [], [2, 2, 5, 0, 0]],
  ] as Array<[string, 'memory' | 'cpu', Array<[number, number]>, number[]]>)('%s', (_, metric, gaps, expected) => {
    expect(bin(series, metric, 10_000, 5, gaps)).toEqual(expected);
  });
});
