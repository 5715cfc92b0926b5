import { describe, expect, test } from 'vitest';
import { CLIENT_API_VERSION, negotiateApiVersion } from '../../../src/adapters/docker-api.js';

describe('negotiateApiVersion', () => {
  test.each([
    ['engine 20.10', { apiVersion: '1.41', minApiVersion: '1.12' }, '1.41'],
    ['engine 28.5, the newest tested', { apiVersion: '1.51', minApiVersion: '1.24' }, '1.51'],
    ['a newer engine speaks our version too', { apiVersion: '1.52', minApiVersion: '1.44' }, '1.51'],
    ['minor versions compare as numbers, not text', { apiVersion: '1.100', minApiVersion: '1.44' }, '1.51'],
    ['an engine that dropped our version: its minimum, the nearest it takes', { apiVersion: '1.60', minApiVersion: '1.55' }, '1.55'],
    ['no minimum reported', { apiVersion: '1.40' }, '1.40'],
    ['no version reported: unversioned requests', {}, undefined],
    ['garbage is not sent as a path', { apiVersion: '1.41/../x' }, undefined],
  ])('%s', (_, server, expected) => {
    expect(negotiateApiVersion(server)).toBe(expected);
  });

  test('the client side is the newest engine CI runs', () => {
    expect(CLIENT_API_VERSION).toBe('1.51');
    expect(negotiateApiVersion({ apiVersion: '1.45' }, '1.44')).toBe('1.44');
  });
});
