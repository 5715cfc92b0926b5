import { describe, expect, test } from 'vitest';
import { describeProbe, parseWaitFor, splitWaitFor, unknownServices, type WaitFor } from '../../../src/stack/wait-for.js';

// The wait-for grammar as a table: what each form means, and what each mistake is told.

describe('wait-for: probes', () => {
  test.each<[string, WaitFor]>([
    ['db:5432', { service: 'db', kind: 'tcp', port: 5432, text: 'db:5432' }],
    ['db:5432/tcp', { service: 'db', kind: 'tcp', port: 5432, text: 'db:5432/tcp' }],
    ['my-api.v2_x:1', { service: 'my-api.v2_x', kind: 'tcp', port: 1, text: 'my-api.v2_x:1' }],
    ['api:http:/healthz', { service: 'api', kind: 'http', path: '/healthz', text: 'api:http:/healthz' }],
    ['api:8080:http:/healthz?full=1', { service: 'api', kind: 'http', port: 8080, path: '/healthz?full=1', text: 'api:8080:http:/healthz?full=1' }],
    ['api:http:/go?to=http://x/', { service: 'api', kind: 'http', path: '/go?to=http://x/', text: 'api:http:/go?to=http://x/' }],
    ['api:http:/', { service: 'api', kind: 'http', path: '/', text: 'api:http:/' }],
    ['worker:log:/ready to accept/', { service: 'worker', kind: 'log', pattern: 'ready to accept', text: 'worker:log:/ready to accept/' }],
    ['worker:log:/a/b/', { service: 'worker', kind: 'log', pattern: 'a/b', text: 'worker:log:/a/b/' }],
    ['w:log:/(?i)READY: \\d+ workers, 0 errors/', { service: 'w', kind: 'log', pattern: '(?i)READY: \\d+ workers, 0 errors', text: 'w:log:/(?i)READY: \\d+ workers, 0 errors/' }],
  ])('%s', (text, probe) => {
    expect(parseWaitFor(text)).toEqual([probe]);
  });

  test.each([
    ['db', "'db': expected service:port, service:http:/path or service:log:/pattern/"],
    ['db:', "'db:': '' is not a port"],
    ['db:0', "'db:0': '0' is not a port (1-65535, the port inside the container)"],
    ['db:65536', "'65536' is not a port"],
    ['db:05432', "'05432' is not a port"],
    ['db:5432:5432', "'5432:5432' is not a port"],
    ['db:53/udp', "'db:53/udp': UDP ports cannot be probed from the runner; probe the log instead"],
    ['-db:5432', "'-db' is not a Compose service name"],
    ['d b:5432', "'d b' is not a Compose service name"],
    ['api:http:healthz', 'an HTTP probe is [port:]http:/path (the path starts with /)'],
    ['api:http:/a b', 'the path may hold no spaces'],
    ['api:x:http:/', "'x' is not a port"],
    ['w:log:ready', 'a log probe is log:/pattern/'],
    ['w:log://', 'a log probe is log:/pattern/'],
    ['w:log:/ready', 'a log probe is log:/pattern/'],
    [`w:log:/${'a'.repeat(1001)}/`, 'the pattern is longer than 1000 characters'],
  ])('%s is refused: %s', (text, problem) => {
    const parsed = parseWaitFor(text);
    expect('problems' in parsed ? parsed.problems.join('\n') : parsed).toContain(problem);
  });

  test('every bad probe is named at once', () => {
    expect(parseWaitFor('db:x, cache:6379\napi:http:nope')).toEqual({
      problems: ["'db:x': 'x' is not a port (1-65535, the port inside the container)", "'api:http:nope': an HTTP probe is [port:]http:/path (the path starts with /)"],
    });
  });

  test('more than 100 probes are refused', () => {
    const parsed = parseWaitFor(Array.from({ length: 101 }, (_, index) => `s${index}:80`).join(','));
    expect(parsed).toEqual({ problems: ['101 probes; at most 100'] });
  });
});

describe('wait-for: lists', () => {
  test.each([
    ['', []],
    ['  \n\n', []],
    ['db:5432', ['db:5432']],
    ['db:5432, cache:6379', ['db:5432', 'cache:6379']],
    ['db:5432\r\ncache:6379\n', ['db:5432', 'cache:6379']],
    // A log probe runs to the end of its line: its pattern may hold commas.
    ['db:5432, w:log:/a, b/', ['db:5432', 'w:log:/a, b/']],
    ['w:log:/a, b/\ndb:5432', ['w:log:/a, b/', 'db:5432']],
    ['api:http:/x,db:1', ['api:http:/x', 'db:1']],
  ])('%j → %j', (raw, entries) => {
    expect(splitWaitFor(raw)).toEqual(entries);
  });
});

test.each([
  ['db:5432', 'TCP 5432'],
  ['api:http:/healthz', 'HTTP GET /healthz'],
  ['api:8080:http:/healthz', 'HTTP GET :8080/healthz'],
  ['w:log:/ready/', 'log /ready/'],
])('%s reads as %s', (text, description) => {
  const [probe] = parseWaitFor(text) as WaitFor[];
  expect(describeProbe(probe!)).toBe(description);
});

test('probes of services the stack does not have are told before anything starts', () => {
  expect(unknownServices(parseWaitFor('db:5432, web:http:/') as WaitFor[], ['db', 'web'])).toBeUndefined();
  expect(unknownServices(parseWaitFor('db:5432, cache:6379, w:log:/x/') as WaitFor[], ['web', 'db'])).toBe(
    "wait-for: 'cache:6379', 'w:log:/x/' name services the stack does not have (its services: db, web; one in a profile that is not enabled is not started)",
  );
});
