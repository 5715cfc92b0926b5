import { describe, expect, test } from 'vitest';
import { liveModelText, POLICY_FIXTURES, recordingText } from '../fixtures/policy/fixtures.js';

// The unit tests run the rules on recorded `docker compose config` output; this keeps the
// recordings honest against the Compose installed here (re-record with
// `npx tsx test/fixtures/policy/record.ts` after changing a fixture or upgrading Compose).
describe('recorded policy fixtures match what Compose prints', () => {
  test.each(POLICY_FIXTURES.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    expect(liveModelText(entry)).toBe(recordingText(entry));
  });
});
