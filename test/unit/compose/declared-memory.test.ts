import { describe, expect, test } from 'vitest';
import { declaredBytes, declaredCpus, declaredMemory } from '../../../src/compose/declared-memory.js';
import type { ComposeService } from '../../../src/compose/model.js';
import { jvmSize, mysqlSize, postgresSize, redisSize } from '../../../src/compose/program-sizes.js';

const KiB = 1024;
const MiB = 1024 ** 2;
const GiB = 1024 ** 3;

describe("each program's size grammar", () => {
  test.each([
    ['512m', 512 * MiB],
    ['2G', 2 * GiB],
    ['1048576', MiB],
    ['64k', 64 * KiB],
    ['1t', 1024 * GiB],
    ['1.5g', undefined],
    ['512mb', undefined],
  ])('JVM %s', (text, bytes) => expect(jvmSize(text)).toBe(bytes));

  test.each([
    ['512mb', 512 * MiB],
    ['512MB', 512 * MiB],
    ['512m', 512_000_000],
    ['1gb', GiB],
    ['1g', 1_000_000_000],
    ['100kb', 100 * KiB],
    ['100k', 100_000],
    ['4096', 4096],
    ['1.5gb', undefined],
    ['512 mb', undefined],
  ])('Redis %s', (text, bytes) => expect(redisSize(text)).toBe(bytes));

  test.each([
    ['1GB', GiB],
    ['128MB', 128 * MiB],
    ['512kB', 512 * KiB],
    ['16384', 16384 * 8 * KiB],
    ['1gb', undefined],
    ['1Gb', undefined],
  ])('PostgreSQL shared_buffers %s', (text, bytes) => expect(postgresSize(text, 8 * KiB)).toBe(bytes));

  test.each([
    ['1G', GiB],
    ['1g', GiB],
    ['512M', 512 * MiB],
    ['134217728', 128 * MiB],
    ['1GB', undefined],
  ])('mysqld %s', (text, bytes) => expect(mysqlSize(text)).toBe(bytes));
});

const only = (service: ComposeService) => declaredMemory(service).map((d) => ({ program: d.program, flag: d.flag, where: d.where, bytes: d.bytes, share: d.shareOfLimit }));

