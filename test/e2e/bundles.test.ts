import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT, RunnerJob } from '../support/runner.js';

// Each bundle is loaded by a bare `node`, outside the repository's node_modules: what the
// runner does with dist/. A bundle that cannot load (ESM trouble, a bundled module's __dirname,
// main or post not finding the shared dist/action beside them) fails here.
describe('bundles load', () => {
  test('cli prints its version and help', () => {
    const bundle = path.join(REPO_ROOT, 'dist/cli/index.js');
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'dsa-bundle-'));
    expect(execFileSync(process.execPath, [bundle, '--version'], { cwd, encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+/);
    const help = spawnSync(process.execPath, [bundle, '--help'], { cwd, encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: docker-stability');
  });

  test('main loads the shared action bundle and @actions/core, and refuses bad input clearly', async () => {
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'dsa-empty-ws-'));
    const job = new RunnerJob({ workspace, inputs: { 'wait-timeout': 'soon' } });
    const main = await job.main();
    expect(main.stderr).not.toMatch(/ReferenceError|SyntaxError|Cannot find module/);
    expect(main.exitCode).toBe(1);
    expect(main.annotations.find((a) => a.level === 'error')?.message).toMatch(/wait-timeout: 'soon' is not a duration[\s\S]*no compose file given/);
  });

  test('post with nothing saved by main has nothing to do', async () => {
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'dsa-empty-ws-'));
    const post = await new RunnerJob({ workspace, inputs: {} }).post();
    expect(post.stderr).toBe('');
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain('nothing to clean up');
  });
});
