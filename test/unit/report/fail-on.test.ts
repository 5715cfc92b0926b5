import { describe, expect, test } from 'vitest';
import { evaluateFailOn, parseFailOn, type FailCondition, type ServiceOutcome } from '../../../src/report/fail-on.js';

describe('parseFailOn', () => {
  test.each([
    ['oom', [{ kind: 'oom' }]],
    ['OOM, restart', [{ kind: 'oom' }, { kind: 'restart' }]],
    ['oom\noom', [{ kind: 'oom' }]],
    ['unhealthy\n# a comment\nmemory-over:75.5%', [{ kind: 'unhealthy' }, { kind: 'memory-over', fraction: 0.755 }]],
    ['none', []],
  ] as Array<[string, FailCondition[]]>)('%j', (text, conditions) => {
    expect(parseFailOn(text)).toEqual(conditions);
  });

  test.each([
    ['crash', ["'crash' is not a condition; use oom, restart, unhealthy, memory-over:NN% or none"]],
    ['oom, none', ["'none' is not a condition; use oom, restart, unhealthy, memory-over:NN% or none"]],
    ['memory-over:0%', ["'memory-over:0%': '0%' is not a percentage between 0% and 100% (like memory-over:90%)"]],
    ['memory-over:90', ["'memory-over:90': '90' is not a percentage between 0% and 100% (like memory-over:90%)"]],
  ])('%j is refused', (text, problems) => {
    expect(parseFailOn(text)).toEqual({ problems });
  });
});

describe('evaluateFailOn', () => {
  const quiet: ServiceOutcome = { service: 'web', oomKills: 0, restarts: 0, unhealthy: 0, peakMemoryBytes: 10, memoryLimitBytes: 100 };
  const all: FailCondition[] = [{ kind: 'oom' }, { kind: 'restart' }, { kind: 'unhealthy' }, { kind: 'memory-over', fraction: 0.9 }];

  test.each([
    ['nothing happened', [quiet], all, []],
    ['an OOM kill under the default', [{ ...quiet, service: 'db', oomKills: 1 }], [{ kind: 'oom' }], ['oom: db OOM-killed once']],
    ['restarts are ignored unless asked for', [{ ...quiet, restarts: 3 }], [{ kind: 'oom' }], []],
    ['restarts when asked for', [{ ...quiet, restarts: 3 }], all, ['restart: web restarted 3 times']],
    ['unhealthy', [{ ...quiet, unhealthy: 1 }], all, ['unhealthy: web turned unhealthy once']],
    ['memory over 90%', [{ ...quiet, peakMemoryBytes: 95 }], all, ['memory-over:90%: web peaked at 95% of its memory limit']],
    ['exactly 90% is not over', [{ ...quiet, peakMemoryBytes: 90 }], all, []],
    ['no limit, no memory-over', [{ ...quiet, peakMemoryBytes: 95, memoryLimitBytes: undefined }], all, []],
    [
      'several services in one line',
      [{ ...quiet, oomKills: 2 }, { ...quiet, service: 'db', oomKills: 1 }],
      [{ kind: 'oom' }],
      ['oom: web OOM-killed 2 times, db OOM-killed once'],
    ],
  ] as Array<[string, ServiceOutcome[], FailCondition[], string[]]>)('%s', (_, services, conditions, reasons) => {
    expect(evaluateFailOn(conditions, services)).toEqual(reasons);
  });
});
