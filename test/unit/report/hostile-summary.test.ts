import { describe, expect, test } from 'vitest';
import { emptyReport, type RunReport } from '../../../src/report/run-report.js';
import { renderSummary } from '../../../src/report/summary.js';
import { HOSTILE_LINES, MARKER } from '../../support/hostile.js';
import { foreignHtml } from '../../support/markdown-html.js';

// Everything in a failed run's summary that a container, the daemon or a file said — service and
// image names, health output in the failure bullet, log tails, Compose's words, errors, cleanup
// problems — rendered by a real markdown parser: no HTML of theirs, no link, no image.

const hostile = HOSTILE_LINES.join('\n');

function failedRun(): RunReport {
  const report = emptyReport(`proj-${MARKER}`, 0);
  report.mainError = `Stack did not become healthy.\n${hostile}`;
  report.stack = { services: [{ service: `db<img src=x>`, image: `[x](https://evil.example/)`, replicas: 1, tmpfs: [] }], reservationBytes: 0, unlimited: [], unsizedTmpfs: [] };
  report.start = {
    ok: false,
    durationMs: 1000,
    reason: 'failed',
    composeTail: HOSTILE_LINES.slice(),
    failing: [
      {
        service: 'db',
        container: 'p-db-1',
        state: 'running',
        exitCode: 0,
        oomKilled: false,
        restartCount: 0,
        health: 'unhealthy',
        healthLog: HOSTILE_LINES.map((output, index) => ({ exitCode: index % 2, output })),
        logTail: HOSTILE_LINES.slice(),
      },
    ],
  };
  report.preflight.push({ id: 'x', title: `check <b>${MARKER}</b>`, status: 'warn', detail: hostile } as RunReport['preflight'][number]);
  report.teardown = { durationMs: 10, problems: HOSTILE_LINES.slice(0, 5), leftovers: { containers: [`</details>${MARKER}`], networks: [], volumes: [] } };
  report.cleanup = { removed: [], left: [{ kind: 'volume', name: `<img src=x>${MARKER}`, why: '[pwn](https://evil.example/)' }], staleProjects: [{ project: `<a href=x>${MARKER}</a>`, removed: 1 }] };
  report.monitorProblems = [`monitor said ${hostile}`];
  return report;
}

describe('a failed run with hostile output', () => {
  test('the summary shows the words, renders none of their HTML, links or images', () => {
    const summary = renderSummary(failedRun());
    expect(summary).toContain(MARKER);
    expect(summary).toContain('### Why the stack did not start');
    expect(foreignHtml(summary)).toEqual([]);
  });

  test('also when the log tails are dropped to fit the budget', () => {
    const summary = renderSummary(failedRun(), { budgetBytes: 6000 });
    expect(foreignHtml(summary)).toEqual([]);
  });

  test('the checker itself sees raw HTML (so the test can fail)', () => {
    expect(foreignHtml(`- ${HOSTILE_LINES.join('\n- ')}`).length).toBeGreaterThan(3);
  });
});
