import { describe, expect, test } from 'vitest';
import { parseDefaultCpuLimit, parseDefaultMemoryLimit, parsePolicyMode, parseSarifFile } from '../../../src/policy/inputs.js';

describe('policy inputs', () => {
  test.each([
    ['', 'error'],
    ['error', 'error'],
    [' WARN ', 'warn'],
    ['off', 'off'],
  ])('policy %j → %s', (raw, expected) => {
    expect(parsePolicyMode(raw)).toBe(expected);
  });

  test('policy: anything else names the choices', () => {
    expect(parsePolicyMode('strict')).toEqual({ error: "'strict' is not a policy mode; use error (fail on error findings), warn or off" });
  });

  test.each([
    ['', undefined],
    ['512m', 512 * 1024 ** 2],
    ['1GiB', 1024 ** 3],
  ])('default-memory-limit %j → %s', (raw, expected) => {
    expect(parseDefaultMemoryLimit(raw)).toBe(expected);
  });

  test.each([
    ['4m', "below Docker's minimum"],
    ['lots', 'is not a size'],
  ])('default-memory-limit %j is refused', (raw, message) => {
    expect((parseDefaultMemoryLimit(raw) as { error: string }).error).toContain(message);
  });

  test.each([
    ['', undefined],
    ['1', 1],
    ['0.5', 0.5],
  ])('default-cpu-limit %j → %s', (raw, expected) => {
    expect(parseDefaultCpuLimit(raw)).toBe(expected);
  });

  test.each(['0', '-1', 'two', '1e3'])('default-cpu-limit %j is refused', (raw) => {
    expect(parseDefaultCpuLimit(raw)).toHaveProperty('error');
  });

  test.each([
    ['', undefined],
    ['results/policy.sarif', 'results/policy.sarif'],
  ])('sarif-file %j → %s', (raw, expected) => {
    expect(parseSarifFile(raw)).toBe(expected);
  });

  test('sarif-file must name a file', () => {
    expect(parseSarifFile('results/')).toHaveProperty('error');
  });
});
