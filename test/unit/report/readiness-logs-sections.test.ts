import { describe, expect, test } from 'vitest';
import { logsSection, type LogsSection } from '../../../src/report/logs-section.js';
import { readinessSection, type ReadinessSection } from '../../../src/report/readiness-section.js';
import { emptyReport } from '../../../src/report/run-report.js';
import { renderSummary } from '../../../src/report/summary.js';
import { HOSTILE_LINES, MARKER } from '../../support/hostile.js';
import { htmlOutsideCode } from '../../support/markdown-html.js';

// The readiness and logs sections of the summary: what they say, and that names, details and
// log lines a pull request controls render as text — the only link is the artifact's own.

const hostile = HOSTILE_LINES.join('\n');

const readiness: ReadinessSection = {
  ok: false,
  durationMs: 12_000,
  ports: { [`db<img src=x>${MARKER}`]: { '5432/tcp': '127.0.0.1:49153' }, 'web#2': { '80/tcp': '[::1]:1' } },
  probes: [
    {
      probe: 'db:5432',
      service: 'db',
      target: 'TCP 5432',
      ready: true,
      replicas: [{ container: 'p-db-1', replica: 1, ready: true, attempts: 3, waitedMs: 1300, sinceStartMs: 4200, detail: '127.0.0.1:49153: accepted and held open' }],
    },
    {
      probe: 'web:http:/',
      service: 'web',
      target: 'HTTP GET /',
      ready: false,
      replicas: [
        { container: 'p-web-1', replica: 1, ready: true, attempts: 1, waitedMs: 10, detail: 'HTTP 200' },
        { container: 'p-web-2', replica: 2, ready: false, attempts: 9, detail: `not ready when the wait ended; last: ${hostile}` },
      ],
    },
    { probe: 'w:log:/x/', service: `w[pwn](https://evil.example/)`, target: 'log /x/', ready: false, replicas: [], problem: `no running container (${hostile})` },
  ],
  variables: { DB_HOST: '127.0.0.1' },
  failing: [{ service: 'web', container: 'p-web-2', state: 'running', exitCode: 0, oomKilled: false, restartCount: 0, healthLog: [], logTail: HOSTILE_LINES.slice() }],
};

const logs: LogsSection = {
  dir: '/tmp/runner/docker-stability/p/logs',
  keptBy: 'finish',
  durationMs: 350,
  files: [
    { service: 'db', file: '/tmp/runner/docker-stability/p/logs/db.log', bytes: 10 * 1024 ** 2, containers: ['p-db-1'], truncated: true },
    { service: `web</details>${MARKER}`, file: '/x/web.log', bytes: 2048, containers: ['p-web-1'], truncated: false },
  ],
  problems: [`The log of p-x-1 could not be read to its end (${hostile})`],
  upload: { outcome: 'uploaded', reason: 'upload-logs: always', name: `p-logs`, id: 7, url: 'https://github.com/o/r/actions/runs/1/artifacts/7', sizeBytes: 1_500_000, durationMs: 900 },
};

describe('readiness', () => {
  test('probes by replica with their time to ready, the published ports, the variables, the failing service diagnosed', () => {
    const text = readinessSection(readiness)!;
    expect(text).toContain('### Readiness: wait-for not met');
    expect(text).toContain('| db | TCP 5432 | ✅ 4.2 s after start (waited 1.3 s) | 127.0.0.1:49153: accepted and held open |');
    expect(text).toContain('| web #1 | HTTP GET / | ✅ after 10 ms | HTTP 200 |');
    expect(text).toMatch(/\| web #2 \| HTTP GET \/ \| ❌ \| not ready when the wait ended; last: /);
    expect(text).toContain('| web#2 | 80/tcp | `[::1]:1` |');
    expect(text).toContain('Exported for later steps: `DB_HOST`.');
    expect(text).toContain('<details><summary>web: health checks and last');
  });

  test('nothing to say: no section', () => {
    expect(readinessSection(undefined)).toBeUndefined();
    expect(readinessSection({ ok: true, durationMs: 0, ports: {}, probes: [] })).toBeUndefined();
  });
});

describe('logs', () => {
  test('where they are, what was cut, and the artifact linked', () => {
    const text = logsSection(logs)!;
    expect(text).toContain("Every service's log (stdout and stderr, timestamped) was kept in `/tmp/runner/docker-stability/p/logs`: 2 files, 10 MiB, written in 350 ms.");
    expect(text).toContain('Cut to their last part (logs-max-size): db.');
    expect(text).toContain('Uploaded as the workflow artifact [p-logs](https://github.com/o/r/actions/runs/1/artifacts/7) (1.43 MiB zipped, 900 ms; upload-logs: always).');
  });

  test.each<[LogsSection['upload'], string]>([
    [{ outcome: 'skipped', reason: 'upload-logs: never' }, 'Not uploaded as an artifact: upload-logs: never.'],
    [{ outcome: 'unavailable', reason: 'no artifact service here' }, 'Not uploaded: no artifact service here.'],
    [{ outcome: 'failed', reason: 'no answer within 120 s' }, 'The artifact upload failed: no answer within 120 s. The files stay on the runner until the job ends.'],
    [{ outcome: 'uploaded', reason: 'x', name: 'p-logs', url: 'javascript:alert(1)' }, 'Uploaded as the workflow artifact p-logs ('],
  ])('upload %j', (upload, line) => {
    expect(logsSection({ ...logs, upload })).toContain(line);
  });
});

test('in a whole summary, hostile names and lines render as text: the artifact is the only link', () => {
  const report = emptyReport('p', 0);
  report.readiness = readiness;
  report.logs = logs;
  const summary = renderSummary(report);
  expect(summary).toContain(MARKER);
  const { raw, links, images } = htmlOutsideCode(summary);
  expect(raw.filter((tag) => !/^(<details><summary>[^<]*<\/summary>|<\/details>|<br>)$/.test(tag))).toEqual([]);
  expect(links).toEqual(['https://github.com/o/r/actions/runs/1/artifacts/7']);
  expect(images).toEqual([]);
});
