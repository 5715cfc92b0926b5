import { describe, expect, test } from 'vitest';
import type { ComposeModel } from '../../../src/compose/model.js';
import { ComposeSources } from '../../../src/compose/positions.js';
import { defaultPolicyConfig } from '../../../src/policy/config.js';
import { evaluatePolicy } from '../../../src/policy/evaluate.js';
import { fingerprint, stableWording, type Finding } from '../../../src/policy/finding.js';

// A finding's fingerprint is its identity across edits: rule, service and key path, never the
// line. The key path comes from what the rule asked the locator for.

/** The rules over a compose text and the model Compose would make of it (written by hand here). */
function evaluate(text: string, model: ComposeModel): Finding[] {
  const sources = ComposeSources.load(['/p/compose.yaml'], () => text);
  return evaluatePolicy({ model, sources, firstFile: '/p/compose.yaml', config: defaultPolicyConfig(), memoryBudget: { bytes: 64 * 1024 ** 3, label: 'test' }, displayPath: () => 'compose.yaml' }).findings;
}

const model: ComposeModel = {
  name: 'p',
  services: {
    db: {
      image: 'postgres:16',
      volumes: [{ type: 'bind', source: '/var/run/docker.sock', target: '/var/run/docker.sock' }],
      healthcheck: { test: ['CMD', 'true'], interval: '1s', timeout: '2s' },
      restart: 'always',
    },
    web: { image: 'nginx', container_name: 'web', privileged: true },
  },
};

const TEXT = `services:
  db:
    image: postgres:16
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock
    healthcheck:
      test: ["CMD", "true"]
      interval: 1s
      timeout: 2s
    restart: always
  web:
    image: nginx
    container_name: web
    privileged: true
`;

/** The same stack, edited: comments and a service above, keys reordered, services swapped. */
const MOVED = `# The stack, rearranged: every line has moved.
x-note: &note
  labels: {team: platform}
services:
  web:
    privileged: true

    container_name: web
    image: nginx
  other:
    image: busybox:1.36
  db:
    restart: always
    healthcheck:
      timeout: 2s
      interval: 1s
      test: ["CMD", "true"]
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock
    image: postgres:16
`;

const movedModel: ComposeModel = { ...model, services: { ...model.services, other: { image: 'busybox:1.36', mem_limit: '64m', cpus: 1 } } };

const byPrint = (findings: Finding[]): Map<string, string> => new Map(findings.map((finding) => [fingerprint(finding), `${finding.rule} ${finding.service} ${finding.keyPath}`]));

describe('fingerprints', () => {
  const before = evaluate(TEXT, model);
  const after = evaluate(MOVED, movedModel).filter((finding) => finding.service !== 'other');

  test('every finding carries the key path its rule asked for', () => {
    const paths = before.map((finding) => `${finding.rule} ${finding.service} ${finding.keyPath}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'memory-limit db ',
        'healthcheck-timing db healthcheck.interval',
        'healthcheck-timing db healthcheck.timeout',
        'restart-policy db restart',
        'container-name web container_name',
        'privileged web privileged',
        'image-tag web image',
        expect.stringMatching(/^docker-socket db volumes\[#[0-9a-f]{8}\]$/),
      ]),
    );
  });

  test('stable when every line moves: the same findings, the same fingerprints', () => {
    expect(after.map((finding) => finding.line)).not.toEqual(before.map((finding) => finding.line));
    expect(byPrint(after)).toEqual(byPrint(before));
  });

  test('distinct per rule, per service and per key path', () => {
    const prints = before.map(fingerprint);
    expect(new Set(prints).size).toBe(prints.length);
    const base = before.find((finding) => finding.rule === 'healthcheck-timing' && finding.keyPath === 'healthcheck.interval')!;
    const variants = [
      { ...base, rule: 'restart-policy' },
      { ...base, service: 'web' },
      { ...base, keyPath: 'healthcheck.timeout' },
      { ...base, keyPath: '' },
    ];
    for (const variant of variants) expect(fingerprint(variant)).not.toBe(fingerprint(base));
  });

  test.each<[string, Partial<Finding>]>([
    ['another line and column', { line: 99, column: 7 }],
    ['another file (the service moved to an override)', { file: 'compose.ci.yaml' }],
    ['other numbers in the message', { message: 'The health check of db runs every 2.0 s, below the floor of 10.0 s.' }],
    ['another severity (configured differently)', { severity: 'note' }],
  ])('unchanged by %s', (_name, change) => {
    const base = before.find((finding) => finding.rule === 'healthcheck-timing' && finding.keyPath === 'healthcheck.interval')!;
    expect(fingerprint({ ...base, ...change })).toBe(fingerprint(base));
  });

  test('a list entry is named by what is written, not by its index', () => {
    const socket = (volumes: string): Finding[] =>
      evaluate(`services:\n  db:\n    image: postgres:16\n    volumes:\n${volumes}`, {
        name: 'p',
        services: { db: { image: 'postgres:16', volumes: [{ type: 'bind', source: '/var/run/docker.sock', target: '/var/run/docker.sock' }] } },
      }).filter((finding) => finding.rule === 'docker-socket');
    const alone = socket('      - /var/run/docker.sock:/var/run/docker.sock\n');
    const second = socket('      - ./data:/data\n      - /var/run/docker.sock:/var/run/docker.sock\n');
    expect(alone).toHaveLength(1);
    expect(fingerprint(second[0]!)).toBe(fingerprint(alone[0]!));
    // Never the entry's text: a literal value written there stays out of the baseline file.
    expect(alone[0]!.keyPath).not.toContain('docker.sock');
  });

  test('without a key path (workflow findings) the wording stands in, without numbers or positions, with the file', () => {
    const workflow: Finding = { rule: 'direct-compose', severity: 'warning', service: '', file: '.github/workflows/ci.yml', line: 12, column: 9, message: 'Job test runs docker compose up (ci.yml:12) directly.' };
    const moved: Finding = { ...workflow, line: 40, message: 'Job test runs docker compose up (ci.yml:40) directly.' };
    expect(fingerprint(moved)).toBe(fingerprint(workflow));
    expect(fingerprint({ ...workflow, file: '.github/workflows/nightly.yml' })).not.toBe(fingerprint(workflow));
    expect(fingerprint({ ...workflow, message: 'Job lint runs docker compose up (ci.yml:12) directly.' })).not.toBe(fingerprint(workflow));
    expect(stableWording('Host port tcp 8080 is published by b and already by a (compose.yaml:6): 2 replicas')).toBe('Host port tcp # is published by b and already by a (): # replicas');
  });
});
