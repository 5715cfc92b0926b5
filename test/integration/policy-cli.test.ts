import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../support/runner.js';
import { validateSarif } from '../support/sarif-schema.js';

// `docker-stability check` and `compare` as a user runs them: real `docker compose`, the
// process's exit code and output. No containers are created (config needs no daemon).

const POLICY = path.join(REPO_ROOT, 'test/fixtures/policy');
const BAD = path.join(REPO_ROOT, 'test/fixtures/bad');
// tsx by absolute URL: the CLI also runs in directories outside the repository.
const TSX = pathToFileURL(path.join(REPO_ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const scratch = mkdtempSync(path.join(os.tmpdir(), 'dsa-policy-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd: string, env: Record<string, string> = {}): Run {
  const result = spawnSync(process.execPath, ['--import', TSX, path.join(REPO_ROOT, 'src/entry/cli.ts'), ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/root', ...(process.env.DOCKER_HOST ? { DOCKER_HOST: process.env.DOCKER_HOST } : {}), ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonReport {
  findings: Array<{ rule: string; severity: string; service: string; file: string; line: number; column: number; message: string; fingerprint: string; baselineState?: string }>;
  counts: { error: number; warning: number; note: number };
  baseline?: { accepted: number; keptSecurity: number; new: number; absent: unknown[] };
}

describe('docker-stability check', () => {
  test('exit 0 without error findings', () => {
    const run = cli(['check'], path.join(POLICY, 'clean'));
    expect(run.stderr).toBe('');
    expect(run).toMatchObject({ code: 0, stdout: 'No policy findings.\n' });
  });

  test('exit 1 with error findings; JSON with paths as the user gave them', () => {
    const run = cli(['check', '-f', 'resources/compose.yaml', '--format', 'json'], POLICY);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.counts.error).toBe(3);
    expect(new Set(report.findings.map((finding) => finding.file))).toEqual(new Set(['resources/compose.yaml']));
    expect(Object.keys(report.findings[0]!)).toEqual(['rule', 'severity', 'service', 'file', 'line', 'column', 'message', 'fingerprint', 'keyPath']);
  });

  test('two -f files: findings point into the file that wins', () => {
    const report = JSON.parse(cli(['check', '-f', 'compose.yaml', '-f', 'ci.yaml', '--format', 'json'], path.join(POLICY, 'positions')).stdout) as JsonReport;
    expect(report.findings.find((finding) => finding.rule === 'container-name')).toMatchObject({ file: 'ci.yaml', line: 3, column: 21 });
    expect(report.findings.find((finding) => finding.rule === 'privileged')).toMatchObject({ file: 'common.yaml', line: 4 });
    expect(report.findings.find((finding) => finding.rule === 'restart-policy' && finding.service === 'from-include')).toMatchObject({ file: 'included.yaml' });
  });

  test('github format prints workflow commands; sarif is SARIF; --output writes the file', () => {
    const github = cli(['check', '--format', 'github'], path.join(POLICY, 'security'));
    expect(github.code).toBe(1);
    expect(github.stdout.split('\n')[0]).toMatch(/^::error file=compose\.yaml,line=\d+,col=\d+,title=docker-stability \S+ \(\S+\)::/);
    const output = path.join(scratch, 'policy.sarif');
    const sarif = cli(['check', '--format', 'sarif', '--output', output], path.join(POLICY, 'security'));
    expect(sarif.code).toBe(1);
    expect(sarif.stdout).toBe('');
    expect(sarif.stderr).toMatch(/errors?, \d+ warnings?, \d+ notes?; sarif report written to /);
    const log = JSON.parse(readFileSync(output, 'utf8')) as { version: string; runs: Array<{ results: unknown[] }> };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.results.length).toBeGreaterThan(5);
  });

  test('without a daemon: the same exit codes, and memory-budget says why it was skipped', () => {
    const run = cli(['check', '--format', 'json'], path.join(POLICY, 'clean'), { DOCKER_HOST: 'unix:///nonexistent/docker.sock' });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as JsonReport).findings).toMatchObject([{ rule: 'memory-budget', severity: 'note', message: expect.stringContaining('not checked') }]);
    expect(cli(['check'], path.join(POLICY, 'resources'), { DOCKER_HOST: 'unix:///nonexistent/docker.sock' }).code).toBe(1);
  });

  test('remediation: the override Compose accepts, injected limits as notes', () => {
    const override = path.join(scratch, 'override.yaml');
    const run = cli(['check', '--format', 'json', '--default-memory-limit', '256m', '--default-cpu-limit', '0.5', '--write-override', override], path.join(POLICY, 'remediation'));
    expect(run.stderr).toContain('injected into bare: memory 256 MiB, 0.5 CPUs');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.findings.filter((finding) => finding.rule === 'memory-limit').map((finding) => [finding.service, finding.severity])).toEqual([
      ['bare', 'note'],
      ['deploy-cpus', 'note'],
      ['legacy-cpus', 'note'],
    ]);
    expect(parse(readFileSync(override, 'utf8'))).toMatchObject({ services: { 'deploy-cpus': { deploy: { resources: { limits: { memory: '268435456' } } } } } });
  });

  test('environment values never appear in any output format', () => {
    const env = { DB_PASSWORD: 'hunter2-Env-Only-Value' };
    for (const format of ['text', 'json', 'sarif', 'github']) {
      const run = cli(['check', '--format', format], path.join(POLICY, 'secrets'), env);
      expect(run.code).toBe(1);
      expect(run.stdout.length).toBeGreaterThan(100);
      expect(`${run.stdout}${run.stderr}`).not.toContain(env.DB_PASSWORD);
    }
    const compare = cli(['compare', 'secrets/compose.yaml', 'secrets/compose.yaml'], POLICY, env);
    expect(compare.code).toBe(0);
    expect(compare.stdout).not.toContain(env.DB_PASSWORD);
  });
});

