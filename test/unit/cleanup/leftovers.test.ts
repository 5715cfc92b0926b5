import { describe, expect, test } from 'vitest';
import { cleanupFailure, type TeardownOutcome } from '../../../src/cleanup/leftovers.js';

const NONE = { containers: [], networks: [], volumes: [] };

describe('cleanupFailure', () => {
  test.each<[string, TeardownOutcome | undefined, string | undefined]>([
    ['no teardown (main never validated its inputs)', undefined, undefined],
    ['skipped on purpose: kept', { problems: [], skipped: 'kept: cleanup: never' }, undefined],
    ['counted, nothing left', { problems: [], leftovers: NONE }, undefined],
    ['counted, nothing left, with warnings on the way', { problems: ['network p_default: in use'], leftovers: NONE }, undefined],
    [
      'counted, something left',
      { problems: [], leftovers: { containers: ['p-web-1'], networks: ['p_default'], volumes: [] } },
      'Cleanup left 2 resources of project p behind: p-web-1, p_default',
    ],
    [
      'not counted: the daemon stopped answering',
      { problems: ["Nothing of project p was torn down: the daemon did not answer 'version'"] },
      "Cleanup of project p could not be done or checked: Nothing of project p was torn down: the daemon did not answer 'version'",
    ],
    ['not counted, and no word why', { problems: [] }, 'Cleanup of project p could not be done or checked: no count of what is left'],
  ])('%s', (_name, teardown, expected) => {
    expect(cleanupFailure(teardown, 'p')).toBe(expected);
  });
});
