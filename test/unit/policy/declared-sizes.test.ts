import { describe, expect, test } from 'vitest';
import type { ComposeService } from '../../../src/compose/model.js';
import { declaredSizes, persistenceSwitches } from '../../../src/policy/declared-sizes.js';

// compare's reader of what a service tells its program: each program's own size grammar.

const MiB = 1024 ** 2;

describe('declaredSizes', () => {
  test.each<[string, ComposeService, Array<{ what: string; bytes?: number; percentOfLimit?: number }>]>([
    ['no flags', { image: 'busybox:1', command: ['sleep', '1'] }, []],
    ['-Xmx in JAVA_OPTS', { environment: { JAVA_OPTS: '-Xms128m -Xmx512m' } }, [{ what: 'JVM heap', bytes: 512 * MiB }]],
    ['_JAVA_OPTIONS read last wins over the command', { command: ['java', '-Xmx1g', '-jar', 'app.jar'], environment: { _JAVA_OPTIONS: '-Xmx256m' } }, [{ what: 'JVM heap', bytes: 256 * MiB }]],
    ['ES_JAVA_OPTS in bytes', { environment: { ES_JAVA_OPTS: '-Xmx1073741824' } }, [{ what: 'JVM heap', bytes: 1024 * MiB }]],
    ['MaxRAMPercentage alone: a share of the limit', { environment: { JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=75.0' } }, [{ what: 'JVM heap', percentOfLimit: 75 }]],
    ['Redis mb is 1024-based', { command: ['redis-server', '--maxmemory', '512mb'] }, [{ what: 'Redis maxmemory', bytes: 512 * MiB }]],
    ['Redis m is 1000-based', { command: ['redis-server', '--maxmemory', '100m'] }, [{ what: 'Redis maxmemory', bytes: 100_000_000 }]],
    ['Redis through sh -c', { command: ['sh', '-c', 'exec redis-server --maxmemory 2gb --appendonly yes'] }, [{ what: 'Redis maxmemory', bytes: 2048 * MiB }]],
    ['PostgreSQL units', { command: ['postgres', '-c', 'shared_buffers=1GB'] }, [{ what: 'PostgreSQL shared_buffers', bytes: 1024 * MiB }]],
    ['PostgreSQL pages of 8 kB', { command: 'postgres -c shared_buffers=4096' }, [{ what: 'PostgreSQL shared_buffers', bytes: 32 * MiB }]],
    ['PostgreSQL -cname=value', { command: ['postgres', '-cshared_buffers=64MB'] }, [{ what: 'PostgreSQL shared_buffers', bytes: 64 * MiB }]],
    ['InnoDB buffer pool, dashes or underscores', { command: ['mysqld', '--innodb-buffer-pool-size=2G'] }, [{ what: 'InnoDB buffer pool', bytes: 2048 * MiB }]],
    ['Node old space in MiB', { environment: { NODE_OPTIONS: '--max-old-space-size=4096' } }, [{ what: 'Node old space', bytes: 4096 * MiB }]],
    ['a size that is not one is not reported', { command: ['redis-server', '--maxmemory', '${LIMIT}'] }, []],
  ])('%s', (_name, service, expected) => {
    expect(declaredSizes(service)).toEqual(expected);
  });
});

describe('persistenceSwitches', () => {
  test.each<[string, ComposeService, string[]]>([
    ['none written', { command: ['redis-server'] }, []],
    ['Redis appendonly and an empty save', { command: ['redis-server', '--save', '', '--appendonly', 'no'] }, ['Redis appendonly no', 'Redis save off']],
    ['Redis save with a schedule', { command: ['redis-server', '--save', '60', '1000'] }, ['Redis save on']],
    ['Redis save "" in a script', { command: ['sh', '-c', 'redis-server --save "" --appendonly yes'] }, ['Redis appendonly yes', 'Redis save off']],
    ['PostgreSQL fsync off', { command: ['postgres', '-c', 'fsync=off'] }, ['PostgreSQL fsync off']],
    ['PostgreSQL fsync on, from the environment is not read', { command: ['postgres', '-c', 'fsync=on'], environment: { PGOPTIONS: '-c fsync=off' } }, ['PostgreSQL fsync on']],
  ])('%s', (_name, service, expected) => {
    expect(persistenceSwitches(service)).toEqual(expected);
  });
});
