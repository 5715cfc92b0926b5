import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ComposeSources } from '../../../src/compose/positions.js';
import { isWithin } from '../../../src/core/paths.js';
import { defaultPolicyConfig, parsePolicyConfig } from '../../../src/policy/config.js';
import { evaluatePolicy, type Evaluation } from '../../../src/policy/evaluate.js';
import { GUARDED_RULES } from '../../../src/policy/guarded.js';
import { hostFacts } from '../../../src/policy/host.js';
import { scanSuppressions } from '../../../src/policy/suppress.js';
import { BENIGN, composeFiles, HOSTILE_CASES, HOSTILE_ROOT, RECORDING_HOME, recordedHostileModel, type HostileCase } from '../../fixtures/hostile/cases.js';

// Every hostile case against the rules, on what Compose printed for it: the rule that must
// refuse it, as an error, at the exact line and column of the value responsible — through
// anchors, extends from another file, include and a second -f file. The benign stack next to
// them must pass every one of those rules. Symlinks are a fake realpath (the links each case
// declares); the case's directory is the workspace, the fixtures' directory its parent.

const RUNNER_TEMP = '/nonexistent-runner-temp';

/** realpath over the case's declared links; every other path resolves to itself. */
function fakeRealPath(entry: HostileCase): (absolute: string) => string {
  const dir = path.join(HOSTILE_ROOT, entry.name);
  const links = Object.entries(entry.links ?? {}).map(([name, target]) => [path.join(dir, name), path.resolve(dir, target)] as const);
  return (absolute) => {
    for (const [link, target] of links) if (isWithin(link, absolute)) return path.join(target, path.relative(link, absolute));
    return absolute;
  };
}

