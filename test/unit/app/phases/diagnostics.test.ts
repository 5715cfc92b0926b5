import { describe, expect, test } from 'vitest';
import { startFailureMessage, tellStartFailure } from '../../../../src/app/phases/diagnostics.js';
import type { StartOutcome } from '../../../../src/stack/start.js';
import type { ServiceDiagnosis } from '../../../../src/stack/diagnose.js';

// The step's error for a start that failed: why (failed, timed out, interrupted), which services
// and how, Compose's own error lines, and who was merely still starting.

type Failed = Extract<StartOutcome, { ok: false }>;

const diagnosis = (service: string, extra: Partial<ServiceDiagnosis> = {}): ServiceDiagnosis => ({
  service,
  container: `p-${service}-1`,
  state: 'running',
  exitCode: 0,
  oomKilled: false,
  restartCount: 0,
  healthLog: [],
  logTail: [],
  ...extra,
});
const failed = (extra: Partial<Failed> = {}): Failed => ({ ok: false, durationMs: 1000, reason: 'failed', composeTail: [], failing: [], ...extra });

describe('startFailureMessage', () => {
  test.each([
    ['failed', 'did not become healthy'],
    ['timeout', 'did not finish in time'],
    ['interrupted', 'was interrupted'],
  ] as const)('reason %s → "%s"', (reason, words) => {
    expect(startFailureMessage('p', failed({ reason, failing: [diagnosis('db', { state: 'exited', exitCode: 3 })] }))).toBe(`Stack p ${words}.\ndb: exited, exit code 3`);
  });

  test('real failures first, Compose\'s error lines next, bystanders last in one line', () => {
    const message = startFailureMessage(
      'p',
      failed({
        composeTail: ['Container p-db-1  Started', 'Error response from daemon: driver failed programming external connectivity: port is already allocated', 'dependency failed to start'],
        failing: [
          diagnosis('db', { health: 'unhealthy', healthLog: [{ exitCode: 1, output: 'connection refused' }] }),
          diagnosis('web', { health: 'starting' }),
          diagnosis('cache', { health: 'starting' }),
        ],
      }),
    );
    expect(message.split('\n')).toEqual([
      'Stack p did not become healthy.',
      "db: unhealthy, last health check: exit 1 'connection refused'",
      'docker compose: Error response from daemon: driver failed programming external connectivity: port is already allocated',
      'docker compose: dependency failed to start',
      'Still starting when Compose gave up: web, cache',
    ]);
  });

  test('nothing diagnosed and no error line: Compose\'s last words as they are', () => {
    expect(startFailureMessage('p', failed({ composeTail: ['exit status 1'] }))).toBe('Stack p did not become healthy.\nexit status 1');
  });

  test('nothing at all: one line', () => {
    expect(startFailureMessage('p', failed())).toBe('Stack p did not become healthy.');
  });

  test('an OOM kill is named, so is a crash loop', () => {
    const message = startFailureMessage('p', failed({ failing: [diagnosis('db', { state: 'restarting', oomKilled: true, restartCount: 4 })] }));
    expect(message).toBe('Stack p did not become healthy.\ndb: restarting (crash loop), killed by the kernel for exceeding its memory limit (OOM), 4 restarts');
  });
});

test('tellStartFailure: a group per failing service, its container\'s words only as output', async () => {
  const lines: string[] = [];
  const log = {
    info: (line: string) => void lines.push(`info ${line}`),
    output: (text: string | readonly string[]) => void lines.push(`output ${[text].flat().join(' | ')}`),
    group: async (name: string, fn: () => Promise<unknown>) => (lines.push(`group ${name}`), fn()),
  };
  await tellStartFailure(log as never, failed({ failing: [diagnosis('db', { health: 'unhealthy', healthLog: [{ exitCode: 1, output: '::error::fake' }], logTail: ['FATAL: password authentication failed'] })] }));
  expect(lines[0]).toBe("group db: unhealthy, last health check: exit 1 '::error::fake' — health checks and last 1 log lines");
  expect(lines).toContain('output ::error::fake');
  expect(lines.some((line) => line.startsWith('info') && line.includes('FATAL'))).toBe(false);
});
