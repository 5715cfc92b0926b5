import { describe, expect, test } from 'vitest';
import type { ComposeModel } from '../../../src/compose/model.js';
import { cpuLimit, memoryLimitBytes, memoryReservationBytes, portKey, portsCollide, publishedPorts, shmBytes, stackReservation, tmpfsMounts } from '../../../src/compose/resources.js';

const MiB = 1024 ** 2;

// Shaped as `docker compose config --format json` prints it (sizes as byte strings).
const model: ComposeModel = {
  name: 'p',
  services: {
    db: {
      mem_limit: String(512 * MiB),
      cpus: 0.5,
      tmpfs: ['/var/lib/postgresql/data:size=256m', '/tmp'],
      ports: [
        { target: 5432, published: '5434', protocol: 'tcp', host_ip: '' },
        { target: 6000, published: '6000-6002', protocol: 'udp', host_ip: '127.0.0.1' },
      ],
    },
    app: {
      deploy: { replicas: 2, resources: { limits: { memory: String(1024 * MiB), cpus: '1' } } },
      volumes: [
        { type: 'tmpfs', target: '/cache', tmpfs: { size: String(MiB) } },
        { type: 'volume', source: 'data', target: '/data' },
      ],
      ports: [{ target: 80 }],
    },
    worker: {},
  },
};

describe('stack resources', () => {
  test('memory and CPU limits, in either spelling', () => {
    expect(memoryLimitBytes(model.services.db!)).toBe(512 * MiB);
    expect(memoryLimitBytes(model.services.app!)).toBe(1024 * MiB);
    expect(memoryLimitBytes(model.services.worker!)).toBeUndefined();
    expect(cpuLimit(model.services.db!)).toBe(0.5);
    expect(cpuLimit(model.services.app!)).toBe(1);
    expect(cpuLimit(model.services.worker!)).toBeUndefined();
  });

  test('tmpfs mounts from both places, sized or not', () => {
    expect(tmpfsMounts(model.services.db!)).toEqual([
      { target: '/var/lib/postgresql/data', sizeBytes: 256 * MiB, declaredIn: 'tmpfs', index: 0 },
      { target: '/tmp', sizeBytes: undefined, declaredIn: 'tmpfs', index: 1 },
    ]);
    expect(tmpfsMounts(model.services.app!)).toEqual([{ target: '/cache', sizeBytes: MiB, declaredIn: 'volumes', index: 0 }]);
  });

  test('the reservation: each limit (tmpfs inside it), times replicas; unbounded parts named', () => {
    const reservation = stackReservation(model);
    expect(reservation.services.map((s) => [s.service, s.basis, s.totalBytes])).toEqual([
      ['app', 'limit', 2 * 1024 * MiB],
      ['db', 'limit', 512 * MiB],
      ['worker', 'floor', 0],
    ]);
    expect(reservation.totalBytes).toBe(2 * 1024 * MiB + 512 * MiB);
    expect(reservation.unlimited).toEqual(['worker']);
    // db's unsized /tmp is bounded by db's limit: it does not make the total a floor.
    expect(reservation.unsizedTmpfs).toEqual([]);
  });

  test('a limited service with tmpfs as large as its limit reserves the limit, not twice it', () => {
    const equal: ComposeModel = { name: 'p', services: { db: { mem_limit: String(256 * MiB), tmpfs: ['/data:size=256m'], shm_size: String(64 * MiB) } } };
    expect(stackReservation(equal).totalBytes).toBe(256 * MiB);
  });

  test('without a limit the reservation is at least tmpfs, shm and declared sizes, times replicas', () => {
    const unlimited: ComposeModel = {
      name: 'p',
      services: {
        jvm: { scale: 2, environment: { JAVA_TOOL_OPTIONS: '-Xmx512m' }, tmpfs: ['/tmp:size=64m', '/run'], shm_size: String(128 * MiB) },
        share: { environment: { JAVA_OPTS: '-XX:MaxRAMPercentage=75' } },
      },
    };
    const reservation = stackReservation(unlimited);
    expect(reservation.services).toEqual([
      { service: 'jvm', replicas: 2, memoryLimitBytes: undefined, tmpfsBytes: 64 * MiB, shmBytes: 128 * MiB, declaredBytes: 512 * MiB, basis: 'floor', totalBytes: 2 * (64 + 128 + 512) * MiB },
      // A share of a limit it does not have declares nothing.
      { service: 'share', replicas: 1, memoryLimitBytes: undefined, tmpfsBytes: 0, shmBytes: 0, declaredBytes: 0, basis: 'floor', totalBytes: 0 },
    ]);
    expect(reservation.unsizedTmpfs).toEqual(['jvm:/run']);
    expect(reservation.unlimited).toEqual(['jvm', 'share']);
  });

  test('memory reservations and shm sizes, when set', () => {
    expect(memoryReservationBytes({ mem_reservation: String(64 * MiB) })).toBe(64 * MiB);
    expect(memoryReservationBytes({ deploy: { resources: { reservations: { memory: '1g' } } } })).toBe(1024 * MiB);
    expect(memoryReservationBytes({})).toBeUndefined();
    expect(shmBytes({ shm_size: '2147483648' })).toBe(2048 * MiB);
    expect(shmBytes({})).toBeUndefined();
  });

  test('published ports: ranges expanded, ephemeral ports ignored, addresses normalised', () => {
    expect(publishedPorts(model).map(portKey)).toEqual(['tcp/5434', 'udp/127.0.0.1:6000', 'udp/127.0.0.1:6001', 'udp/127.0.0.1:6002']);
  });

  test.each([
    [{ hostIp: '', port: 5432, protocol: 'tcp' }, { hostIp: '127.0.0.1', port: 5432, protocol: 'tcp' }, true],
    [{ hostIp: '127.0.0.1', port: 5432, protocol: 'tcp' }, { hostIp: '127.0.0.2', port: 5432, protocol: 'tcp' }, false],
    [{ hostIp: '', port: 5432, protocol: 'tcp' }, { hostIp: '', port: 5432, protocol: 'udp' }, false],
    [{ hostIp: '', port: 5432, protocol: 'tcp' }, { hostIp: '', port: 5433, protocol: 'tcp' }, false],
  ] as const)('collide(%j, %j) = %s', (a, b, expected) => {
    expect(portsCollide(a, b)).toBe(expected);
  });
});
