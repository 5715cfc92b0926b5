import { describe, expect, test } from 'vitest';
import { describeFailure, isFailing, type ServiceDiagnosis } from '../../../src/stack/diagnose.js';

const base: ServiceDiagnosis = {
  service: 'db',
  container: 'p-db-1',
  state: 'running',
  exitCode: 0,
  oomKilled: false,
  restartCount: 0,
  healthLog: [],
  logTail: [],
};

describe('isFailing', () => {
  test.each([
    [{}, false],
    [{ health: 'healthy' }, false],
    [{ health: 'unhealthy' }, true],
    [{ health: 'starting' }, true],
    [{ state: 'exited', exitCode: 0 }, false],
    [{ state: 'exited', exitCode: 1 }, true],
    [{ state: 'exited', exitCode: 137, oomKilled: true }, true],
    [{ state: 'restarting' }, true],
    [{ state: 'created' }, true],
  ] as Array<[Partial<ServiceDiagnosis>, boolean]>)('%j → %s', (change, failing) => {
    expect(isFailing({ ...base, ...change })).toBe(failing);
  });
});

describe('describeFailure', () => {
  test('unhealthy, with the last health check output', () => {
    expect(
      describeFailure({ ...base, health: 'unhealthy', healthLog: [{ exitCode: 1, output: 'connection\nrefused' }] }),
    ).toBe("db: unhealthy, last health check: exit 1 'connection refused'");
  });
  test('OOM kill and restarts', () => {
    expect(describeFailure({ ...base, state: 'exited', exitCode: 137, oomKilled: true, restartCount: 2 })).toBe(
      'db: exited, exit code 137, killed by the kernel for exceeding its memory limit (OOM), 2 restarts',
    );
  });
});
