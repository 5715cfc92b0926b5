import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import type { ComposeModel } from '../../../src/compose/model.js';
import { ComposeSources } from '../../../src/compose/positions.js';
import type { RuleId } from '../../../src/policy/catalog.js';
import { parsePolicyConfig } from '../../../src/policy/config.js';
import { evaluatePolicy, type SuppressedFinding } from '../../../src/policy/evaluate.js';
import { countFindings } from '../../../src/policy/finding.js';
import { formatJson } from '../../../src/policy/format/json.js';
import { buildSarif } from '../../../src/policy/format/sarif.js';
import { policySummaryMarkdown } from '../../../src/policy/format/summary.js';
import { SUPPRESSION_ROWS } from '../../../src/policy/format/suppressions.js';
import { formatText } from '../../../src/policy/format/text.js';
import { scanSuppressions } from '../../../src/policy/suppress.js';

// Who may suppress what, and how every suppression is shown: comments and the policy file
// (the checked-out tree) suppress ordinary rules with a reason, never security rules; the
// workflow's policy-allow input suppresses anything. Each suppression, applied or refused, is
// kept with its source, line and reason, and reaches the summary, SARIF, JSON and text.

const COMPOSE = [
  'services:', //                                                                          1
  '  app:', //                                                                             2
  '    image: x:1', //                                                                     3
  '    mem_limit: 64m', //                                                                 4
  '    cpus: 1', //                                                                        5
  '    restart: always # docker-stability-ignore: restart-policy the proxy restarts it', //  6
  '    container_name: fixed # docker-stability-ignore: container-name', //               7
  '    privileged: true # docker-stability-ignore: privileged the builder needs it', //    8
  '    cap_add: [SYS_ADMIN, CHOWN]', //                                                    9
  '    devices: ["/dev/fuse:/dev/fuse"]', //                                               10
].join('\n');
const MODEL: ComposeModel = {
  name: 'p',
  services: {
    app: {
      image: 'x:1',
      mem_limit: '67108864',
      cpus: 1,
      restart: 'always',
      container_name: 'fixed',
      privileged: true,
      cap_add: ['SYS_ADMIN', 'CHOWN'],
      devices: [{ source: '/dev/fuse', target: '/dev/fuse', permissions: 'rwm' }],
    } as ComposeModel['services'][string],
  },
};

function evaluate(configText = '', allow: RuleId[] = []): ReturnType<typeof evaluatePolicy> {
  const sources = ComposeSources.load(['/p/compose.yaml'], () => COMPOSE);
  const config = configText ? { ...parsePolicyConfig(configText, '.docker-stability.yml'), file: '/p/.docker-stability.yml' } : parsePolicyConfig('', 'x');
  return evaluatePolicy({
    model: MODEL,
    sources,
    firstFile: '/p/compose.yaml',
    config,
    memoryBudget: { bytes: 1e12, label: 'test' },
    displayPath: (file) => file.replace('/p/', ''),
    suppressions: new Map([['/p/compose.yaml', scanSuppressions(COMPOSE)]]),
    allow,
  });
}

const summary = (entry: SuppressedFinding): string => `${entry.finding.rule}:${entry.source}:${entry.file ?? ''}:${entry.line ?? ''}:${entry.reason}:${entry.refused ? 'refused' : 'applied'}`;

