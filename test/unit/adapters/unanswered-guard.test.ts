import { describe, expect, test } from 'vitest';
import { UnansweredGuard } from '../../../src/adapters/unanswered-guard.js';
import { DockerUnavailableError } from '../../../src/ports/docker.js';

const ENDPOINT = 'unix:///fake.sock';
type Ping = 'answers' | 'times out' | 'refused';

function guardWith(ping: Ping): { guard: UnansweredGuard; pings: () => number } {
  let pings = 0;
  const guard = new UnansweredGuard(ENDPOINT, async () => {
    pings += 1;
    if (ping === 'times out') throw new DockerUnavailableError(ENDPOINT, 'ping', 'no answer within 2000 ms', true);
    if (ping === 'refused') throw new DockerUnavailableError(ENDPOINT, 'ping', new Error('connect ECONNREFUSED'), false);
  });
  return { guard, pings: () => pings };
}

describe('UnansweredGuard', () => {
  test.each<[Ping]>([['answers'], ['times out'], ['refused']])('a daemon that never left a call unanswered is not pinged (ping %s)', async (ping) => {
    const { guard, pings } = guardWith(ping);
    await guard.admit('container list');
    expect(pings()).toBe(0);
    expect(guard.suspect).toBe(false);
  });

  test.each<[Ping, boolean | undefined]>([
    ['answers', undefined],
    ['times out', true],
    ['refused', false],
  ])('after an unanswered call, ping %s → the next call %s', async (ping, failsAsTimeout) => {
    const { guard, pings } = guardWith(ping);
    guard.timedOut('container inspect');
    const admitted = guard.admit('container list');
    if (failsAsTimeout === undefined) {
      await admitted;
      expect(guard.suspect).toBe(false);
    } else {
      const error = await admitted.then(() => undefined, (thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(DockerUnavailableError);
      const unavailable = error as DockerUnavailableError;
      expect(unavailable.operation).toBe('container list');
      expect(unavailable.timedOut).toBe(failsAsTimeout);
      expect(unavailable.message).toContain("'container inspect' went unanswered earlier, and a ping failed now: ");
      expect(unavailable.message).toContain(ping === 'times out' ? 'no answer within 2000 ms' : 'ECONNREFUSED');
      expect(guard.suspect).toBe(true);
    }
    expect(pings()).toBe(1);
  });

  test('an answer clears the suspicion: later calls are not pinged', async () => {
    const { guard, pings } = guardWith('times out');
    guard.timedOut('container stats');
    guard.answered();
    await guard.admit('container list');
    expect(pings()).toBe(0);
  });
});
