import { describe, expect, test } from 'vitest';
import { RULE_IDS } from '../../../src/policy/catalog.js';
import { annotationFor, emitAnnotations, pickAnnotations } from '../../../src/policy/format/annotations.js';
import { formatGithub } from '../../../src/policy/format/github.js';
import { formatJson } from '../../../src/policy/format/json.js';
import { renderPolicyFailure, renderPolicyReport } from '../../../src/policy/format/report.js';
import { buildSarif, buildSarifFailure } from '../../../src/policy/format/sarif.js';
import { policySummaryMarkdown } from '../../../src/policy/format/summary.js';
import { formatText } from '../../../src/policy/format/text.js';
import { countFindings, fingerprint, type Finding } from '../../../src/policy/finding.js';
import { acceptedFindingsDocument, parseAcceptedFindings } from '../../../src/policy/accepted-findings.js';
import type { Log } from 'sarif';
import { parseAnnotations } from '../../support/runner.js';
import { validateSarif } from '../../support/sarif-schema.js';
import { evaluateFixture } from './support.js';

const finding = (overrides: Partial<Finding>): Finding => ({
  rule: 'memory-limit',
  severity: 'error',
  service: 'db',
  file: 'compose.yaml',
  line: 3,
  column: 3,
  message: 'Service db has no memory limit.',
  ...overrides,
});

