import { describe, expect, test } from 'vitest';
import type { ComposeModel } from '../../../src/compose/model.js';
import { cpuLimit, memoryLimitBytes, portKey, portsCollide, publishedPorts, stackReservation, tmpfsMounts } from '../../../src/compose/resources.js';

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

  test('the reservation: limits plus tmpfs sizes, times replicas; unbounded parts named', () => {
    const reservation = stackReservation(model);
    expect(reservation.services.map((s) => [s.service, s.totalBytes])).toEqual([
      ['app', 2 * (1024 * MiB + MiB)],
      ['db', 512 * MiB + 256 * MiB],
      ['worker', 0],
    ]);
    expect(reservation.totalBytes).toBe(2 * (1024 * MiB + MiB) + 768 * MiB);
    expect(reservation.unlimited).toEqual(['worker']);
    expect(reservation.unsizedTmpfs).toEqual(['db:/tmp']);
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
