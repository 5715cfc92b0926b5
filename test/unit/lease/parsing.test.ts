import { describe, expect, test } from 'vitest';
import { describeBudget, parseMemoryBudget, resolveMemoryBudget } from '../../../src/lease/budget.js';
import { orderKey } from '../../../src/lease/order.js';
import { leaseRequestForStack, overlap, parsePortFlag, parsePortKey } from '../../../src/lease/request.js';
import { LEASE_INPUTS, parseLeaseSettings } from '../../../src/settings/lease.js';
import type { ComposeModel } from '../../../src/compose/model.js';

const GiB = 1024 ** 3;

describe('memory budget', () => {
  test.each([
    ['75%', 16 * GiB, 12 * GiB, "75% of the daemon's 16 GiB"],
    ['100%', 8 * GiB, 8 * GiB, "100% of the daemon's 8 GiB"],
    ['6g', 16 * GiB, 6 * GiB, 'memory-budget 6g'],
    [' 6GiB ', 2 * GiB, 6 * GiB, 'memory-budget 6GiB'],
    ['512m', 2 * GiB, 512 * 1024 ** 2, 'memory-budget 512m'],
  ])('%s on a daemon with %d bytes', (text, total, bytes, label) => {
    const budget = parseMemoryBudget(text);
    if ('error' in budget) throw new Error(budget.error);
    expect(resolveMemoryBudget(budget, total)).toEqual({ bytes, label });
  });

  test.each([
    ['6 gigs', "'6 gigs' is not a size or a share; use 6g, 6GiB or 75%"],
    ['0', "'0' is not a size or a share; use 6g, 6GiB or 75%"],
    ['150%', "'150%' is not a percentage between 0% and 100%; use 75%, 6g or 6GiB"],
    ['0%', "'0%' is not a percentage between 0% and 100%; use 75%, 6g or 6GiB"],
  ])('%s is refused', (text, error) => {
    expect(parseMemoryBudget(text)).toEqual({ error });
  });

  test('described with its origin', () => {
    expect(describeBudget({ bytes: 12 * GiB, label: "75% of the daemon's 16 GiB" })).toBe("12 GiB (75% of the daemon's 16 GiB)");
  });
});

describe('lease settings (the action inputs)', () => {
  const raw = { lockGroup: '', memoryBudget: '', lockTimeout: '', leaseTtl: '' };

  test('defaults', () => {
    expect(parseLeaseSettings(raw)).toEqual({
      settings: { groups: [], memoryBudget: { kind: 'share', fraction: 0.75, text: '75%' }, lockTimeoutMs: 30 * 60_000, leaseTtlMs: 6 * 3_600_000, namespace: 'default' },
    });
    expect(Object.values(LEASE_INPUTS).map((input) => [input.name, input.default])).toEqual([
      ['lock-group', ''],
      ['memory-budget', '75%'],
      ['lock-timeout', '30m'],
      ['lease-ttl', '6h'],
      ['lease-namespace', 'default'],
    ]);
  });

  test('lists, sizes and durations', () => {
    expect(parseLeaseSettings({ lockGroup: 'test-stack\nshared-db, test-stack', memoryBudget: '6g', lockTimeout: '90s', leaseTtl: '2h' })).toEqual({
      settings: { groups: ['test-stack', 'shared-db'], memoryBudget: { kind: 'size', bytes: 6 * GiB, text: '6g' }, lockTimeoutMs: 90_000, leaseTtlMs: 2 * 3_600_000, namespace: 'default' },
    });
  });

  test('every problem at once, each naming its input', () => {
    const result = parseLeaseSettings({ lockGroup: 'ok, bad group!', memoryBudget: '6 gigs', lockTimeout: 'soon', leaseTtl: '30s' });
    expect(result).toEqual({
      problems: [
        "lock-group: 'bad group!' is not a group name; use letters, digits and . _ : / @ - (up to 100)",
        "memory-budget: '6 gigs' is not a size or a share; use 6g, 6GiB or 75%",
        "lock-timeout: 'soon' is not a duration; use a number with a unit, like 90s, 1m30s, 500ms or 2h (a bare number means seconds)",
        "lease-ttl: '30s' is shorter than the minimum of 1m",
      ],
    });
  });
});

describe('ports', () => {
  test.each([
    ['5432', 'tcp/5432'],
    ['5432/udp', 'udp/5432'],
    ['127.0.0.1:5432', 'tcp/127.0.0.1:5432'],
    ['0.0.0.0:80', 'tcp/80'],
    ['[::1]:8080/tcp', 'tcp/::1:8080'],
  ])('--port %s is %s', (flag, key) => {
    expect(parsePortFlag(flag)).toBe(key);
    expect(parsePortKey(key)).toBeDefined();
  });

  test.each(['0', '70000', 'http', '5432/icmp', ''])('--port %j is refused', (flag) => {
    expect(parsePortFlag(flag)).toHaveProperty('error');
  });

  test.each([
    [['tcp/5432'], ['tcp/5432'], ['tcp/5432']],
    [['tcp/5432'], ['tcp/127.0.0.1:5432'], ['tcp/127.0.0.1:5432']],
    [['tcp/::1:5432'], ['tcp/5432'], ['tcp/5432']],
    [['tcp/127.0.0.1:5432'], ['tcp/::1:5432'], []],
    [['udp/5432'], ['tcp/5432'], []],
  ])('%j and %j share %j', (a, b, shared) => {
    expect(overlap({ ports: a, groups: [] }, { ports: b, groups: [] }).ports).toEqual(shared);
  });

  test('a stack asks for its fixed published ports and its reservation', () => {
    const model = {
      name: 'p',
      services: {
        db: { image: 'postgres', ports: [{ target: 5432, published: '5434', protocol: 'tcp' }], mem_limit: '1g', tmpfs: ['/data:size=256m'] },
        cache: { image: 'redis', ports: [{ target: 6379 }, { target: 6379, published: '6380', host_ip: '127.0.0.1' }], deploy: { resources: { limits: { memory: '256m' } } } },
      },
    } as unknown as ComposeModel;
    expect(leaseRequestForStack(model, 'p', ['it', 'it'])).toEqual({
      project: 'p',
      groups: ['it'],
      ports: ['tcp/127.0.0.1:6380', 'tcp/5434'],
      // db's 256 MiB tmpfs is inside its 1 GiB limit: the kernel charges tmpfs pages to it.
      memoryBytes: 1.25 * GiB,
    });
  });
});

describe('queue order from the daemon clock', () => {
  test.each([
    ['2026-11-27T10:00:00.5Z', '2026-11-27T10:00:00.123456789Z'],
    ['2026-11-27T10:00:01Z', '2026-11-27T10:00:00.999999999Z'],
    ['2026-11-27T10:00:00.00000001Z', '2026-11-27T10:00:00.000000009Z'],
  ])('%s is after %s, though it sorts before it as text', (later, earlier) => {
    expect(orderKey(later)! > orderKey(earlier)!).toBe(true);
  });

  test('timezone offsets and garbage', () => {
    expect(orderKey('2026-11-27T11:00:00.5+01:00')).toBe(orderKey('2026-11-27T10:00:00.5Z'));
    expect(orderKey('yesterday')).toBeUndefined();
  });
});
