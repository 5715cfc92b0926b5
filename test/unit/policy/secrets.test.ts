import { describe, expect, test } from 'vitest';
import { compareModels, formatDivergenceJson, formatDivergenceMarkdown } from '../../../src/policy/compare.js';
import { formatGithub } from '../../../src/policy/format/github.js';
import { formatJson } from '../../../src/policy/format/json.js';
import { formatSarif } from '../../../src/policy/format/sarif.js';
import { policySummaryMarkdown } from '../../../src/policy/format/summary.js';
import { formatText } from '../../../src/policy/format/text.js';
import { countFindings } from '../../../src/policy/finding.js';
import { fixture, recordedModel } from '../../fixtures/policy/fixtures.js';
import { evaluateFixture } from './support.js';

// The secrets fixture interpolates one value into environment (map and list), command, labels
// and an x- extension. The model Compose prints holds it; no output may.
const SECRET = 's3cr3t-Value-42';

describe('environment values never reach an output', () => {
  const model = recordedModel(fixture('secrets'));
  const { findings, suppressed } = evaluateFixture('secrets');

  test('the recorded model does hold the value (so the test can fail)', () => {
    expect(JSON.stringify(model)).toContain(SECRET);
  });

  test('the fixture produces findings about the very values that hold it', () => {
    const rules = new Set(findings.map((finding) => finding.rule));
    for (const rule of ['unsafe-durability', 'tmpfs-size', 'memory-limit', 'port-bind-all', 'healthcheck', 'memory-fit']) expect(rules).toContain(rule);
  });

  const counts = countFindings(findings);
  test.each([
    ['text', () => formatText(findings, counts)],
    ['json', () => formatJson(findings, counts)],
    ['sarif', () => formatSarif(findings, { toolVersion: '0.1.0' })],
    ['github', () => formatGithub(findings)],
    ['summary', () => policySummaryMarkdown({ findings, counts, suppressed, injected: [], mode: 'error' })],
    ['compare markdown', () => formatDivergenceMarkdown(compareModels(model, model, { dev: 'a.yaml', test: 'b.yaml' }))],
    ['compare json', () => formatDivergenceJson(compareModels(model, model, { dev: 'a.yaml', test: 'b.yaml' }))],
  ])('%s', (_format, render) => {
    const output = render();
    expect(output.length).toBeGreaterThan(50);
    expect(output).not.toContain(SECRET);
  });
});
