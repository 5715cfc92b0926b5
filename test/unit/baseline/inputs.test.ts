import { describe, expect, test } from 'vitest';
import { parseRegressionThresholds, parseSwitch } from '../../../src/baseline/inputs.js';

describe('parseSwitch', () => {
  test.each([
    ['', true, true],
    ['', false, false],
    ['true', false, true],
    ['True', false, true],
    ['FALSE', true, false],
    [' false ', true, false],
  ])("'%s' (default %s) is %s", (text, fallback, expected) => {
    expect(parseSwitch('baseline', text, fallback)).toBe(expected);
  });

  test.each(['yes', 'on', '1', 'tru'])("'%s' is refused, naming the input", (text) => {
    expect(parseSwitch('image-cache', text, false)).toEqual({ error: `image-cache: '${text}' is not a boolean; use true or false` });
  });
});

describe('parseRegressionThresholds', () => {
  test.each([
    ['', { memory: 0.25, startup: 0.25 }],
    ['25%', { memory: 0.25, startup: 0.25 }],
    ['40%', { memory: 0.4, startup: 0.4 }],
    ['memory=10%', { memory: 0.1, startup: 0.25 }],
    ['memory=25%, startup=40%', { memory: 0.25, startup: 0.4 }],
    ['memory=30%\nstartup=off', { memory: 0.3, startup: undefined }],
    ['cpu=50%', { memory: 0.25, startup: 0.25, cpu: 0.5 }],
    ['150%', { memory: 1.5, startup: 1.5 }],
    ['Memory = 12.5%', { memory: 0.125, startup: 0.25 }],
    ['30%, cpu=80%', { memory: 0.3, startup: 0.3, cpu: 0.8 }],
  ])("'%s'", (text, expected) => {
    expect(parseRegressionThresholds(text)).toEqual(expected);
  });

  test.each([
    ['25', ["baseline-regression: '25' is not a growth between 0% and 1000% (or off) (in '25')"]],
    ['0%', ["baseline-regression: '0%' is not a growth between 0% and 1000% (or off) (in '0%')"]],
    ['disk=10%', ["baseline-regression: unknown metric 'disk' in 'disk=10%'; use memory, startup or cpu"]],
    ['memory=10%, memory=20%', ["baseline-regression: 'memory=20%' sets memory a second time"]],
    ['25%, 30%', ["baseline-regression: '30%' sets memory and startup a second time"]],
    ['memory=lots, cpu=x', [
      "baseline-regression: 'lots' is not a growth between 0% and 1000% (or off) (in 'memory=lots')",
      "baseline-regression: 'x' is not a growth between 0% and 1000% (or off) (in 'cpu=x')",
    ]],
  ])("'%s' is refused with every problem", (text, problems) => {
    expect(parseRegressionThresholds(text)).toEqual({ problems });
  });
});
