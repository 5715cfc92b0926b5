import { describe, expect, test } from 'vitest';
import type { MonitorReport } from '../../../src/monitor/analysis.js';
import type { MonitorEvent } from '../../../src/monitor/records.js';
import type { RunReport } from '../../../src/report/run-report.js';
import { CLEANUP_ROWS, cleanupSection, hostSection, policySection, relative, servicesSection, timelineSection } from '../../../src/report/sections.js';
import { runReport, serviceRun } from '../baseline/fixtures.js';

// The summary's sections, each a pure function of the report: what each row says, what is left
// out when there is nothing to say, and where rows are bounded.

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;
const rowsOf = (markdown: string | undefined): string[] => (markdown ?? '').split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---') && !/^\| (Service|Measure|At|Kind|) \|/.test(line));

const stack = (services: NonNullable<RunReport['stack']>['services'], extra: Partial<NonNullable<RunReport['stack']>> = {}): RunReport['stack'] => ({
  services,
  reservationBytes: 768 * MiB,
  unlimited: [],
  unsizedTmpfs: [],
  ...extra,
});

describe('servicesSection', () => {
  test('nothing declared and nothing seen: no section', () => {
    expect(servicesSection({ projectName: 'p', startedAtMs: 0, preflight: [] })).toBeUndefined();
  });

  test('declared next to seen: the limit, the peak as its share, CPU, restarts, OOM kills in bold, time to healthy, tmpfs', () => {
    const report = runReport([serviceRun('db', 384, { memoryLimitBytes: 512 * MiB, oomKills: 2, restarts: 1 }), serviceRun('web', 10, { hasHealthcheck: false, timeToHealthyMs: undefined })]);
    report.stack = stack([
      { service: 'db', image: 'postgres:15', replicas: 1, memoryLimitBytes: 512 * MiB, tmpfs: [{ target: '/run', sizeBytes: 64 * MiB }, { target: '/tmp' }] },
      { service: 'web', image: 'nginx:1.27', replicas: 1, tmpfs: [] },
      { service: 'worker', image: 'worker:1', replicas: 1, tmpfs: [] },
    ]);
    expect(rowsOf(servicesSection(report))).toEqual([
      '| db | dsa-test/busybox:1 | 512 MiB | 384 MiB (75%) | 1.5% / 9.0% | 1 | **2** | 2.0 s | 0 | /run (64 MiB), /tmp (no size) |',
      '| web | dsa-test/busybox:1 | none | 10 MiB | 1.5% / 9.0% | 0 | 0 | no health check | 0 | — |',
      '| worker | worker:1 | none | not running |  |  |  |  |  | — |',
    ]);
  });

  test('without a monitor, declared services are "not monitored"', () => {
    const report: RunReport = { projectName: 'p', startedAtMs: 0, preflight: [], stack: stack([{ service: 'db', image: 'postgres:15', replicas: 1, memoryLimitBytes: GiB, tmpfs: [] }]) };
    expect(rowsOf(servicesSection(report))).toEqual(['| db | postgres:15 | 1 GiB | not monitored |  |  |  |  |  | — |']);
  });

  test('a health check whose healthy was never seen says so', () => {
    const report = runReport([serviceRun('db', 10, { timeToHealthyMs: undefined })]);
    expect(rowsOf(servicesSection(report))[0]).toContain('| not seen |');
  });
});

describe('hostSection', () => {
  test('host memory, the stack\'s peak and reservation (a floor when unbounded), the lease and its wait, the sampling', () => {
    const report = runReport([serviceRun('db', 60)]);
    report.monitor!.host = { totalBytes: 8 * GiB, peakUsedBytes: 2 * GiB };
    report.stack = stack([], { unlimited: ['web'], reservationModel: 'Each limit counts once.' });
    report.lease = { outcome: 'admitted', waitedMs: 65_000, waitedFor: ['octo/app run 1 on r (pid 5): group db'], budgetBytes: 6 * GiB, usedBytes: 3 * GiB, ownBytes: GiB, detail: 'lease abc' };
    const section = hostSection(report)!;
    expect(rowsOf(section)).toEqual([
      '| Host memory, peak in use | 2 GiB of 8 GiB (25%) |',
      '| Stack memory, peak of all containers together | 60 MiB |',
      '| Stack reservation | 768 MiB (a floor: some services are unbounded) |',
      '| Lease | admitted — lease abc |',
      '| Lease wait | 1m 05s for octo/app run 1 on r (pid 5): group db |',
      '| Memory budget | 3 GiB of 6 GiB (this stack: 1 GiB) |',
      '| Sampled | every 1.0 s for 1m 00s |',
    ]);
    expect(section.endsWith('Each limit counts once.')).toBe(true);
  });

  test('a lease with no wait and no budget: two rows', () => {
    const section = hostSection({ projectName: 'p', startedAtMs: 0, preflight: [], lease: { outcome: 'skipped', waitedMs: 0, waitedFor: [] } });
    expect(rowsOf(section)).toEqual(['| Lease | skipped |', '| Lease wait | none |']);
  });

  test('nothing known about the host: no section', () => {
    expect(hostSection({ projectName: 'p', startedAtMs: 0, preflight: [] })).toBeUndefined();
  });
});

