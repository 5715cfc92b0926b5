import { describe, expect, test } from 'vitest';
import { defaultPolicyConfig } from '../../../src/policy/config.js';
import { evaluatePolicy } from '../../../src/policy/evaluate.js';
import { scanSuppressions } from '../../../src/policy/suppress.js';
import { ComposeSources } from '../../../src/compose/positions.js';
import type { ComposeModel } from '../../../src/compose/model.js';

describe('inline suppressions', () => {
  test.each([
    ['on the line itself', 'a: 1\nrestart: always # docker-stability-ignore: restart-policy needed for the proxy\n', 2],
    ['on the line above', '# docker-stability-ignore: restart-policy needed\nrestart: always\n', 2],
    ['stacked above', '# docker-stability-ignore: restart-policy one\n# docker-stability-ignore: privileged two\nx: 1\n', 3],
  ])('a directive %s covers that line', (_name, text, line) => {
    const { byLine, problems } = scanSuppressions(text);
    expect(problems).toEqual([]);
    expect([...byLine.keys()]).toEqual([line]);
  });

  test('several rules, comma-separated, with the reason kept', () => {
    const { byLine } = scanSuppressions('# docker-stability-ignore: privileged,docker-socket builds images (INFRA-1)\nx: 1\n');
    expect(Object.fromEntries(byLine.get(2)!)).toEqual({ privileged: { line: 1, reason: 'builds images (INFRA-1)' }, 'docker-socket': { line: 1, reason: 'builds images (INFRA-1)' } });
  });

  test.each([
    ['an unknown rule', '# docker-stability-ignore: memory-limits typo\nx: 1\n', "unknown rule 'memory-limits'"],
    ['no rule', '# docker-stability-ignore:\nx: 1\n', 'names no rule'],
    ['a blank line after it', '# docker-stability-ignore: privileged why\n\nx: 1\n', 'stands above no line'],
    ['the end of the file after it', 'x: 1\n# docker-stability-ignore: privileged why', 'stands above no line'],
  ])('%s is a problem, not a silent no-op', (_name, text, message) => {
    const { problems } = scanSuppressions(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain(message);
  });

  test('a directive without a reason is kept as unexplained, not as bad input', () => {
    const { byLine, unexplained, problems } = scanSuppressions('x: 1 # docker-stability-ignore: privileged,restart-policy\n');
    expect(problems).toEqual([]);
    expect(unexplained).toEqual([{ line: 1, rules: ['privileged', 'restart-policy'] }]);
    expect(byLine.get(1)!.get('restart-policy')).toEqual({ line: 1, reason: '' });
  });

  const text = [
    'services:', //                                                                 1
    '  # docker-stability-ignore: memory-limit sized by the runner, see ADR-7', //   2
    '  app:', //                                                                    3
    '    image: x:1', //                                                            4
    '    restart: always # docker-stability-ignore: restart-policy proxy', //        5
    '  other:', //                                                                  6
    '    image: x:1', //                                                            7
    '    restart: always', //                                                       8
  ].join('\n');
  const model: ComposeModel = { name: 'p', services: { app: { image: 'x:1', restart: 'always' }, other: { image: 'x:1', restart: 'always' } } };
  const sources = ComposeSources.load(['/p/compose.yaml'], () => text);
  const evaluation = evaluatePolicy({
    model,
    sources,
    firstFile: '/p/compose.yaml',
    config: defaultPolicyConfig(),
    memoryBudget: { bytes: 1e12, label: 'test' },
    displayPath: () => 'compose.yaml',
    suppressions: new Map([['/p/compose.yaml', scanSuppressions(text)]]),
  });

  test('suppressed findings leave the findings and are kept with their reason', () => {
    const rules = (list: Array<{ rule: string; service: string }>) => list.map((finding) => `${finding.rule}/${finding.service}`).sort();
    expect(rules(evaluation.suppressed.map(({ finding }) => finding))).toEqual(['memory-limit/app', 'restart-policy/app']);
    expect(evaluation.suppressed.find(({ finding }) => finding.rule === 'restart-policy')!.reason).toBe('proxy');
    expect(rules(evaluation.findings)).toEqual(['cpu-limit/app', 'cpu-limit/other', 'memory-limit/other', 'restart-policy/other']);
  });
});