describe('who may suppress what', () => {
  test('comments: an ordinary rule with a reason is suppressed; a security rule is refused; no reason does not apply', () => {
    const { findings, suppressed } = evaluate();
    expect(suppressed.map(summary).sort()).toEqual([
      'container-name:inline:compose.yaml:7::refused',
      'privileged:inline:compose.yaml:8:the builder needs it:refused',
      'restart-policy:inline:compose.yaml:6:the proxy restarts it:applied',
    ]);
    expect(suppressed.find((entry) => entry.finding.rule === 'container-name')!.refused).toContain('needs a reason');
    const rules = findings.map((finding) => `${finding.rule}:${finding.line}:${finding.severity}`);
    expect(rules).toEqual(expect.arrayContaining(['privileged:8:error', 'container-name:7:warning', 'suppression-reason:7:warning', 'dangerous-capabilities:9:error', 'devices:10:error']));
    expect(rules.some((rule) => rule.startsWith('restart-policy'))).toBe(false);
  });

  test.each<[string, string, string[]]>([
    ['off', 'policy:\n  rules:\n    privileged: off\n', ['privileged:config:.docker-stability.yml:3::refused']],
    ['a lower severity', 'policy:\n  rules:\n    devices: { severity: note, reason: fuse for tests }\n', ['devices:config:.docker-stability.yml:3:fuse for tests:refused']],
    ['exempt services', 'policy:\n  rules:\n    dangerous-capabilities: { exempt: [app], reason: ok }\n', ['dangerous-capabilities:config:.docker-stability.yml:3:ok:refused']],
    ['capabilities.allow naming a dangerous one', 'policy:\n  rules:\n    capabilities: { allow: [SYS_ADMIN] }\n', ['dangerous-capabilities:config:.docker-stability.yml:3::refused']],
  ])('the policy file cannot turn a security rule off by %s: refused, the finding stands at its severity', (_name, config, expected) => {
    const { findings, suppressed } = evaluate(config);
    const fromFile = suppressed.filter((entry) => entry.source === 'config');
    expect(fromFile.map(summary)).toEqual(expected);
    const rule = fromFile[0]!.finding.rule;
    expect(findings.filter((finding) => finding.rule === rule).map((finding) => finding.severity)).toEqual(['error']);
  });

  test('the policy file turns an ordinary rule off with a reason: each would-be finding is listed as suppressed', () => {
    const { findings, suppressed } = evaluate('policy:\n  rules:\n    container-name: { severity: off, reason: "one copy per host (OPS-7)" }\n');
    expect(suppressed.filter((entry) => entry.source === 'config').map(summary)).toEqual(['container-name:config:.docker-stability.yml:3:one copy per host (OPS-7):applied']);
    expect(findings.some((finding) => finding.rule === 'container-name' || (finding.rule === 'suppression-reason' && finding.file === '.docker-stability.yml'))).toBe(false);
  });

  test('a policy-file suppression without a reason applies, and is a suppression-reason finding at its line', () => {
    const { findings, suppressed } = evaluate('policy:\n  rules:\n    cpu-limit: off\n    image-tag: { exempt: [app] }\n');
    const unexplained = findings.filter((finding) => finding.rule === 'suppression-reason' && finding.file === '.docker-stability.yml');
    expect(unexplained.map((finding) => [finding.line, finding.severity])).toEqual([[3, 'warning'], [4, 'warning']]);
    expect(unexplained[0]!.message).toContain('turns cpu-limit off without a reason');
    expect(suppressed.some((entry) => entry.finding.rule === 'cpu-limit' || entry.finding.rule === 'image-tag')).toBe(false);
  });

  test('policy-allow (the workflow) allows a security rule, whatever the tree says', () => {
    const { findings, suppressed } = evaluate('policy:\n  rules:\n    privileged: off\n', ['privileged', 'dangerous-capabilities']);
    expect(findings.some((finding) => finding.rule === 'privileged' || finding.rule === 'dangerous-capabilities')).toBe(false);
    expect(suppressed.filter((entry) => entry.source === 'input').map((entry) => entry.finding.rule).sort()).toEqual(['dangerous-capabilities', 'privileged']);
    expect(suppressed.filter((entry) => entry.source === 'input').every((entry) => entry.reason === 'allowed by the workflow input policy-allow' && !entry.refused)).toBe(true);
  });
});

// The SARIF 2.1.0 schema the other format tests use (rtm.5, as code scanning validates).
const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/sarif-matcher-utils/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
const Ajv04 = (ajvDraft04.default ?? ajvDraft04) as typeof ajvDraft04.default;
const addFormats = (ajvFormats.default ?? ajvFormats) as typeof ajvFormats.default;
const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

