import { expect, test } from 'vitest';
import { runStep } from '../../../src/app/step.js';
import type { ActionRuntime } from '../../../src/ports/runtime.js';

// Anything a step body throws fails the step with a message — an Error or not (a thrown string
// or object must not leave the step green).

function runtime(): ActionRuntime & { failures: string[] } {
  const failures: string[] = [];
  return { failures, setFailed: (message: string) => void failures.push(message) } as unknown as ActionRuntime & { failures: string[] };
}

test.each([
  ['an Error', new Error('the daemon went away'), ['the daemon went away']],
  ['a string', 'plain words', ['plain words']],
  ['an object', { code: 7 }, ['Unexpected failure: {"code":7}']],
  ['undefined', undefined, ['Unexpected failure: undefined']],
])('a body that throws %s fails the step', async (_name, thrown, failures) => {
  const step = runtime();
  await runStep(step, async () => {
    throw thrown;
  });
  expect(step.failures).toEqual(failures);
});

test('a body that returns leaves the step as it is', async () => {
  const step = runtime();
  let ran = false;
  await runStep(step, async () => void (ran = true));
  expect(ran).toBe(true);
  expect(step.failures).toEqual([]);
});
