import { describe, expect, test } from 'vitest';
import { Waker } from '../../../src/lease/wake.js';
import { FakeClock } from './fakes.js';

// A waiter sleeps until an event, a timeout or an abort; an event that comes while it is busy
// (between two reads) is kept for its next wait, never lost.

describe('Waker', () => {
  test('without an event, a wait lasts its timeout', async () => {
    const clock = new FakeClock(0);
    await new Waker(clock).wait(1000);
    expect(clock.now()).toBe(1000);
  });

  test('an event during the wait ends it at once', async () => {
    const clock = new FakeClock(0);
    const waker = new Waker(clock);
    const waiting = waker.wait(60_000);
    waker.notify();
    await waiting;
    expect(clock.now()).toBe(0);
  });

  test('an event while busy is kept: the next wait returns at once, the one after sleeps again', async () => {
    const clock = new FakeClock(0);
    const waker = new Waker(clock);
    waker.notify();
    await waker.wait(60_000);
    expect(clock.now()).toBe(0);
    await waker.wait(500);
    expect(clock.now()).toBe(500);
  });

  test('an event consumed by a wait it ended does not end the next one', async () => {
    const clock = new FakeClock(0);
    const waker = new Waker(clock);
    const first = waker.wait(60_000);
    waker.notify();
    await first;
    await waker.wait(250);
    expect(clock.now()).toBe(250);
  });

  test('an aborted signal: no wait at all; an abort during the wait ends it', async () => {
    const clock = new FakeClock(0);
    const waker = new Waker(clock);
    await waker.wait(1000, AbortSignal.abort());
    expect(clock.now()).toBe(0);
    const abort = new AbortController();
    const waiting = waker.wait(1000, abort.signal);
    abort.abort();
    await waiting;
    expect(clock.now()).toBe(0);
  });

  test('a negative timeout is no wait to speak of', async () => {
    const clock = new FakeClock(0);
    await new Waker(clock).wait(-5);
    // The fake clock counts every sleep as at least a millisecond.
    expect(clock.now()).toBeLessThanOrEqual(1);
  });
});
