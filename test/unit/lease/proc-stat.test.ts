import { describe, expect, test } from 'vitest';
import { endedFromStat, startTicksFromStat } from '../../../src/adapters/host-probe.js';

// Owner liveness reads /proc/<pid>/stat: the start time tells a reused pid apart, the state a
// zombie (killed, not yet reaped) from a living process.
const stat = (state: string, name = 'node'): string =>
  `4242 (${name}) ${state} 1 4242 4242 0 -1 4194560 1234 0 0 0 12 3 0 0 20 0 11 0 987654 1099 2500 18446744073709551615 1 1 0 0 0 0 0 4096 134234626 0 0 0 17 1 0 0 0 0 0`;

describe('/proc/<pid>/stat', () => {
  test.each([
    ['S', false],
    ['R', false],
    ['D', false],
    ['T', false],
    ['Z', true],
    ['X', true],
  ])('state %s ended: %s', (state, ended) => {
    expect(endedFromStat(stat(state))).toBe(ended);
    expect(startTicksFromStat(stat(state))).toBe(987654);
  });

  test('a command name with spaces and parentheses does not shift the fields', () => {
    expect(endedFromStat(stat('Z', 'a) S (b'))).toBe(true);
    expect(startTicksFromStat(stat('S', 'a) Z (b'))).toBe(987654);
  });
});
