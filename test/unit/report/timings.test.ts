import { describe, expect, test } from 'vitest';
import { emptyReport } from '../../../src/report/run-report.js';
import { timingsLine } from '../../../src/report/timings.js';

describe("where the job's time went", () => {
  test('each step in one line: its total, its segments in order, the largest side-by-side parts', () => {
    const report = {
      ...emptyReport('p', 0),
      timings: {
        start: [
          { phase: 'node start', ms: 140 },
          { phase: 'checks', ms: 260, parts: { daemon: 30, compose: 120, policy: 250, host: 5, sweep: 40, ports: 10 } },
          { phase: 'admission', ms: 45 },
          { phase: 'up', ms: 3100 },
        ],
        finish: [
          { phase: 'node start', ms: 130 },
          { phase: 'teardown', ms: 900 },
        ],
      },
    };
    expect(timingsLine(report)).toBe(
      "Where the job's time went — main 3.5 s: node start 140 ms · checks 260 ms (policy 250 ms, compose 120 ms, sweep 40 ms side by side) · admission 45 ms · up 3.1 s.  \nPost 1.0 s: node start 130 ms · teardown 900 ms.",
    );
  });

  test('nothing to say without timings', () => {
    expect(timingsLine(emptyReport('p', 0))).toBeUndefined();
  });
});
