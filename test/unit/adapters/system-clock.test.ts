import { expect, test } from 'vitest';
import { systemClock } from '../../../src/adapters/system-clock.js';

// The real clock: a sleep ends at its time or as soon as the signal aborts, and a sleep that is
// aborted already does not wait at all. Bounds here are generous safety nets, not speed checks.

test('an abort ends a long sleep early', async () => {
  const abort = new AbortController();
  const started = Date.now();
  const sleeping = systemClock.sleep(60_000, abort.signal);
  setTimeout(() => abort.abort(), 10);
  await sleeping;
  expect(Date.now() - started).toBeLessThan(30_000);
});

test('an aborted signal does not wait', async () => {
  const started = Date.now();
  await systemClock.sleep(60_000, AbortSignal.abort());
  expect(Date.now() - started).toBeLessThan(30_000);
});

test('without a signal it sleeps its time (timers may fire a millisecond or so early)', async () => {
  const started = systemClock.now();
  await systemClock.sleep(50);
  expect(systemClock.now() - started).toBeGreaterThanOrEqual(40);
});

test('a sleep that ended leaves no listener on the signal', async () => {
  const abort = new AbortController();
  let listeners = 0;
  const add = abort.signal.addEventListener.bind(abort.signal);
  const remove = abort.signal.removeEventListener.bind(abort.signal);
  abort.signal.addEventListener = ((...args: Parameters<typeof add>) => ((listeners += 1), add(...args))) as typeof add;
  abort.signal.removeEventListener = ((...args: Parameters<typeof remove>) => ((listeners -= 1), remove(...args))) as typeof remove;
  await systemClock.sleep(1, abort.signal);
  expect(listeners).toBe(0);
});
