import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { RULE_IDS } from '../../../src/policy/catalog.js';
import { annotationFor, emitAnnotations, pickAnnotations } from '../../../src/policy/format/annotations.js';
import { formatGithub } from '../../../src/policy/format/github.js';
import { formatJson } from '../../../src/policy/format/json.js';
import { buildSarif } from '../../../src/policy/format/sarif.js';
import { policySummaryMarkdown } from '../../../src/policy/format/summary.js';
import { formatText } from '../../../src/policy/format/text.js';
import { countFindings, type Finding } from '../../../src/policy/finding.js';
import { parseAnnotations } from '../../support/runner.js';
import { evaluateFixture } from './support.js';

// The SARIF 2.1.0 schema (rtm.5, the one code scanning validates against) as Microsoft's
// sarif-matcher-utils package ships it; draft-04, hence ajv-draft-04.
const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/sarif-matcher-utils/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
// unicodeRegExp off: the schema's 'language' pattern has a stray ']' that only non-unicode regexes accept.
// Both are CommonJS modules whose default export sits under .default when imported as ESM.
const Ajv04 = (ajvDraft04.default ?? ajvDraft04) as typeof ajvDraft04.default;
const addFormats = (ajvFormats.default ?? ajvFormats) as typeof ajvFormats.default;
const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

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

  test('JSON has exactly the documented fields', () => {
    const parsed = JSON.parse(formatJson([finding({})], countFindings([finding({})]))) as Record<string, unknown>;
    expect(parsed).toEqual({
      findings: [{ rule: 'memory-limit', severity: 'error', service: 'db', file: 'compose.yaml', line: 3, column: 3, message: 'Service db has no memory limit.' }],
      counts: { error: 1, warning: 0, note: 0 },
      suppressed: [],
    });
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
});
