import { describe, expect, test } from 'vitest';
import { acceptedFindingsDocument, AcceptedFindingsError, applyAcceptedFindings, describeOutcome, isSecurityRule, parseAcceptedFindings } from '../../../src/policy/accepted-findings.js';
import { RULE_IDS, RULES } from '../../../src/policy/catalog.js';
import { fingerprint, type Finding } from '../../../src/policy/finding.js';
import { evaluateFixture } from './support.js';

// The accepted-findings file: today's findings written, read back and applied; new findings stay
// what they are, accepted ones become notes, security findings are never silenced.

const finding = (overrides: Partial<Finding>): Finding => ({
  rule: 'memory-limit',
  severity: 'error',
  service: 'db',
  file: 'compose.yaml',
  line: 3,
  column: 3,
  message: 'Service db has no memory limit.',
  keyPath: '',
  ...overrides,
});

const roundTrip = (findings: Finding[]) => parseAcceptedFindings(acceptedFindingsDocument(findings), 'accepted.json');

describe('accepted findings', () => {
  const today = [...evaluateFixture('security').findings, ...evaluateFixture('health').findings];

  test('security rules are the catalog\'s rules tagged security, and only those', () => {
    const tagged = RULE_IDS.filter((id) => RULES[id].tags.includes('security'));
    expect(tagged).toEqual(expect.arrayContaining(['privileged', 'docker-socket', 'host-namespace', 'capabilities']));
    for (const id of RULE_IDS) expect(isSecurityRule(id)).toBe(tagged.includes(id));
    expect(isSecurityRule('not-a-rule')).toBe(false);
  });

  test('written and read back: every finding unchanged, the non-security ones notes, security ones kept', () => {
    const outcome = applyAcceptedFindings(today, roundTrip(today));
    expect(outcome.fresh).toBe(0);
    expect(outcome.absent).toEqual([]);
    expect(outcome.findings).toHaveLength(today.length);
    expect(outcome.findings.every((entry) => entry.baseline?.state === 'unchanged')).toBe(true);
    const security = outcome.findings.filter((entry) => isSecurityRule(entry.rule));
    expect(security.length).toBeGreaterThan(5);
    expect(outcome.kept).toBe(security.length);
    for (const entry of security) expect(entry).toMatchObject({ severity: entry.baseline!.severity, baseline: { kept: true } });
    const others = outcome.findings.filter((entry) => !isSecurityRule(entry.rule));
    expect(others.every((entry) => entry.severity === 'note')).toBe(true);
    expect(others.some((entry) => entry.baseline!.severity === 'error')).toBe(true);
    expect(outcome.counts.error).toBe(security.filter((entry) => entry.severity === 'error').length);
  });

  test('a new finding stays what it is and is marked new; a fixed one is absent', () => {
    const accepted = roundTrip([finding({}), finding({ service: 'cache', line: 9 })]);
    const outcome = applyAcceptedFindings([finding({ line: 30 }), finding({ service: 'api', rule: 'cpu-limit', severity: 'warning' })], accepted);
    expect(outcome.findings.map((entry) => [entry.service, entry.severity, entry.baseline?.state])).toEqual([
      ['api', 'warning', 'new'],
      ['db', 'note', 'unchanged'],
    ]);
    expect(outcome).toMatchObject({ accepted: 1, fresh: 1, kept: 0 });
    expect(outcome.absent).toEqual([expect.objectContaining({ rule: 'memory-limit', service: 'cache', count: 1 })]);
    expect(describeOutcome(outcome, 'accepted.json')).toBe('Baseline: 1 accepted in accepted.json (reported as notes); 1 new; 1 listed there no longer found (rewrite it with --write-baseline to drop it).');
  });

  test('findings that share a fingerprint are accepted up to the count recorded', () => {
    const twice = [finding({ rule: 'port-conflict', line: 4 }), finding({ rule: 'port-conflict', line: 8 })];
    const accepted = roundTrip(twice);
    expect(accepted.entries).toEqual([expect.objectContaining({ count: 2 })]);
    const outcome = applyAcceptedFindings([...twice, finding({ rule: 'port-conflict', line: 12 })], accepted);
    expect(outcome.findings.map((entry) => entry.baseline!.state).sort()).toEqual(['new', 'unchanged', 'unchanged']);
    expect(outcome.counts.error).toBe(1);
  });

  test('the file cannot silence a security finding, whatever it claims', () => {
    const privileged = finding({ rule: 'privileged', keyPath: 'privileged', message: 'Service db runs privileged.' });
    const forged = JSON.parse(acceptedFindingsDocument([privileged])) as { findings: Array<Record<string, unknown>> };
    forged.findings[0] = { ...forged.findings[0], rule: 'memory-limit', security: false };
    const outcome = applyAcceptedFindings([privileged], parseAcceptedFindings(JSON.stringify({ ...forged }), 'forged.json'));
    expect(outcome.findings[0]).toMatchObject({ severity: 'error', baseline: { state: 'unchanged', kept: true } });
    expect(outcome.counts.error).toBe(1);
  });

  test('the file is stable: the same findings in any order give the same text, entries sorted', () => {
    expect(acceptedFindingsDocument([...today].reverse())).toBe(acceptedFindingsDocument(today));
    const entries = roundTrip(today).entries;
    expect(new Set(entries.map((entry) => entry.fingerprint))).toEqual(new Set(today.map(fingerprint)));
    const order = (a: (typeof entries)[number], b: (typeof entries)[number]): number =>
      a.rule.localeCompare(b.rule) || a.service.localeCompare(b.service) || (a.keyPath ?? '').localeCompare(b.keyPath ?? '');
    for (let index = 1; index < entries.length; index += 1) expect(order(entries[index - 1]!, entries[index]!)).toBeLessThanOrEqual(0);
    expect(JSON.parse(acceptedFindingsDocument(today))).toMatchObject({ format: 'docker-stability accepted findings', version: 1, fingerprints: 1 });
  });

  test.each<[string, string, RegExp]>([
    ['not JSON', '{', /accepted\.json: not JSON .*write it with docker-stability check --write-baseline accepted\.json/],
    ['another kind of file', '{"runs": []}', /not an accepted-findings file/],
    ['a version this tool does not read', '{"format": "docker-stability accepted findings", "version": 9, "fingerprints": 1, "findings": []}', /version 9 is not one this tool reads/],
    ['fingerprints of another version', '{"format": "docker-stability accepted findings", "version": 1, "fingerprints": 0, "findings": []}', /fingerprints are version 0, this tool's are 1: rewrite it/],
    ['findings not a list', '{"format": "docker-stability accepted findings", "version": 1, "fingerprints": 1, "findings": {}}', /"findings" is not a list/],
    [
      'bad entries, each named',
      '{"format": "docker-stability accepted findings", "version": 1, "fingerprints": 1, "findings": [{"fingerprint": "xyz"}, {"fingerprint": "0123456789abcdef", "count": 0}, 7]}',
      /findings\[0\]: "fingerprint" is not 16 hex digits\n {2}findings\[1\]: "count" is not a whole number.*\n {2}findings\[2\]: not an object/,
    ],
  ])('refused with the reason: %s', (_name, text, message) => {
    expect(() => parseAcceptedFindings(text, 'accepted.json')).toThrow(AcceptedFindingsError);
    expect(() => parseAcceptedFindings(text, 'accepted.json')).toThrow(message);
  });
});
