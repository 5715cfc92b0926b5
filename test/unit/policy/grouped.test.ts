import { describe, expect, test } from 'vitest';
import { applyAcceptedFindings, parseAcceptedFindings, acceptedFindingsDocument } from '../../../src/policy/accepted-findings.js';
import { countFindings, type Finding } from '../../../src/policy/finding.js';
import { formatGrouped, headline, textWidth, whyAndFix } from '../../../src/policy/format/grouped.js';
import { formatText } from '../../../src/policy/format/text.js';
import { evaluateFixture } from './support.js';

// The default text: findings grouped by rule, the fix said once, every line within the width.

const all = ['resources', 'health', 'hygiene', 'ports', 'security', 'durability'].flatMap((name) => evaluateFixture(name).findings);

/** The adoption problem: many services, messages of several hundred characters. */
function manyFindings(services: number): Finding[] {
  return Array.from({ length: services }, (_, index) => [
    { rule: 'memory-limit', severity: 'error' as const, service: `service-number-${index}`, file: 'docker-compose.yml', line: 10 + index * 20, column: 3, message: `Service service-number-${index} has no memory limit, so one runaway container can take the runner's memory and the Docker daemon with it. ${'Set mem_limit (e.g. 512m) or deploy.resources.limits.memory. '.repeat(8)}`, keyPath: '' },
    { rule: 'healthcheck-timing', severity: 'warning' as const, service: `service-number-${index}`, file: 'docker-compose.yml', line: 15 + index * 20, column: 17, message: `The health check of service-number-${index} runs every ${index % 3}.0 s, below the floor of 5.0 s: ${'frequent probes load a busy runner and fail under it. '.repeat(10)}`, keyPath: 'healthcheck.interval' },
  ]).flat();
}

describe('grouped text', () => {
  test.each([80, 100, 120])('every line fits %i columns, for the fixtures and for 41 services with 600-character messages', (width) => {
    for (const findings of [all, manyFindings(41)]) {
      const text = formatGrouped(findings, countFindings(findings), { width });
      const long = text.split('\n').filter((line) => line.length > width);
      expect(long).toEqual([]);
    }
  });

  test('one block per rule and severity, each with its fix said once', () => {
    const text = formatGrouped(all, countFindings(all));
    const groups = new Set(all.map((finding) => `${finding.severity} ${finding.rule}`));
    const headers = text.split('\n').filter((line) => /^(error|warning|note) \S+ · /.test(line));
    expect(headers.map((line) => line.split(' · ')[0])).toEqual(expect.arrayContaining([...groups]));
    expect(headers).toHaveLength(groups.size);
    expect(text.match(/^ {2}fix: /gm)).toHaveLength(groups.size);
    expect(text.match(/Set `mem_limit`/g)).toHaveLength(1);
    // Most severe first.
    expect(headers[0]).toMatch(/^error /);
    expect(headers.at(-1)).toMatch(/^note /);
  });

  test('alike findings are listed compactly, per file, with their lines; different ones one line each', () => {
    const findings = manyFindings(41);
    const text = formatGrouped(findings, countFindings(findings), { width: 100 });
    expect(text).toContain('error memory-limit · 41 services — A service has no memory limit.');
    expect(text).toMatch(/^ {2}docker-compose\.yml \(service:line\): service-number-0:10, service-number-1:30,/m);
    expect(text.match(/^ {2}docker-compose\.yml:\d+:17 +The health check of service-number-\d+ runs every/gm)).toHaveLength(41);
    // Far smaller than a line per finding with its whole message.
    expect(text.length * 3).toBeLessThan(formatText(findings, countFindings(findings)).length);
  });

  test('an accepted-findings file: accepted findings counted per rule, new and security ones listed, absent ones named', () => {
    const accepted = parseAcceptedFindings(acceptedFindingsDocument([...all, { rule: 'image-tag', severity: 'warning', service: 'gone', file: 'compose.yaml', line: 1, column: 1, message: 'Service gone uses image x without a tag.', keyPath: 'image' }]), 'accepted.json');
    const extra: Finding = { rule: 'restart-policy', severity: 'warning', service: 'newcomer', file: 'compose.yaml', line: 90, column: 14, message: 'Service newcomer restarts always: in CI that hides a crash loop.', keyPath: 'restart' };
    const outcome = applyAcceptedFindings([...all, extra], accepted);
    const text = formatGrouped(outcome.findings, outcome.counts, { width: 100, baselineFile: 'accepted.json', absent: outcome.absent });
    expect(text).toMatch(/^warning restart-policy · 1 service \[new\] — /m);
    expect(text).toContain('compose.yaml:90:14  Service newcomer restarts always');
    expect(text).toMatch(/^error privileged · 1 service \[in the baseline, not silenced: security\]/m);
    expect(text.replace(/\n +/g, ' ')).toMatch(/^accepted in accepted\.json \(notes; --verbose lists them\): memory-limit \d+, cpu-limit \d+, /m);
    expect(text.replace(/\n +/g, ' ')).toContain('no longer found, though accepted.json lists it: image-tag (gone). Rewrite the file with --write-baseline accepted.json to drop it.');
    expect(text).not.toMatch(/^error memory-limit/m);
  });

  test('no findings: one line', () => {
    expect(formatGrouped([], { error: 0, warning: 0, note: 0 })).toBe('No policy findings.\n');
  });

  test.each([
    ['Service api has no memory limit, so one runaway container can take the runner\'s memory.', 'Service api has no memory limit'],
    ['The health check of db runs every 2.0 s, below the floor of 5.0 s: frequent probes load a busy runner.', 'The health check of db runs every 2.0 s, below the floor of 5.0 s'],
    ['Service hostnet sets network_mode: host, sharing the runner\'s network: it can reach what other jobs run.', 'Service hostnet sets network_mode: host, sharing the runner\'s network'],
    ['Host port tcp 8080 is published by b and already by a (compose.yaml:6): the second fails.', 'Host port tcp 8080 is published by b and already by a (compose.yaml:6)'],
    ['Set a limit (e.g. 512m) and retry. Then more.', 'Set a limit (e.g. 512m) and retry'],
    ['No separator at all', 'No separator at all'],
  ])('headline of %j', (message, expected) => {
    expect(headline(message)).toBe(expected);
  });

  test('why and fix come from the catalog\'s help, split after its first sentence', () => {
    expect(whyAndFix('image-tag')).toEqual({ why: 'An untagged image, `latest`, or any tag without a version (`stable`, `edge`, `nightly`, `main`, `alpine`…) changes under the tests without a commit.', fix: 'Pin a version tag (or a digest).' });
    expect(whyAndFix('not-a-rule')).toBeUndefined();
  });

  test.each<[number | undefined, number]>([
    [undefined, 100],
    [0, 100],
    [60, 80],
    [100, 100],
    [200, 120],
  ])('width for a terminal of %s columns: %i', (columns, width) => {
    expect(textWidth(columns)).toBe(width);
  });
});
