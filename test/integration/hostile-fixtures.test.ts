import { describe, expect, test } from 'vitest';
import { liveHostileModel, RECORDED_CASES, recordedHostileText } from '../fixtures/hostile/cases.js';

// The hostile cases' unit tests run the rules on recorded `docker compose config` output; this
// keeps the recordings honest against the Compose installed here (re-record with
// `npx tsx test/fixtures/hostile/record.ts` after changing a case or upgrading Compose).
describe('recorded hostile cases match what Compose prints', () => {
  test.each(RECORDED_CASES.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    expect(liveHostileModel(entry)).toBe(recordedHostileText(entry));
  });
});
