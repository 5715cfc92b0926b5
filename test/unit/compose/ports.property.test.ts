import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ComposeModel } from '../../../src/compose/model.js';
import { portKey, portsCollide, publishedPorts } from '../../../src/compose/resources.js';

const protocol = fc.constantFrom('tcp', 'udp');
const hostIp = fc.constantFrom('', '0.0.0.0', '127.0.0.1', '10.0.0.5', '::');

describe('published ports properties', () => {
  test('a range publishes every port in it, once, in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 65000 }), fc.nat({ max: 200 }), protocol, (from, span, proto) => {
        const model: ComposeModel = { name: 'p', services: { s: { ports: [{ target: 80, published: `${from}-${from + span}`, protocol: proto }] } } };
        expect(publishedPorts(model).map((port) => port.port)).toEqual(Array.from({ length: span + 1 }, (_, i) => from + i));
      }),
    );
  });

  test('garbage in published never throws and claims nothing', () => {
    fc.assert(
      fc.property(fc.string().filter((text) => !/^\d+(-\d+)?$/.test(text)), (published) => {
        const model: ComposeModel = { name: 'p', services: { s: { ports: [{ target: 80, published }] } } };
        expect(publishedPorts(model)).toEqual([]);
      }),
    );
  });

  test('collision is symmetric, and equal keys always collide', () => {
    const port = fc.record({ hostIp: hostIp.map((ip) => (ip === '0.0.0.0' || ip === '::' ? '' : ip)), port: fc.integer({ min: 1, max: 65535 }), protocol });
    fc.assert(
      fc.property(port, port, (a, b) => {
        expect(portsCollide(a, b)).toBe(portsCollide(b, a));
        if (portKey(a) === portKey(b)) expect(portsCollide(a, b)).toBe(true);
      }),
    );
  });
});
