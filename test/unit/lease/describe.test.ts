import { describe, expect, test } from 'vitest';
import { clockTime, describeBlocker, describeClaims, describeHolding, describeWho, holderView, whoFromEnv, type HolderView } from '../../../src/lease/describe.js';
import type { LeaseRecord } from '../../../src/lease/records.js';
import { identity } from './fakes.js';

// Leases as people read them in the wait messages, the timeout error, `status` and the summary.
// Record labels are anyone's writing: a claimed time the daemon's stamp contradicts is not shown.

const GiB = 1024 ** 3;
const T = Date.UTC(2026, 10, 27, 10, 0, 0);

const record = (extra: Partial<LeaseRecord> = {}): LeaseRecord => ({
  kind: 'lease',
  containerId: 'c1',
  name: 'dsa-lease.default.held.abc.0',
  namespace: 'default',
  id: 'abc',
  generation: 0,
  request: { project: 'dsa-812-1-api', groups: ['db'], ports: ['tcp/5432'], memoryBytes: 3 * GiB },
  budgetBytes: 6 * GiB,
  owner: identity(4242),
  who: { repository: 'octo/app', runId: '812.1', job: 'test', runner: 'runner-2' },
  requestedAtMs: T - 60_000,
  admittedAtMs: T - 30_000,
  renewedAtMs: T,
  stampedAtMs: T,
  ttlMs: 60_000,
  ...extra,
});

describe('whoFromEnv', () => {
  test.each([
    [{ GITHUB_REPOSITORY: 'octo/app', GITHUB_RUN_ID: '812', GITHUB_RUN_ATTEMPT: '2', GITHUB_JOB: 'test', RUNNER_NAME: 'runner-2' }, { repository: 'octo/app', runId: '812.2', job: 'test', runner: 'runner-2' }],
    [{ GITHUB_RUN_ID: '812' }, { repository: undefined, runId: '812', job: undefined, runner: 'alice@laptop' }],
    // Outside a runner: empty variables count as unset.
    [{ GITHUB_REPOSITORY: '', RUNNER_NAME: '' }, { repository: undefined, runId: undefined, job: undefined, runner: 'alice@laptop' }],
  ])('%j → %j', (env, who) => {
    expect(whoFromEnv(env, 'alice@laptop')).toEqual(who);
  });
});

describe('describeWho', () => {
  test.each([
    [{ repository: 'octo/app', runId: '812.1', job: 'test', runner: 'runner-2' }, 'octo/app run 812.1 job test on runner-2 (pid 4242)'],
    [{ runner: 'alice@laptop' }, 'alice@laptop (pid 4242)'],
    [{}, 'host-a (pid 4242)'],
  ])('%j → %s', (who, words) => {
    expect(describeWho(who, identity(4242))).toBe(words);
  });

  test('no runner and no host name', () => {
    expect(describeWho({}, identity(7, { hostname: '' }))).toBe('an unknown host (pid 7)');
  });
});

describe('describeClaims', () => {
  test.each([
    [{ groups: [], ports: [] }, 'nothing'],
    [{ groups: ['db'], ports: [] }, 'group db'],
    [{ groups: ['db', 'cache'], ports: ['tcp/5432'] }, 'groups db, cache, port tcp/5432'],
    [{ groups: [], ports: ['tcp/80', 'tcp/443'], memoryBytes: GiB }, 'ports tcp/80, tcp/443, 1 GiB of memory'],
    [{ groups: [], ports: [], memoryBytes: 0 }, 'nothing'],
  ])('%j → %s', (claims, words) => {
    expect(describeClaims(claims)).toBe(words);
  });
});

describe('holderView', () => {
  test('a lease: since its admission, what it claims, no blocking unless it blocks', () => {
    expect(holderView(record())).toEqual({
      id: 'abc',
      kind: 'lease',
      who: 'octo/app run 812.1 job test on runner-2 (pid 4242)',
      project: 'dsa-812-1-api',
      groups: ['db'],
      ports: ['tcp/5432'],
      memoryBytes: 3 * GiB,
      sinceMs: T - 30_000,
      blocking: undefined,
    });
  });

  test.each([
    ['a ticket: since it asked', { kind: 'ticket' as const, admittedAtMs: undefined }, T - 60_000],
    ['a claimed time well after the daemon\'s stamp is not believed', { admittedAtMs: T + 3_600_000 }, T],
    ['a claim within a minute of the stamp (clocks a little apart) is', { admittedAtMs: T + 59_000 }, T + 59_000],
  ])('%s', (_name, extra, since) => {
    expect(holderView(record(extra)).sinceMs).toBe(since);
  });
});

describe('describing a blocker', () => {
  const view = (blocking?: HolderView['blocking']): HolderView => ({ ...holderView(record()), blocking });

  test.each([
    ['a holder by a group and a port', { as: 'holder', ports: ['tcp/5432'], groups: ['db'], memory: false }, 'octo/app run 812.1 job test on runner-2 (pid 4242) for project dsa-812-1-api holds group db, port tcp/5432 since 2026-11-27 09:59:30 UTC (1m 30s)'],
    ['a holder by memory only', { as: 'holder', ports: [], groups: [], memory: true }, 'octo/app run 812.1 job test on runner-2 (pid 4242) for project dsa-812-1-api holds 3 GiB of memory since 2026-11-27 09:59:30 UTC (1m 30s)'],
    ['an earlier ticket', { as: 'earlier', ports: [], groups: ['db'], memory: false }, 'octo/app run 812.1 job test on runner-2 (pid 4242) for project dsa-812-1-api waits ahead of us for group db, since 2026-11-27 09:59:30 UTC (1m 30s)'],
  ] as const)('%s', (_name, blocking, words) => {
    expect(describeBlocker(view({ ...blocking, ports: [...blocking.ports], groups: [...blocking.groups] }), T + 60_000)).toBe(words);
  });

  test('not a blocker: everything it claims', () => {
    expect(describeBlocker(view(), T - 30_000)).toBe('octo/app run 812.1 job test on runner-2 (pid 4242) for project dsa-812-1-api holds group db, port tcp/5432, 3 GiB of memory since 2026-11-27 09:59:30 UTC (0 ms)');
  });

  test('a since in the future (another host\'s clock) is never a negative wait', () => {
    expect(describeBlocker(view(), T - 3_600_000)).toMatch(/\(0 ms\)$/);
  });

  test('describeHolding: what it holds of ours, without times', () => {
    expect(describeHolding(view({ as: 'earlier', ports: ['tcp/5432'], groups: [], memory: true }))).toBe('octo/app run 812.1 job test on runner-2 (pid 4242) for project dsa-812-1-api: port tcp/5432, 3 GiB of memory (ahead of us in the queue)');
    expect(describeHolding({ ...view(), project: '' })).toBe('octo/app run 812.1 job test on runner-2 (pid 4242): group db, port tcp/5432, 3 GiB of memory');
  });
});

test('clockTime: UTC to the second', () => {
  expect(clockTime(Date.UTC(2026, 0, 2, 3, 4, 5, 678))).toBe('2026-01-02 03:04:05 UTC');
});