describe('suppressions in every output', () => {
  const { findings, suppressed } = evaluate('policy:\n  rules:\n    privileged: off\n', ['devices']);

  test('SARIF: applied ones are results with an accepted suppression, refused ones stand with a rejected one; the log validates', () => {
    const log = buildSarif(findings, { toolVersion: '0.1.0' }, suppressed);
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    const results = log.runs[0]!.results!;
    expect(results).toHaveLength(findings.length + suppressed.filter((entry) => !entry.refused).length);
    const restart = results.find((result) => result.ruleId === 'restart-policy')!;
    expect(restart.suppressions).toEqual([
      {
        kind: 'inSource',
        status: 'accepted',
        justification: 'the proxy restarts it',
        location: { physicalLocation: { artifactLocation: { uri: 'compose.yaml' }, region: { startLine: 6 } } },
        properties: { source: 'compose file comment' },
      },
    ]);
    const devices = results.find((result) => result.ruleId === 'devices')!;
    expect(devices.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'allowed by the workflow input policy-allow', properties: { source: 'workflow input policy-allow' } }]);
    const privileged = results.find((result) => result.ruleId === 'privileged')!;
    expect(privileged.level).toBe('error');
    // Both attempts of the tree, each refused: the policy file's and the comment's.
    expect(privileged.suppressions!.map((entry) => [entry.kind, entry.status, entry.properties?.source])).toEqual([
      ['external', 'rejected', 'policy file'],
      ['inSource', 'rejected', 'compose file comment'],
    ]);
    expect(String(privileged.suppressions![0]!.properties!.refused)).toContain('only by the workflow');
  });

  test('a suppression with a bad status is caught by the validator (the check can fail)', () => {
    const log = buildSarif(findings, { toolVersion: '0.1.0' }, suppressed) as unknown as { runs: Array<{ results: Array<{ suppressions?: Array<{ status: string }> }> }> };
    log.runs[0]!.results.find((result) => result.suppressions)!.suppressions![0]!.status = 'ignored';
    expect(validateSarif(log)).toBe(false);
  });

  test('the summary lists what was suppressed, by whom and why, and what was refused and why', () => {
    const markdown = policySummaryMarkdown({ findings, counts: countFindings(findings), suppressed, injected: [], mode: 'error' });
    expect(markdown).toContain('**Suppressed** (2)');
    expect(markdown).toContain("The workflow's `policy-allow` input allows `devices`.");
    expect(markdown).toMatch(/\| restart-policy \| app \| compose\.yaml:6:\d+ \| comment in the compose file \(compose\.yaml:6\) \| the proxy restarts it \|/);
    expect(markdown).toMatch(/\| devices \| app \| compose\.yaml:10:\d+ \| workflow input `policy-allow` \|/);
    expect(markdown).toContain('**Suppressions refused** (3): these findings stand.');
    expect(markdown).toMatch(/\| privileged \| app \| compose\.yaml:8:\d+ \| comment in the compose file \(compose\.yaml:8\) \| the builder needs it \| security rules can be turned off only by the workflow/);
    expect(markdown).toMatch(/\| privileged \| app \| compose\.yaml:8:\d+ \| policy file \(\.docker-stability\.yml:3\) \| \(none given\) \| security rules can be turned off only by the workflow/);
    expect(markdown).toMatch(/\| container-name \| app \| compose\.yaml:7:\d+ \| comment in the compose file \(compose\.yaml:7\) \| \(none given\) \| a suppression needs a reason/);
  });

  test('the summary keeps its tables bounded; the rest is counted', () => {
    const applied = suppressed.find((entry) => entry.finding.rule === 'restart-policy')!;
    const many = Array.from({ length: SUPPRESSION_ROWS + 7 }, (_, index) => ({ ...applied, finding: { ...applied.finding, line: index + 1 } }));
    const markdown = policySummaryMarkdown({ findings: [], counts: countFindings([]), suppressed: many, injected: [], mode: 'error' });
    expect(markdown.match(/^\| restart-policy /gm)).toHaveLength(SUPPRESSION_ROWS);
    expect(markdown).toContain('7 more are in report.json and the SARIF file.');
  });

  test('JSON and text carry every suppression', () => {
    const json = JSON.parse(formatJson(findings, countFindings(findings), { suppressed: suppressed })) as { suppressed: Array<Record<string, unknown>> };
    expect(json.suppressed).toHaveLength(suppressed.length);
    expect(json.suppressed.find((entry) => entry.source === 'config')).toMatchObject({ file: '.docker-stability.yml', line: 3, reason: '', refused: expect.stringContaining('policy-allow') });
    const text = formatText(findings, countFindings(findings), suppressed);
    expect(text).toMatch(/^compose\.yaml:6:\d+: suppressed restart-policy \[app\] by a comment at compose\.yaml:6: the proxy restarts it$/m);
    expect(text).toMatch(/^compose\.yaml:8:\d+: refused suppression of privileged \[app\] by the policy file at \.docker-stability\.yml:3: security rules/m);
    expect(text).toMatch(/^compose\.yaml:10:\d+: suppressed devices \[app\] by the policy-allow input: allowed by the workflow input policy-allow$/m);
  });
});
