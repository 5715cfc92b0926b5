import { describe, expect, test } from 'vitest';
import { DURABILITY_RULES, durabilitySwitches } from '../../../../src/policy/rules/durability.js';
import { hitsOf, placed, ruleContext } from '../rule-context.js';

// unsafe-durability: switches that stop a database waiting for the disk, found in the command,
// the entrypoint or the environment — the variable named, its value never repeated.

describe('durabilitySwitches', () => {
  test.each([
    [{ command: 'postgres -c fsync=off' }, ['fsync=off command']],
    [{ command: ['postgres', '-c', 'synchronous_commit=local', '-c', 'full_page_writes=false'] }, ['synchronous_commit=off command', 'full_page_writes=off command']],
    [{ command: '--innodb-flush-log-at-trx-commit=2 --sync-binlog=0 --skip-innodb-doublewrite' }, ['innodb_flush_log_at_trx_commit=0/2 command', 'sync_binlog=0 command', 'innodb_doublewrite=off command']],
    [{ entrypoint: ['redis-server', '--appendfsync', 'no'] }, ['appendfsync no entrypoint']],
    [{ command: 'mongod --nojournal' }, ['--nojournal command']],
    [{ environment: { ES_JAVA_OPTS: '-Xmx1g', OPTS: '-Etranslog.durability=async' } }, ['translog.durability=async environment OPTS']],
    // Durable settings and look-alikes are not switches.
    [{ command: 'postgres -c fsync=on -c synchronous_commit=on' }, []],
    [{ command: 'postgres -c wal_fsync=off_site' }, []],
    [{ command: '--innodb-flush-log-at-trx-commit=1' }, []],
  ])('%j → %j', (service, expected) => {
    expect(durabilitySwitches(service as never).map((found) => [found.name, found.in, found.variable].filter(Boolean).join(' '))).toEqual(expected);
  });
});

describe('unsafe-durability', () => {
  const yaml = `services:
  pg:
    image: postgres:15
    mem_limit: "536870912"
    command: ["postgres", "-c", "fsync=off"]
  mysql:
    image: mysql:8
    environment:
      MYSQLD_OPTS: --innodb-flush-log-at-trx-commit=0
  safe:
    image: postgres:15
    command: postgres
`;

  test('each switch at the entry that sets it, with the memory it may cost', () => {
    const hits = hitsOf(DURABILITY_RULES, 'unsafe-durability', ruleContext(yaml));
    expect(placed(hits)).toEqual(['mysql@9', 'pg@5']);
    expect(hits[1]!.message).toBe(
      "PostgreSQL durability is off in pg (fsync=off, in its command): fine for throwaway test data, but unflushed writes wait in the page cache, charged to the container's memory — bounded by its 512 MiB memory limit.",
    );
    expect(hits[0]!.message).toContain('in its environment variable MYSQLD_OPTS');
    expect(hits[0]!.message).toContain('unbounded, as the service has no memory limit');
    expect(hits[0]!.message).not.toContain('trx-commit=0');
  });
});
