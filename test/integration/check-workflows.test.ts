// `docker-stability check --workflows` from the CLI: the workflow lint with the policy's outputs
// and configuration, alone (a repository root without a compose file) or with the compose check.
import { cpSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, startCli } from './lease-helpers.js';

function repository(withCompose: boolean, config?: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dsa-wf-'));
  mkdirSync(path.join(dir, '.github'));
  cpSync(path.join(ROOT, 'test/fixtures/workflows'), path.join(dir, '.github/workflows'), { recursive: true });
  if (withCompose) writeFileSync(path.join(dir, 'compose.yaml'), 'services:\n  web:\n    image: dsa-test/busybox:1\n    mem_limit: 16m\n    cpus: 0.5\n');
  if (config) writeFileSync(path.join(dir, '.docker-stability.yml'), config);
  return dir;
}

interface Json {
  findings: Array<{ rule: string; severity: string; service: string; file: string; line: number }>;
  counts: { error: number; warning: number; note: number };
}

async function check(cwd: string, args: string[]): Promise<{ code: number | null; json: Json; stderr: string }> {
  const run = startCli(['check', '--format', 'json', ...args], { cwd });
  const code = await run.exited;
  return { code, json: JSON.parse(run.stdout() || '{}') as Json, stderr: run.stderr() };
}

describe('check --workflows', () => {
  test('a repository root without a compose file: only the workflows, warnings, exit 0', async () => {
    const result = await check(repository(false), ['--workflows']);
    expect(result.code, result.stderr).toBe(0);
    const direct = result.json.findings.filter((finding) => finding.rule === 'direct-compose');
    expect(direct).toHaveLength(8);
    expect(direct[0]).toMatchObject({ severity: 'warning', service: 'plain', file: '.github/workflows/direct.yml', line: 8 });
    expect(result.json.findings.filter((finding) => finding.rule === 'unlocked-stack').map((finding) => finding.service)).toEqual(['unit', 'e2e', 'matrix']);
  });

  test('with the compose check, and the configuration deciding severity and exemptions', async () => {
    const config = 'policy:\n  rules:\n    direct-compose:\n      severity: error\n      exempt: [continued]\n    unlocked-stack: off\n';
    const result = await check(repository(true, config), ['--workflows', '.github/workflows']);
    expect(result.code).toBe(1);
    expect(result.json.findings.every((finding) => finding.rule !== 'unlocked-stack')).toBe(true);
    const direct = result.json.findings.filter((finding) => finding.rule === 'direct-compose');
    expect(direct.map((finding) => finding.service)).toEqual(['plain', 'plain', 'prefixes', 'prefixes', 'prefixes']);
    expect(new Set(direct.map((finding) => finding.severity))).toEqual(new Set(['error']));
    expect(result.json.counts.error).toBe(5);
  });

  test('a directory that is not there is bad usage (exit 2)', async () => {
    const result = await check(repository(false), ['--workflows', 'nope']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--workflows: 'nope' is not a directory of workflow files");
  });
});