export function evaluateHostile(entry: HostileCase, options: { allow?: string[] } = {}): Evaluation {
  const dir = path.join(HOSTILE_ROOT, entry.name);
  const files = composeFiles(entry).map((file) => path.join(dir, file));
  const host = hostFacts({ workspace: dir, env: { HOME: RECORDING_HOME, RUNNER_WORKSPACE: HOSTILE_ROOT, RUNNER_TEMP }, realPath: fakeRealPath(entry) });
  const sources = ComposeSources.load(files, (file) => readFileSync(file, 'utf8'), { canRead: (file) => isWithin(host.workspace, host.resolve(file)) });
  // The recording's <root>/ws is the case's directory, <root> the fixtures' (where outside.* are).
  const model = recordedHostileModel(entry, dir, HOSTILE_ROOT);
  let config = defaultPolicyConfig();
  try {
    config = { ...parsePolicyConfig(readFileSync(path.join(dir, '.docker-stability.yml'), 'utf8'), '.docker-stability.yml'), file: path.join(dir, '.docker-stability.yml') };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return evaluatePolicy({
    model,
    sources,
    firstFile: files[0]!,
    config,
    memoryBudget: { bytes: 64 * 1024 ** 3, label: 'test' },
    displayPath: (absolute) => path.relative(dir, absolute),
    suppressions: new Map(sources.files.map((source) => [source.path, scanSuppressions(source.text)])),
    host,
    allow: options.allow as never,
  });
}

/** 1-based line and column of `snippet` in the case's file. */
function positionOf(entry: HostileCase): { line: number; column: number } {
  const file = entry.file ?? composeFiles(entry)[0]!;
  const lines = readFileSync(path.join(HOSTILE_ROOT, entry.name, file), 'utf8').split('\n');
  const index = lines.findIndex((line) => line.includes(entry.snippet));
  if (index < 0) throw new Error(`'${entry.snippet}' not in ${entry.name}/${file}`);
  const indent = lines[index]!.length - lines[index]!.trimStart().length;
  return { line: index + 1, column: indent + 1 };
}

describe('hostile compose files', () => {
  test.each(HOSTILE_CASES.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    const { findings } = evaluateHostile(entry);
    const file = entry.file ?? composeFiles(entry)[0]!;
    const { line } = positionOf(entry);
    const matching = findings.filter((finding) => finding.rule === entry.rule && finding.service === entry.service);
    expect(matching.map((finding) => `${finding.file}:${finding.line}:${finding.severity}`), findings.map((finding) => `${finding.rule} ${finding.file}:${finding.line}`).join('\n')).toContain(`${file}:${line}:error`);
    // The value itself, not merely its line: the column is where the value (or its entry) starts.
    const found = matching.find((finding) => finding.line === line)!;
    const text = readFileSync(path.join(HOSTILE_ROOT, entry.name, file), 'utf8').split('\n')[line - 1]!;
    expect(text.slice(found.column - 1)).toMatch(/^\S/);
  });

  test('the benign stack passes every host-access, isolation and workspace rule', () => {
    const { findings } = evaluateHostile(BENIGN);
    expect(findings.filter((finding) => (GUARDED_RULES as readonly string[]).includes(finding.rule) && finding.rule !== 'capabilities')).toEqual([]);
    // CHOWN and NET_BIND_SERVICE are not dangerous: the capabilities warning only.
    expect(findings.filter((finding) => finding.rule === 'capabilities').map((finding) => finding.severity)).toEqual(['warning']);
  });

  test('messages say what the mount really reaches: the link, the socket, the volume behind it', () => {
    const link = evaluateHostile(HOSTILE_CASES.find((entry) => entry.name === 'socket-link')!).findings.find((finding) => finding.rule === 'docker-socket')!;
    expect(link.message).toMatch(/mounts \/.*\/socket-link\/sock \(a link to \/var\/run\/docker\.sock\) at \/var\/run\/docker\.sock, which reaches the container runtime socket/);
    const volume = evaluateHostile(HOSTILE_CASES.find((entry) => entry.name === 'volume-bind-root')!).findings.find((finding) => finding.rule === 'docker-socket')!;
    expect(volume.message).toContain('volume root (driver_opts device /) at /host');
    const temp = evaluateHostile(HOSTILE_CASES.find((entry) => entry.name === 'runner-temp')!).findings.find((finding) => finding.rule === 'host-path')!;
    expect(temp.message).toContain(`the runner's RUNNER_TEMP (${RUNNER_TEMP})`);
  });

  test('the include outside the workspace is judged, never read', () => {
    const entry = HOSTILE_CASES.find((candidate) => candidate.name === 'include-outside')!;
    const dir = path.join(HOSTILE_ROOT, entry.name);
    const read: string[] = [];
    const sources = ComposeSources.load([path.join(dir, 'compose.yaml')], (file) => {
      read.push(file);
      return readFileSync(file, 'utf8');
    }, { canRead: (file) => isWithin(dir, file) });
    expect(read).toEqual([path.join(dir, 'compose.yaml')]);
    expect(sources.references()).toEqual([{ kind: 'include', target: path.join(HOSTILE_ROOT, 'outside.yaml'), at: { file: path.join(dir, 'compose.yaml'), line: 3, column: 5 } }]);
  });

  test.each(['seccomp', 'cap-sys-admin', 'socket-link', 'include-outside'])('policy-allow (the workflow) allows %s, listed as suppressed by the input', (name) => {
    const entry = HOSTILE_CASES.find((candidate) => candidate.name === name)!;
    const { findings, suppressed } = evaluateHostile(entry, { allow: [entry.rule] });
    expect(findings.filter((finding) => finding.rule === entry.rule)).toEqual([]);
    expect(suppressed.filter((item) => item.finding.rule === entry.rule).map((item) => [item.source, item.refused])).toEqual([['input', undefined]]);
  });

  test.each(['suppressed-inline', 'suppressed-config'])('%s: the tree cannot suppress a security rule; the finding stands and the refusal is kept', (name) => {
    const entry = HOSTILE_CASES.find((candidate) => candidate.name === name)!;
    const { findings, suppressed } = evaluateHostile(entry);
    const { line } = positionOf(entry);
    expect(findings.filter((finding) => finding.rule === 'privileged').map((finding) => [finding.line, finding.severity])).toEqual([[line, 'error']]);
    expect(suppressed).toEqual([
      expect.objectContaining({
        finding: expect.objectContaining({ rule: 'privileged', line }),
        source: name === 'suppressed-inline' ? 'inline' : 'config',
        file: name === 'suppressed-inline' ? 'compose.yaml' : '.docker-stability.yml',
        line: name === 'suppressed-inline' ? line : 3,
        reason: 'the builder needs it',
        refused: expect.stringContaining('only by the workflow (the policy-allow input)'),
      }),
    ]);
  });
});