describe('output formats', () => {
  const all = [...evaluateFixture('health').findings, ...evaluateFixture('ports').findings, ...evaluateFixture('security').findings];

  test('SARIF validates against the SARIF 2.1.0 schema, with every rule and its help', () => {
    const log = buildSarif(all, { toolVersion: '0.1.0' });
    const valid = validateSarif(log);
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    const run = log.runs[0]!;
    expect(run.tool.driver.rules!.map((rule) => rule.id)).toEqual([...RULE_IDS]);
    expect(run.tool.driver.rules!.every((rule) => (rule.help?.text ?? '').length > 40)).toBe(true);
    expect(run.results).toHaveLength(all.length);
    const first = run.results![0]!;
    expect(run.tool.driver.rules![first.ruleIndex!]!.id).toBe(first.ruleId);
  });

  test('SARIF stays valid for a finding without a line and a path with spaces', () => {
    const log = buildSarif([finding({ line: 0, column: 0, file: 'my stacks/compose.yaml', service: '' })], { toolVersion: '0.1.0' });
    expect(validateSarif(log)).toBe(true);
    const location = log.runs[0]!.results![0]!.locations![0]!.physicalLocation!;
    expect(location.artifactLocation!.uri).toBe('my%20stacks/compose.yaml');
    expect(location.region).toBeUndefined();
  });

  test('SARIF that breaks the schema is caught by the validator (the check can fail)', () => {
    const log = buildSarif([finding({})], { toolVersion: '0.1.0' }) as unknown as { runs: Array<{ results: Array<{ level: string }> }> };
    log.runs[0]!.results[0]!.level = 'fatal';
    expect(validateSarif(log)).toBe(false);
  });

  test('JSON has exactly the documented fields, each finding with its fingerprint and key path', () => {
    const parsed = JSON.parse(formatJson([finding({ keyPath: '' })], countFindings([finding({})]))) as Record<string, unknown>;
    expect(parsed).toEqual({
      findings: [
        { rule: 'memory-limit', severity: 'error', service: 'db', file: 'compose.yaml', line: 3, column: 3, message: 'Service db has no memory limit.', fingerprint: fingerprint(finding({ keyPath: '' })), keyPath: '' },
      ],
      counts: { error: 1, warning: 0, note: 0 },
      suppressed: [],
    });
  });

  test('JSON with an accepted-findings file: each finding\'s state, what it was, and what is absent', () => {
    const today = [finding({ keyPath: '' }), finding({ rule: 'privileged', keyPath: 'privileged' }), finding({ service: 'web', keyPath: '' })];
    const accepted = parseAcceptedFindings(acceptedFindingsDocument([...today.slice(0, 2), finding({ service: 'gone', keyPath: '' })]), 'accepted.json');
    const report = renderPolicyReport(today, { format: 'json', toolVersion: '0.1.0', baseline: { file: 'accepted.json', accepted } });
    const parsed = JSON.parse(report.text) as { findings: Array<Record<string, unknown>>; counts: unknown; baseline: Record<string, unknown> };
    expect(parsed.findings.map((entry) => [entry.service, entry.rule, entry.severity, entry.baselineState, entry.acceptedSeverity, entry.silenced])).toEqual([
      ['web', 'memory-limit', 'error', 'new', undefined, undefined],
      ['db', 'privileged', 'error', 'unchanged', 'error', false],
      ['db', 'memory-limit', 'note', 'unchanged', 'error', true],
    ]);
    expect(parsed.counts).toEqual({ error: 2, warning: 0, note: 1 });
    expect(parsed.baseline).toMatchObject({ file: 'accepted.json', accepted: 1, keptSecurity: 1, new: 1, absent: [expect.objectContaining({ service: 'gone', rule: 'memory-limit' })] });
  });

  test('SARIF: partial fingerprints always; with an accepted-findings file a baselineState on every result, absent entries in the run\'s properties; valid', () => {
    const today = [...evaluateFixture('security').findings];
    const plain = buildSarif(today, { toolVersion: '0.1.0' });
    expect(plain.runs[0]!.results!.every((result) => /^[0-9a-f]{16}$/.test(result.partialFingerprints?.['dockerStabilityFinding/v1'] ?? ''))).toBe(true);
    expect(plain.runs[0]!.results!.some((result) => result.baselineState !== undefined)).toBe(false);
    expect(plain.runs[0]!.invocations).toEqual([{ executionSuccessful: true }]);

    const accepted = parseAcceptedFindings(acceptedFindingsDocument([...today.slice(1), finding({ service: 'gone', keyPath: '' })]), 'accepted.json');
    const report = renderPolicyReport(today, { format: 'sarif', toolVersion: '0.1.0', baseline: { file: 'accepted.json', accepted } });
    const log = JSON.parse(report.text) as Log;
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    const results = log.runs[0]!.results!;
    expect(results.every((result) => result.baselineState === 'new' || result.baselineState === 'unchanged')).toBe(true);
    expect(results.filter((result) => result.baselineState === 'new')).toHaveLength(1);
    expect(results.find((result) => result.ruleId === 'memory-limit' && result.baselineState === 'unchanged')).toMatchObject({ level: 'note', properties: { acceptedSeverity: 'error', silenced: true } });
    expect(results.find((result) => result.ruleId === 'privileged')).toMatchObject({ level: 'error', baselineState: 'unchanged', properties: { silenced: false } });
    expect(log.runs[0]!.properties).toMatchObject({ baselineFile: 'accepted.json', absent: [expect.objectContaining({ service: 'gone', baselineState: 'absent' })] });
  });

  test('a check that could not run: SARIF with a failed invocation and no results (valid), JSON with an error member', () => {
    const failure = buildSarifFailure("-f/--file: compose file 'nope.yaml' does not exist", 2, { toolVersion: '0.1.0' });
    expect(validateSarif(failure), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(failure.runs[0]!.results).toBeUndefined();
    expect(failure.runs[0]!.invocations![0]).toMatchObject({
      executionSuccessful: false,
      exitCode: 2,
      toolExecutionNotifications: [{ level: 'error', message: { text: "-f/--file: compose file 'nope.yaml' does not exist" } }],
    });
    expect(JSON.parse(renderPolicyFailure('json', 'bad', 2, '0.1.0')!)).toEqual({ error: { message: 'bad', exitCode: 2 } });
    expect(renderPolicyFailure('text', 'bad', 2, '0.1.0')).toBeUndefined();
    expect(renderPolicyFailure('github', 'bad', 2, '0.1.0')).toBeUndefined();
  });

  test('text prints compiler-style lines and the counts', () => {
    expect(formatText([finding({}), finding({ severity: 'note', line: 0, column: 0, service: '' })], { error: 1, warning: 0, note: 1 })).toBe(
      'compose.yaml:3:3: error memory-limit [db]: Service db has no memory limit.\ncompose.yaml: note memory-limit: Service db has no memory limit.\n1 error, 0 warnings, 1 note\n',
    );
  });

  test('github workflow commands escape what the runner unescapes', () => {
    const tricky = finding({ file: 'a,b:c.yaml', message: '100% sure\nsecond line', severity: 'warning' });
    const output = formatGithub([tricky, finding({ severity: 'note' })]);
    expect(output.split('\n')[0]).toBe('::warning file=a%2Cb%3Ac.yaml,line=3,col=3,title=docker-stability memory-limit (db)::100%25 sure%0Asecond line');
    const parsed = parseAnnotations(output);
    expect(parsed.map((annotation) => annotation.level)).toEqual(['warning', 'notice']);
    expect(parsed[0]!.properties).toMatchObject({ line: '3', col: '3' });
    expect(parsed[0]!.message).toBe('100% sure\nsecond line');
  });

  test('annotations: most severe first, at most 10 per level, the rest counted', () => {
    const many = [
      ...Array.from({ length: 13 }, (_, index) => finding({ severity: 'note', line: index + 1 })),
      ...Array.from({ length: 12 }, (_, index) => finding({ severity: 'error', line: index + 1 })),
      ...Array.from({ length: 3 }, (_, index) => finding({ severity: 'warning', line: index + 1 })),
    ];
    const { shown, omitted } = pickAnnotations(many);
    expect(shown.map((entry) => entry.severity)).toEqual([...Array(10).fill('error'), ...Array(3).fill('warning'), ...Array(10).fill('note')]);
    expect(omitted).toEqual({ error: 2, warning: 0, note: 3 });
    expect(annotationFor(finding({ severity: 'note' }))).toEqual({
      level: 'notice',
      message: 'Service db has no memory limit.',
      annotation: { title: 'docker-stability memory-limit (db)', file: 'compose.yaml', startLine: 3, startColumn: 3 },
    });
  });

  test('emitAnnotations hands the picked findings to the log, by level', () => {
    const calls: string[] = [];
    const log = {
      error: (message: string, annotation?: { startLine?: number }) => calls.push(`error:${annotation?.startLine}:${message}`),
      warning: (message: string, annotation?: { startLine?: number }) => calls.push(`warning:${annotation?.startLine}:${message}`),
      notice: (message: string, annotation?: { startLine?: number }) => calls.push(`notice:${annotation?.startLine}:${message}`),
    };
    const findings = [finding({ severity: 'note', line: 9 }), ...Array.from({ length: 3 }, (_, index) => finding({ line: index + 1 }))];
    const pick = emitAnnotations(log, findings, 2);
    expect(calls).toEqual(['error:1:Service db has no memory limit.', 'error:2:Service db has no memory limit.', 'notice:9:Service db has no memory limit.']);
    expect(pick.omitted).toEqual({ error: 1, warning: 0, note: 0 });
  });

  test('the summary lists every finding, what was injected, what was suppressed and what was not annotated', () => {
    const findings = Array.from({ length: 12 }, (_, index) => finding({ line: index + 1 }));
    const markdown = policySummaryMarkdown({
      findings,
      counts: countFindings(findings),
      suppressed: [{ finding: finding({ rule: 'restart-policy' }), reason: 'builds | images', source: 'inline', file: 'compose.yaml', line: 2 }],
      injected: [{ service: 'db', memoryBytes: 512 * 1024 ** 2 }],
      omitted: pickAnnotations(findings).omitted,
      mode: 'error',
    });
    expect(markdown.match(/^\| 🔴 error \| memory-limit \|/gm)).toHaveLength(12);
    expect(markdown).toContain('12 errors, 0 warnings, 0 notes. Error findings fail this step');
    expect(markdown).toContain('2 errors, 0 warnings, 0 notes are listed only in this table');
    expect(markdown).toContain('| db | 512 MiB | — |');
    expect(markdown).toContain('builds \\| images');
  });

  test('with an accepted-findings file, the verbose text and the summary say what it did to each finding', () => {
    const today = [finding({ keyPath: '' }), finding({ rule: 'privileged', keyPath: 'privileged', line: 5 }), finding({ service: 'web', keyPath: '', line: 9 })];
    const accepted = parseAcceptedFindings(acceptedFindingsDocument(today.slice(0, 2)), 'accepted.json');
    const verbose = renderPolicyReport(today, { format: 'text', verbose: true, toolVersion: '0.1.0', baseline: { file: 'accepted.json', accepted } }).text;
    expect(verbose.split('\n').slice(0, 3)).toEqual([
      'compose.yaml:5:3: error privileged [db]: Service db has no memory limit. (in the baseline; security findings are not silenced)',
      'compose.yaml:9:3: error memory-limit [web]: Service db has no memory limit. (new)',
      'compose.yaml:3:3: note memory-limit [db]: Service db has no memory limit. (accepted in the baseline; was error)',
    ]);
    const { findings, counts } = renderPolicyReport(today, { format: 'json', toolVersion: '0.1.0', baseline: { file: 'accepted.json', accepted } });
    const markdown = policySummaryMarkdown({ findings, counts, suppressed: [], injected: [], mode: 'error' });
    expect(markdown).toContain('Baseline (policy-baseline): 1 accepted as notes, 1 new; 1 security finding is listed there but not silenced.');
    expect(markdown).toContain('| 🔵 note · accepted (was error) | memory-limit | db |');
    expect(markdown).toContain('| 🔴 error · in baseline, security: not silenced | privileged | db |');
  });
});