describe('what services declare', () => {
  test.each<[string, ComposeService, Array<Record<string, unknown>>]>([
    ['-Xmx in ES_JAVA_OPTS', { environment: { ES_JAVA_OPTS: '-Xms512m -Xmx512m' } }, [{ program: 'jvm', flag: '-Xmx512m', where: { in: 'environment', variable: 'ES_JAVA_OPTS' }, bytes: 512 * MiB }]],
    ['-XX:MaxHeapSize in KAFKA_HEAP_OPTS', { environment: { KAFKA_HEAP_OPTS: '-XX:MaxHeapSize=1g' } }, [{ program: 'jvm', flag: '-XX:MaxHeapSize=1g', bytes: GiB }]],
    ['the later -Xmx of one text wins', { environment: { JAVA_OPTS: '-Xmx2g -Xmx256m' } }, [{ program: 'jvm', flag: '-Xmx256m', bytes: 256 * MiB }]],
    ['_JAVA_OPTIONS overrides the command line', { command: ['java', '-Xmx2g', '-jar', 'a.jar'], environment: { _JAVA_OPTIONS: '-Xmx128m' } }, [{ program: 'jvm', flag: '-Xmx128m', where: { in: 'environment', variable: '_JAVA_OPTIONS' }, bytes: 128 * MiB }]],
    ['the command line overrides JAVA_TOOL_OPTIONS', { command: ['java', '-Xmx2g', '-jar', 'a.jar'], environment: { JAVA_TOOL_OPTIONS: '-Xmx128m' } }, [{ program: 'jvm', flag: '-Xmx2g', where: { in: 'command' }, bytes: 2 * GiB }]],
    ['a JVM inside sh -c', { command: ['sh', '-c', 'exec java "-Xmx300m" -jar app.jar'] }, [{ program: 'jvm', flag: '-Xmx300m', bytes: 300 * MiB }]],
    ['MaxRAMPercentage alone is a share of the limit', { environment: { JAVA_OPTS: '-XX:MaxRAMPercentage=80.0' } }, [{ program: 'jvm', flag: '-XX:MaxRAMPercentage=80.0', share: 0.8 }]],
    ['MaxRAM with the default 25 %', { environment: { JAVA_TOOL_OPTIONS: '-XX:MaxRAM=2g' } }, [{ program: 'jvm', flag: '-XX:MaxRAM=2g', bytes: 512 * MiB }]],
    ['MaxRAM with MaxRAMFraction', { environment: { JAVA_OPTS: '-XX:MaxRAM=1g -XX:MaxRAMFraction=2' } }, [{ program: 'jvm', flag: '-XX:MaxRAM=1g -XX:MaxRAMFraction=2', bytes: 512 * MiB }]],
    ['-Xmx wins over the percentage flags', { environment: { JAVA_OPTS: '-XX:MaxRAMPercentage=90 -Xmx64m' } }, [{ program: 'jvm', flag: '-Xmx64m', bytes: 64 * MiB }]],
    ['Redis --maxmemory in a string command', { command: 'redis-server --maxmemory 512mb' }, [{ program: 'redis', flag: '--maxmemory 512mb', where: { in: 'command' }, bytes: 512 * MiB }]],
    ['Redis --maxmemory in REDIS_ARGS', { environment: { REDIS_ARGS: '--maxmemory 100mb --save ""' } }, [{ program: 'redis', flag: '--maxmemory 100mb', where: { in: 'environment', variable: 'REDIS_ARGS' }, bytes: 100 * MiB }]],
    ['Redis --maxmemory 0 is no limit', { command: ['redis-server', '--maxmemory', '0'] }, []],
    ['Redis does not read --maxmemory=…', { command: ['redis-server', '--maxmemory=512mb'] }, []],
    ['PostgreSQL -c shared_buffers with the default 100 connections', { command: ['postgres', '-c', 'shared_buffers=1GB'] }, [{ program: 'postgres', flag: 'shared_buffers=1GB', bytes: GiB + 100 * MiB }]],
    ['PostgreSQL --shared-buffers and -N', { command: ['postgres', '--shared-buffers=256MB', '-N', '20'] }, [{ program: 'postgres', flag: 'shared_buffers=256MB', bytes: 256 * MiB + 20 * MiB }]],
    ['PostgreSQL max_connections', { command: 'postgres -c shared_buffers=128MB -c max_connections=300' }, [{ program: 'postgres', bytes: 128 * MiB + 300 * MiB }]],
    ['PostgreSQL refuses 1gb, so nothing is declared', { command: ['postgres', '-c', 'shared_buffers=1gb'] }, []],
    ['mysqld --innodb_buffer_pool_size', { command: ['--innodb_buffer_pool_size=2G'] }, [{ program: 'mysql', flag: '--innodb-buffer-pool-size=2G', bytes: 2 * GiB }]],
    ['mysqld --innodb-buffer-pool-size as two words', { command: ['mysqld', '--innodb-buffer-pool-size', '256M'] }, [{ program: 'mysql', flag: '--innodb-buffer-pool-size 256M', bytes: 256 * MiB }]],
    ['Node in NODE_OPTIONS', { environment: { NODE_OPTIONS: '--enable-source-maps --max-old-space-size=2048' } }, [{ program: 'node', flag: '--max-old-space-size=2048', bytes: 2 * GiB }]],
    ['the Node command line overrides NODE_OPTIONS', { command: ['node', '--max_old_space_size=512', 'a.js'], environment: { NODE_OPTIONS: '--max-old-space-size=4096' } }, [{ program: 'node', where: { in: 'command' }, bytes: 512 * MiB }]],
    ['other variables are not read', { environment: { MY_OPTS: '-Xmx4g', PASSWORD: '--maxmemory 1gb' } }, []],
  ])('%s', (_name, service, expected) => {
    expect(only(service)).toEqual(expected.map((entry) => expect.objectContaining(entry)));
  });

  test('a share of the limit resolves only under a limit', () => {
    const [percent] = declaredMemory({ environment: { JAVA_OPTS: '-XX:MaxRAMPercentage=50' } });
    expect(declaredBytes(percent!, 512 * MiB)).toBe(256 * MiB);
    expect(declaredBytes(percent!, undefined)).toBeUndefined();
  });

  test('the flag shown holds the switch and its size, never the rest of the value', () => {
    const [heap] = declaredMemory({ environment: { JAVA_TOOL_OPTIONS: '-Dpassword=hunter2 -Xmx512m -Dtoken=abc' } });
    expect(heap!.flag).toBe('-Xmx512m');
    expect(JSON.stringify(heap)).not.toMatch(/hunter2|abc/);
  });

  test.each<[string, ComposeService, { cpus: number; because: string } | undefined]>([
    ['a CPU reservation', { deploy: { resources: { reservations: { cpus: '2' } } } }, { cpus: 2, because: 'deploy.resources.reservations.cpus' }],
    ['cpu_count', { cpu_count: 3 }, { cpus: 3, because: 'cpu_count' }],
    ['-XX:ActiveProcessorCount', { environment: { JAVA_TOOL_OPTIONS: '-XX:ActiveProcessorCount=4' } }, { cpus: 4, because: '-XX:ActiveProcessorCount=4' }],
    ['nothing', { image: 'busybox' }, undefined],
  ])('declared CPUs: %s', (_name, service, expected) => {
    expect(declaredCpus(service)).toEqual(expected);
  });
});