describe('Compose errors that quote interpolated values', () => {
  test('the values of the variables the files reference are blanked out, from the environment and .env alike', () => {
    const secret = 'hunter2-Port-Not-A-Number';
    const run = cli(['check'], path.join(POLICY, 'secret-in-error'), { SECRET_PORT: secret });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Compose could not load compose\.yaml: .*\*\*\*/);
    expect(`${run.stdout}${run.stderr}`).not.toContain(secret);
    expect(`${run.stdout}${run.stderr}`).not.toContain('from-dotenv-Token-9f3a');
  });
});

describe('bad usage and input: exit 2 with the reason', () => {
  test.each([
    ['a missing file is named', ['check', '-f', 'nope.yaml'], 'clean', /compose file 'nope\.yaml' does not exist/],
    ['an unknown format', ['check', '--format', 'xml'], 'clean', /--format: 'xml' is not one of text, json, sarif, github/],
    ['a bad default limit', ['check', '--default-memory-limit', 'lots'], 'clean', /--default-memory-limit: 'lots' is not a size/],
    ['a missing --config', ['check', '--config', 'missing.yml'], 'clean', /missing\.yml: the policy configuration file does not exist/],
  ])('%s', (_name, args, dir, message) => {
    const run = cli(args, path.join(POLICY, dir));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  test.each([
    ['malformed YAML, with file:line', 'malformed', /compose\.yaml:[4-6]:\d+: invalid YAML/],
    ['a duplicate key, at its line', 'duplicate-key', /compose\.yaml:5:5: invalid YAML: Map keys must be unique/],
    ['a tab-indented file, at its line', 'tab-indent', /compose\.yaml:3:\d+: invalid YAML/],
    ['an alias bomb, refused', 'alias-bomb', /compose\.yaml:\d+:\d+: its aliases expand to \d+ nodes .* refused as an alias bomb/],
    ['a missing variable, in Compose\'s words', 'missing-variable', /Compose could not load compose\.yaml: .*DSA_REQUIRED_IMAGE.*set DSA_REQUIRED_IMAGE to the image under test/s],
    ['an unknown rule in a suppression', 'unknown-suppression', /compose\.yaml:4: docker-stability-ignore names unknown rule 'memory-limits'/],
    ['unknown keys and rules in the configuration, all at once', 'bad-config', /\.docker-stability\.yml: \n {2}line 3: unknown rule 'cpu-limits'.*\n {2}line 5: image-tag: severity must be one of.*\n {2}line 6: unknown key 'exemptions' for rule image-tag/],
  ])('%s', (_name, dir, message) => {
    const started = Date.now();
    const run = cli(['check'], path.join(BAD, dir));
    expect(run.stderr).toMatch(message);
    expect(run.code).toBe(2);
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  test('a 10 MB compose file is checked to the end', () => {
    const dir = mkdtempSync(path.join(scratch, 'big-'));
    const blocks = ['services:'];
    for (let index = 0; blocks.join('\n').length < 10 * 1024 * 1024; index += 1) {
      blocks.push(`  service-${index}:\n    image: dsa-test/busybox:1\n    mem_limit: 64m\n    cpus: 0.1\n    labels:\n      com.example.blob: "${'z'.repeat(10_000)}"`);
    }
    writeFileSync(path.join(dir, 'compose.yaml'), `${blocks.join('\n')}\n`);
    const run = cli(['check', '--format', 'json'], dir, { DOCKER_HOST: 'unix:///nonexistent/docker.sock' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as JsonReport).counts).toEqual({ error: 0, warning: 0, note: 1 });
  });
});

describe('docker-stability compare', () => {
  test('several files per side, profiles and env files per side: only the differing rows, the new rows, no interpolated value', () => {
    const args = ['compare', '--dev', 'compare-sides/base.yaml', '--dev', 'compare-sides/dev.yaml', '--dev-profile', 'mail', '--test', 'compare-sides/base.yaml', '--test', 'compare-sides/test.yaml', '--test-env-file', 'compare-sides/test.env'];
    const run = cli(args, POLICY);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('### Configuration divergence: compare-sides/base.yaml + compare-sides/dev.yaml (profile mail) ↔ compare-sides/base.yaml + compare-sides/test.yaml');
    expect(run.stdout).toContain('| api | Declared memory | JVM heap 512 MiB | JVM heap 768 MiB | ≠ |');
    expect(run.stdout).toContain('| cache | Persistence | Redis appendonly yes | Redis appendonly no, Redis save off | ≠ |');
    expect(run.stdout).toContain('| db | Image | postgres:16 | postgres:16.4 | ≠ |');
    // The profile enabled the dev side's mailcatcher; the test side's tag came from its env file
    // and is blanked like every value of a variable the files interpolate.
    expect(run.stdout).toContain('| (one side only) | Services | mailcatcher | none | ≠ |');
    expect(run.stdout).toContain('| api | Image | example/api:1.4.2 | example/api:*** | ≠ |');
    expect(run.stdout).not.toContain('1.5.0-rc1');
    // Same on both sides: hidden by default, shown with --all.
    expect(run.stdout).not.toContain('| api | Memory limit |');
    expect(run.stdout).toMatch(/3 paired services, \d+ differing settings \(\d+ identical rows not shown; --all shows them\)\./);
    expect(cli([...args, '--all'], POLICY).stdout).toContain('| api | Memory limit | 1 GiB | 1 GiB |  |');
    const json = JSON.parse(cli([...args, '--format', 'json'], POLICY).stdout) as { services: Array<{ rows: Array<{ same: boolean }> }>; differing: number; onlyInDev: string[] };
    expect(json.onlyInDev).toEqual(['mailcatcher']);
    expect(json.services.flatMap((service) => service.rows)).toHaveLength(json.differing);
  });

  test('markdown table of the divergence, and JSON', () => {
    const markdown = cli(['compare', 'compare/dev.yaml', 'compare/test.yaml'], POLICY);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toContain('| dev-postgres ↔ test-postgres | Storage | named volume → /var/lib/postgresql/data | tmpfs (no size) → /var/lib/postgresql/data | ≠ |');
    const json = JSON.parse(cli(['compare', 'compare/dev.yaml', 'compare/test.yaml', '--format', 'json'], POLICY).stdout) as { onlyInDev: string[] };
    expect(json.onlyInDev).toEqual(['adminer']);
  });

  test('bad input is exit 2', () => {
    expect(cli(['compare', 'compare/dev.yaml', 'missing.yaml'], POLICY).code).toBe(2);
    expect(cli(['compare', 'compare/dev.yaml', 'compare/test.yaml', '--format', 'html'], POLICY).code).toBe(2);
    expect(cli(['compare', '--dev', 'compare/dev.yaml'], POLICY)).toMatchObject({ code: 2, stderr: expect.stringContaining('--test FILE') });
    expect(cli(['compare', 'compare/dev.yaml', 'compare/test.yaml', '--dev', 'compare/dev.yaml'], POLICY)).toMatchObject({ code: 2, stderr: expect.stringContaining('not both') });
  });
});

describe('check: grouped text by default, --verbose for one line per finding', () => {
  test('groups per rule with the fix said once, every line within 100 columns; verbose is one line per finding', () => {
    const grouped = cli(['check'], path.join(POLICY, 'health'));
    const verbose = cli(['check', '--verbose'], path.join(POLICY, 'health'));
    const report = JSON.parse(cli(['check', '--format', 'json'], path.join(POLICY, 'health')).stdout) as JsonReport;
    expect([grouped.code, verbose.code]).toEqual([1, 1]);
    const rules = new Set(report.findings.map((finding) => `${finding.severity} ${finding.rule}`));
    expect(grouped.stdout.match(/^ {2}fix: /gm)).toHaveLength(rules.size);
    expect(grouped.stdout.split('\n').filter((line) => line.length > 100)).toEqual([]);
    expect(grouped.stdout).toMatch(/^error memory-limit · \d+ services — A service has no memory limit\.$/m);
    const lines = verbose.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(report.findings.length + 1);
    expect(lines.slice(0, -1).every((line) => /^compose\.yaml:\d+(:\d+)?: (error|warning|note) /.test(line))).toBe(true);
    expect(grouped.stdout.length).toBeLessThan(verbose.stdout.length);
  });
});

describe('check --write-baseline, then --baseline: adopting on an existing project', () => {
  const STACK = ['services:', '  api:', '    image: example/api:1.0', '    restart: always', '  worker:', '    image: example/worker', '    container_name: worker', ''].join('\n');

  test('today\'s findings accepted; lines moved: still accepted; a new finding fails; a security finding is never silenced', () => {
    const dir = mkdtempSync(path.join(scratch, 'adopt-'));
    writeFileSync(path.join(dir, 'compose.yaml'), STACK);
    const written = cli(['check', '--write-baseline', 'accepted.json'], dir);
    expect(written.stderr).toMatch(/^\d+ findings recorded in accepted\.json; commit it and check with --baseline accepted\.json\.$/m);
    expect(written.code).toBe(0);
    expect(written.stdout).toMatch(/^accepted in accepted\.json \(notes; --verbose lists them\): memory-limit 2, cpu-limit 2,/m);
    const file = JSON.parse(readFileSync(path.join(dir, 'accepted.json'), 'utf8')) as { findings: Array<{ line?: number; fingerprint: string }> };
    expect(file.findings.every((entry) => entry.line === undefined && /^[0-9a-f]{16}$/.test(entry.fingerprint))).toBe(true);

    // Every line moves: a comment block on top, the services swapped, keys reordered.
    writeFileSync(path.join(dir, 'compose.yaml'), ['# Adopted: see accepted.json.', '# More words.', 'services:', '  worker:', '    container_name: worker', '    image: example/worker', '  api:', '    restart: always', '    image: example/api:1.0', ''].join('\n'));
    const moved = JSON.parse(cli(['check', '--baseline', 'accepted.json', '--format', 'json'], dir).stdout) as JsonReport;
    expect(moved.baseline).toMatchObject({ new: 0, keptSecurity: 0, absent: [] });
    expect(moved.counts).toMatchObject({ error: 0, warning: 0 });
    expect(moved.findings.every((finding) => finding.baselineState === 'unchanged')).toBe(true);

    // A new service: its findings are new and fail; the accepted ones stay notes.
    writeFileSync(path.join(dir, 'compose.yaml'), `${readFileSync(path.join(dir, 'compose.yaml'), 'utf8')}  cache:\n    image: redis:7\n`);
    const fresh = cli(['check', '--baseline', 'accepted.json'], dir);
    expect(fresh.code).toBe(1);
    expect(fresh.stdout).toMatch(/^error memory-limit · 1 service \[new\] — /m);
    expect(fresh.stdout).toMatch(/compose\.yaml:\d+:3 +Service cache has no memory limit/);

    // A privileged service, and the file rewritten to include it: it still fails, marked as such.
    writeFileSync(path.join(dir, 'compose.yaml'), `${readFileSync(path.join(dir, 'compose.yaml'), 'utf8')}  builder:\n    image: docker:27-dind\n    privileged: true\n`);
    expect(cli(['check', '--write-baseline', 'accepted.json'], dir).code).toBe(1);
    const security = cli(['check', '--baseline', 'accepted.json', '--format', 'sarif'], dir);
    expect(security.code).toBe(1);
    const log = JSON.parse(security.stdout) as { runs: Array<{ results: Array<{ ruleId: string; level: string; baselineState: string; partialFingerprints: Record<string, string> }> }> };
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    const results = log.runs[0]!.results;
    expect(results.every((result) => result.baselineState === 'unchanged' && /^[0-9a-f]{16}$/.test(result.partialFingerprints['dockerStabilityFinding/v1']!))).toBe(true);
    expect(results.filter((result) => result.level === 'error').map((result) => result.ruleId)).toEqual(['privileged']);
  });

  test('a missing or foreign baseline file is bad input', () => {
    const dir = mkdtempSync(path.join(scratch, 'adopt-bad-'));
    writeFileSync(path.join(dir, 'compose.yaml'), STACK);
    writeFileSync(path.join(dir, 'other.json'), '{"runs": []}');
    expect(cli(['check', '--baseline', 'missing.json'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining("--baseline: 'missing.json' does not exist; write it with --write-baseline missing.json") });
    expect(cli(['check', '--baseline', 'other.json'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('other.json: not an accepted-findings file') });
    expect(cli(['check', '--baseline', 'other.json', '--write-baseline', 'x.json'], dir).code).toBe(2);
  });
});

describe('check from a subdirectory: CLI paths go where the user can read', () => {
  test('-f ../compose.yaml is checked, paths shown as given; --confine refuses it as the action would', () => {
    const dir = mkdtempSync(path.join(scratch, 'subdir-'));
    mkdirSync(path.join(dir, 'tests'));
    writeFileSync(path.join(dir, 'compose.yaml'), 'services:\n  db:\n    image: dsa-test/postgres:15\n    mem_limit: 256m\n    cpus: 1\n');
    const run = cli(['check', '-f', '../compose.yaml', '--format', 'json'], path.join(dir, 'tests'), { DOCKER_HOST: 'unix:///nonexistent/docker.sock' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as JsonReport).findings.map((finding) => finding.file)).toEqual(['../compose.yaml']);
    const confined = cli(['check', '--confine', '-f', '../compose.yaml'], path.join(dir, 'tests'));
    expect(confined.code).toBe(2);
    expect(confined.stderr).toContain("-f/--file: '../compose.yaml' is outside the workspace");
  });
});

describe('json and sarif always print a document', () => {
  test.each<[string, string[], string, RegExp]>([
    ['a missing file', ['-f', 'nope.yaml'], path.join(POLICY, 'clean'), /compose file 'nope\.yaml' does not exist/],
    ['Compose refusing the file', [], path.join(BAD, 'missing-variable'), /Compose could not load compose\.yaml/],
    ['malformed YAML', [], path.join(BAD, 'malformed'), /invalid YAML/],
    ['an unknown flag', ['--no-such-flag'], path.join(POLICY, 'clean'), /unknown option '--no-such-flag'/],
  ])('on %s: JSON with an error member, SARIF with a failed invocation, exit 2', (_name, args, cwd, message) => {
    const json = cli(['check', '--format', 'json', ...args], cwd);
    expect(json.code).toBe(2);
    const document = JSON.parse(json.stdout) as { error: { message: string; exitCode: number } };
    expect(document.error.message).toMatch(message);
    expect(document.error.exitCode).toBe(2);

    const sarif = cli(['check', ...args, '--format=sarif'], cwd);
    expect(sarif.code).toBe(2);
    const log = JSON.parse(sarif.stdout) as { runs: Array<{ results?: unknown; invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: Array<{ level: string; message: { text: string } }> }> }> };
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(log.runs[0]!.results).toBeUndefined();
    expect(log.runs[0]!.invocations[0]!.executionSuccessful).toBe(false);
    expect(log.runs[0]!.invocations[0]!.toolExecutionNotifications[0]).toMatchObject({ level: 'error', message: { text: expect.stringMatching(message) } });
  });

  test('with --output the document is written there (the upload step finds a file), stdout stays empty', () => {
    const output = path.join(scratch, 'failed.sarif');
    const run = cli(['check', '-f', 'nope.yaml', '--format', 'sarif', '--output', output], path.join(POLICY, 'clean'));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect((JSON.parse(readFileSync(output, 'utf8')) as { runs: Array<{ invocations: Array<{ executionSuccessful: boolean }> }> }).runs[0]!.invocations[0]!.executionSuccessful).toBe(false);
  });
});
