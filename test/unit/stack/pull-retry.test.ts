import { describe, expect, test } from 'vitest';
import { classifyPullFailure, PULL_RETRY, rateLimitHelp, retryDelay } from '../../../src/stack/pull-retry.js';

describe('which pull failures are worth another attempt', () => {
  test.each([
    ['toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating', 'rate-limit'],
    ['received unexpected HTTP status: 429 Too Many Requests', 'rate-limit'],
    ['received unexpected HTTP status: 503 Service Unavailable', 'transient'],
    ['received unexpected HTTP status: 502 Bad Gateway', 'transient'],
    ['received unexpected HTTP status: 500 Internal Server Error', 'transient'],
    ['Get "http://127.0.0.1:5000/v2/": dial tcp 127.0.0.1:5000: connect: connection refused', 'transient'],
    ['read tcp 10.0.0.2:51234->104.18.121.25:443: read: connection reset by peer', 'transient'],
    ['net/http: TLS handshake timeout', 'transient'],
    ['Get "https://registry-1.docker.io/v2/": context deadline exceeded', 'transient'],
    ['dial tcp: lookup registry-1.docker.io: Temporary failure in name resolution', 'transient'],
    ['unexpected EOF', 'transient'],
    ['manifest for acme/app:1 not found: manifest unknown: manifest unknown', 'permanent'],
    ["pull access denied for acme/private, repository does not exist or may require 'docker login'", 'permanent'],
    ['unauthorized: authentication required', 'permanent'],
    ['invalid reference format', 'permanent'],
  ])('%s → %s', (text, kind) => {
    expect(classifyPullFailure(text)).toBe(kind);
  });

  test('our own timeout of an attempt is transient: a slow registry', () => {
    expect(classifyPullFailure('', true)).toBe('transient');
    // ...but a rate limit stays a rate limit.
    expect(classifyPullFailure('toomanyrequests', true)).toBe('rate-limit');
  });
});

describe('the retry schedule: bounded in count and in time', () => {
  const full = () => 1;
  test.each([
    [1, 0, 2000],
    [2, 2500, 4000],
    [3, 7000, 8000],
    [4, 16_000, undefined],
  ])('after %i failed attempts (%i ms in): wait %s', (failed, elapsed, wait) => {
    expect(retryDelay(PULL_RETRY, failed, elapsed, full)).toBe(wait);
  });

  test('waits are capped, and none starts past the window', () => {
    const long = { attempts: 10, firstDelayMs: 2000, maxDelayMs: 5000, windowMs: 20_000 };
    expect(retryDelay(long, 5, 0, full)).toBe(5000);
    expect(retryDelay(long, 2, 16_500, full)).toBeUndefined();
    expect(retryDelay(long, 2, 15_000, full)).toBe(4000);
  });

  test('jitter spreads a wait over its upper half', () => {
    expect(retryDelay(PULL_RETRY, 2, 0, () => 0)).toBe(2000);
    expect(retryDelay(PULL_RETRY, 2, 0, () => 0.5)).toBe(3000);
    const total = [1, 2, 3].reduce((sum, failed) => sum + retryDelay(PULL_RETRY, failed, 0, full)!, 0);
    expect(total).toBeLessThan(PULL_RETRY.windowMs);
  });

  test('the rate limit says what it is and three ways out', () => {
    const help = rateLimitHelp('postgres:15', 'toomanyrequests: You have reached your pull rate limit.');
    expect(help).toMatch(/^Pulling postgres:15 hit the registry's rate limit \(HTTP 429 toomanyrequests/);
    expect(help).toContain('docker/login-action');
    expect(help).toContain('registry-mirrors');
    expect(help).toContain('image-cache: true');
  });
});
