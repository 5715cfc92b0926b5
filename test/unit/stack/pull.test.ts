import { describe, expect, test } from 'vitest';
import type { ComposeCli, ImageOptions } from '../../../src/compose/compose-cli.js';
import type { StackTarget } from '../../../src/compose/target.js';
import { CommandError } from '../../../src/ports/command.js';
import type { PlannedImage } from '../../../src/stack/images.js';
import { pullImages } from '../../../src/stack/pull.js';
import { FakeClock } from '../lease/fakes.js';

// The pull phase over a fake Compose and fake time: each image retried on its own while the
// registry fails for a moment, a rate limit ending every pull at once, nothing retried that
// no retry mends, and the waits as the schedule says.

const target: StackTarget = { workingDirectory: '/ws', files: ['compose.yaml'], projectName: 'p', profiles: [], envFiles: [] };
const fetch = (image: string, service: string): PlannedImage => ({ image, services: [service], action: 'fetch', why: 'not on the daemon' });
const STATUS_503 = 'Error response from daemon: received unexpected HTTP status: 503 Service Unavailable';
const RATE_LIMIT = 'Error response from daemon: toomanyrequests: You have reached your pull rate limit.';

/** Compose whose pulls answer, per service, each failing attempt's stderr in turn, then succeed. */
function fakeCompose(clock: FakeClock, script: Record<string, Array<string | 'hang'>>, calls: string[]): ComposeCli {
  return {
    pull: async (_target: StackTarget, service: string, options: ImageOptions) => {
      calls.push(`${service} @${clock.now() - start}`);
      const next = script[service]?.shift();
      if (next === 'hang') {
        // Until the phase stops it.
        await new Promise<void>((resolve) => options.signal!.addEventListener('abort', () => resolve(), { once: true }));
        throw new CommandError(['docker', 'compose', 'pull'], null, '', 'aborted');
      }
      clock.time += 500;
      if (next !== undefined) throw new CommandError(['docker', 'compose', 'pull', service], 18, next, 'exit');
      return { durationMs: 500 };
    },
  } as unknown as ComposeCli;
}
let start = 0;

function setup(script: Record<string, Array<string | 'hang'>>) {
  const clock = new FakeClock();
  start = clock.now();
  const calls: string[] = [];
  const lines: string[] = [];
  const deps = { compose: fakeCompose(clock, script, calls), clock, log: { info: (line: string) => lines.push(line) }, random: () => 1 };
  return { clock, calls, lines, deps };
}

describe('pulling with retries', () => {
  test('a registry that answers 503 twice, then serves: three attempts, 2 s and 4 s apart, reported', async () => {
    const { deps, calls, lines } = setup({ db: [STATUS_503, STATUS_503] });
    const section = await pullImages(deps, target, 'missing', [fetch('postgres:15', 'db')]);
    expect(section.failure).toBeUndefined();
    expect(calls).toEqual(['db @0', 'db @2500', 'db @7000']);
    expect(section.images[0]).toMatchObject({
      outcome: 'pulled',
      attempts: [
        { ms: 500, kind: 'transient', error: 'received unexpected HTTP status: 503 Service Unavailable', waitMs: 2000 },
        { ms: 500, kind: 'transient', waitMs: 4000 },
        { ms: 500 },
      ],
      durationMs: 7500,
    });
    expect(lines).toContain('Pulling postgres:15 failed (received unexpected HTTP status: 503 Service Unavailable); attempt 2 of 4 in 2.0 s.');
    expect(lines.at(-1)).toBe('Pulled postgres:15 in 500 ms (attempt 3).');
  });

  test('a registry that stays down: four attempts, then the failure says how long it tried', async () => {
    const { deps, calls } = setup({ db: [STATUS_503, STATUS_503, STATUS_503, STATUS_503, STATUS_503] });
    const section = await pullImages(deps, target, 'missing', [fetch('postgres:15', 'db')]);
    expect(calls).toHaveLength(4);
    expect(section.images[0]!.outcome).toBe('failed');
    expect(section.failure).toBe("Could not get the stack's images:\npostgres:15 (db): received unexpected HTTP status: 503 Service Unavailable — still failing after 4 attempts in 16.0 s");
  });

  test('a rate limit fails at once, stops the other pulls, and says how to get out', async () => {
    const { deps, calls } = setup({ db: [RATE_LIMIT], cache: ['hang'] });
    const section = await pullImages(deps, target, 'missing', [fetch('postgres:15', 'db'), fetch('redis:7', 'cache')]);
    expect(calls.filter((call) => call.startsWith('db'))).toEqual(['db @0']);
    expect(section.rateLimited).toBe(true);
    expect(section.images.map((image) => image.outcome)).toEqual(['failed', 'cancelled']);
    expect(section.failure).toMatch(/^Pulling postgres:15 hit the registry's rate limit \(HTTP 429 toomanyrequests: toomanyrequests: You have reached your pull rate limit\.\)/);
    expect(section.failure).toContain('docker/login-action');
  });

  test('what no retry mends is not retried', async () => {
    const { deps, calls } = setup({ app: ['Error response from daemon: manifest for acme/app:1 not found: manifest unknown: manifest unknown'] });
    const section = await pullImages(deps, target, 'missing', [fetch('acme/app:1', 'app')]);
    expect(calls).toEqual(['app @0']);
    expect(section.failure).toBe("Could not get the stack's images:\nacme/app:1 (app): manifest for acme/app:1 not found: manifest unknown: manifest unknown — a failure no retry mends");
  });

  test('present and absent images are not pulled; an absent one fails the phase by name', async () => {
    const { deps, calls } = setup({});
    const section = await pullImages(deps, target, 'never', [
      { image: 'redis:7', services: ['cache'], action: 'present', why: 'on the daemon' },
      { image: 'postgres:15', services: ['db'], action: 'absent', why: 'not on the daemon, and pull: never forbids to pull it' },
    ]);
    expect(calls).toEqual([]);
    expect(section.failure).toBe("Could not get the stack's images:\npostgres:15 (db): not on the daemon, and pull: never forbids to pull it");
  });

  test('--parallel 1: one pull at a time', async () => {
    const { deps, calls } = setup({});
    await pullImages(deps, target, 'always', [fetch('a:1', 'a'), fetch('b:1', 'b')], { parallel: 1 });
    expect(calls).toEqual(['a @0', 'b @500']);
  });
});
