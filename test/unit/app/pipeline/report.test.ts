import { describe, expect, test } from 'vitest';
import { assembleReport, type FinishSections, type StartSections } from '../../../../src/app/pipeline/report.js';
import type { LogsSection } from '../../../../src/report/logs-section.js';

// The report is assembled from what each half returned; nobody writes into it. Where both
// halves have something (monitor problems, cleanup, logs, history), the rules below decide.

const START: StartSections = { projectName: 'p', startedAtMs: 1000, preflight: [], timings: [{ phase: 'checks', ms: 200 }] };
const FINISH: FinishSections = { monitorProblems: [], teardown: { durationMs: 900, problems: [] }, timings: [{ phase: 'teardown', ms: 900 }] };
const logs = (keptBy: LogsSection['keptBy']): LogsSection => ({ dir: '/run/logs', keptBy, durationMs: 5, files: [], problems: [] });

describe('assembleReport', () => {
  test('the start alone (main as it ends): no teardown, no finish timings, nothing invented', () => {
    expect(assembleReport(START)).toEqual({ projectName: 'p', startedAtMs: 1000, preflight: [], timings: { start: [{ phase: 'checks', ms: 200 }] } });
  });

  test('a failure of the start becomes mainError; the finish adds its teardown and timings', () => {
    const report = assembleReport({ ...START, failure: 'Preflight failed: disk' }, FINISH);
    expect(report.mainError).toBe('Preflight failed: disk');
    expect(report.teardown).toEqual({ durationMs: 900, problems: [] });
    expect(report.timings).toEqual({ start: [{ phase: 'checks', ms: 200 }], finish: [{ phase: 'teardown', ms: 900 }] });
  });

  test('monitor problems of both halves, the start\'s first', () => {
    const report = assembleReport({ ...START, monitorProblems: ['the monitor could not start'] }, { ...FINISH, monitorProblems: ['the monitor left no samples'] });
    expect(report.monitorProblems).toEqual(['the monitor could not start', 'the monitor left no samples']);
  });

  test.each<{ name: string; swept?: StartSections['swept']; cleanup?: FinishSections['cleanup']; expected: unknown }>([
    { name: 'neither half cleaned anything', swept: undefined, cleanup: undefined, expected: undefined },
    { name: 'the preflight swept dead jobs only', swept: [{ project: 'dead', removed: 3 }], cleanup: undefined, expected: { removed: [], left: [], staleProjects: [{ project: 'dead', removed: 3 }] } },
    {
      name: 'the teardown removed and kept',
      swept: [],
      cleanup: { removed: [{ kind: 'volume', name: 'p_data', why: 'owner label' }], left: [], kept: [{ kind: 'network', name: 'shared', why: 'existed before up' }] },
      expected: { removed: [{ kind: 'volume', name: 'p_data', why: 'owner label' }], left: [], kept: [{ kind: 'network', name: 'shared', why: 'existed before up' }] },
    },
    {
      name: 'both, with nothing kept',
      swept: [{ project: 'dead', removed: 1 }],
      cleanup: { removed: [], left: [{ kind: 'container', name: 'p-db-1', why: 'in use' }], kept: [] },
      expected: { removed: [], left: [{ kind: 'container', name: 'p-db-1', why: 'in use' }], staleProjects: [{ project: 'dead', removed: 1 }] },
    },
  ])('cleanup: $name', ({ swept, cleanup, expected }) => {
    const report = assembleReport({ ...START, ...(swept ? { swept } : {}) }, { ...FINISH, ...(cleanup ? { cleanup } : {}) });
    expect(report.cleanup).toEqual(expected);
  });

  test('the finish\'s logs (with their upload) win over the start\'s; the start\'s stand when the finish kept none', () => {
    expect(assembleReport({ ...START, logs: logs('start') }, { ...FINISH, logs: logs('finish') }).logs?.keptBy).toBe('finish');
    expect(assembleReport({ ...START, logs: logs('start') }, FINISH).logs?.keptBy).toBe('start');
    expect(assembleReport(START, FINISH).logs).toBeUndefined();
  });

  test('the finish\'s history (what was saved) wins over the start\'s (what was recalled)', () => {
    const recalled = { baseline: { plan: {}, recall: { status: 'missing' } } } as never;
    const saved = { baseline: { plan: {}, recall: { status: 'missing' }, save: { status: 'saved' } } } as never;
    expect(assembleReport({ ...START, history: recalled }, { ...FINISH, history: saved }).history).toBe(saved);
    expect(assembleReport({ ...START, history: recalled }, FINISH).history).toBe(recalled);
  });
});