describe('timelineSection', () => {
  const ev = (t: number, service: string, action: string, extra: Partial<MonitorEvent> = {}): MonitorEvent => ({ t, id: `${service}-id`, name: `p-${service}-1`, service, action, ...extra });
  const monitor = (events: MonitorEvent[], extra: Partial<MonitorReport> = {}): MonitorReport => ({ ...runReport([]).monitor!, startedAtMs: 1000, events, ...extra });

  test('restarts, exits, OOM kills and health changes at their time since the start; a first start is no event', () => {
    const section = timelineSection(
      monitor([ev(1500, 'db', 'start'), ev(4000, 'db', 'health_status: healthy'), ev(9000, 'db', 'oom'), ev(9100, 'db', 'die', { exitCode: 137 }), ev(9500, 'db', 'start'), ev(12_000, 'db', 'health_status: unhealthy'), ev(13_000, 'db', 'kill')]),
    );
    expect(rowsOf(section)).toEqual([
      '| +3.0 s | db | health: healthy |',
      '| +8.0 s | db | **OOM kill**: the kernel killed a process for exceeding the memory limit |',
      '| +8.1 s | db | exited with code 137 |',
      '| +8.5 s | db | restarted |',
      '| +11.0 s | db | **health: unhealthy** |',
    ]);
  });

  test('gaps of the daemon are rows too, in time order', () => {
    const section = timelineSection(monitor([ev(5000, 'db', 'die')], { gaps: [{ fromMs: 2000, toMs: 4500, reason: 'the daemon did not answer' }] }));
    expect(rowsOf(section)).toEqual(['| +1.0 s | (daemon) | gap of 2.5 s: the daemon did not answer; no samples, events may be missing |', '| +4.0 s | db | exited |']);
  });

  test('bounded: the rest is in report.json, and dropped events are counted', () => {
    const events = Array.from({ length: 5 }, (_, index) => ev(2000 + index, 'db', 'oom'));
    const section = timelineSection(monitor(events, { droppedEvents: { die: 3, oom: 1 } }), 2)!;
    expect(rowsOf(section)).toHaveLength(2);
    expect(section).toContain('3 more rows in report.json.');
    expect(section).toContain('4 events in the middle of the run were counted but not kept (die 3, oom 1).');
  });

  test('nothing worth a row, or no monitor: no section', () => {
    expect(timelineSection(monitor([ev(1500, 'db', 'start')]))).toBeUndefined();
    expect(timelineSection(undefined)).toBeUndefined();
  });
});

test.each([
  [0, '+0 ms'],
  [-50, '+0 ms'],
  [1500, '+1.5 s'],
  [65_000, '+1m 05s'],
])('relative(%d) → %s', (ms, text) => {
  expect(relative(ms)).toBe(text);
});

describe('policySection', () => {
  test('off says the rules were not applied; no policy, no section', () => {
    expect(policySection({ findings: [], files: [], mode: 'off', counts: { error: 0, warning: 0, note: 0 }, suppressed: [], injected: [], standardised: [] })).toBe('### Compose policy\n\nOff (`policy: off`): the rules were not applied.');
    expect(policySection(undefined)).toBeUndefined();
  });

  test('the health-check timing the action standardised, as a table after the findings', () => {
    const section = policySection({ findings: [], files: ['compose.yaml'], mode: 'error', counts: { error: 0, warning: 0, note: 0 }, suppressed: [], injected: [], standardised: [{ service: 'db', field: 'interval', before: '1s', after: '5s' }] })!;
    expect(section).toContain('**Standard health-check timing** (healthcheck-defaults, generated override file):');
    expect(section).toContain('| db | interval | 1s | 5s |');
  });
});

describe('cleanupSection', () => {
  test('removed, left and kept, then the dead jobs swept, what is left behind and the problems — all escaped', () => {
    const report: RunReport = {
      projectName: 'p',
      startedAtMs: 0,
      preflight: [],
      cleanup: {
        removed: [{ kind: 'container', name: 'p-db-1', why: 'owner label' }],
        left: [{ kind: 'volume', name: 'p_data', why: 'in use' }],
        kept: [{ kind: 'network', name: 'shared', why: 'existed before up' }],
        staleProjects: [{ project: 'dsa-9-*evil*', removed: 2 }],
      },
      teardown: { durationMs: 1, problems: ['Could not remove volume p_data: <b>in use</b>'], leftovers: { containers: [], networks: [], volumes: ['p_data'] } },
    };
    const section = cleanupSection(report)!;
    expect(section).toContain('| removed | container | p-db-1 | owner label |');
    expect(section).toContain('| **left** | volume | p_data | in use |');
    expect(section).toContain('| kept | network | shared | existed before up |');
    expect(section).toContain('Leftovers of dead jobs swept: dsa-9-\\*evil\\* (2).');
    expect(section).toContain('**Left behind:**');
    expect(section).toContain('| volumes | p_data |');
    expect(section).not.toContain('<b>');
  });

  test(`more than ${CLEANUP_ROWS} rows: the rest is in report.json`, () => {
    const removed = Array.from({ length: CLEANUP_ROWS + 7 }, (_, index) => ({ kind: 'container', name: `c${index}` }));
    const section = cleanupSection({ projectName: 'p', startedAtMs: 0, preflight: [], cleanup: { removed, left: [] } })!;
    expect(rowsOf(section)).toHaveLength(CLEANUP_ROWS);
    expect(section).toContain('7 more rows in report.json.');
  });

  test('a clean teardown with nothing to list: no section', () => {
    expect(cleanupSection({ projectName: 'p', startedAtMs: 0, preflight: [], cleanup: { removed: [], left: [] }, teardown: { durationMs: 1, problems: [], leftovers: { containers: [], networks: [], volumes: [] } } })).toBeUndefined();
  });
});
