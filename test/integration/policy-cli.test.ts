import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../support/runner.js';

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
  findings: Array<{ rule: string; severity: string; service: string; file: string; line: number; column: number; message: string }>;
  counts: { error: number; warning: number; note: number };
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
    expect(Object.keys(report.findings[0]!)).toEqual(['rule', 'severity', 'service', 'file', 'line', 'column', 'message']);
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
  });
});
