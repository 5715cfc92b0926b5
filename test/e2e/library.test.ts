import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { forceRemoveProject, NOTHING_LEFT, projectResources, requireImages } from '../support/docker.js';
import { REPO_ROOT } from '../support/runner.js';
import { workspaceWith } from '../support/workspace.js';

// The library bundle (dist/lib) as another tool imports it: the same functions the action and
// the CLI use, and declarations a TypeScript consumer compiles against through package exports.

interface Library {
  checkCompose(options: { directory: string }): Promise<{ findings: Array<{ rule: string; severity: string; file: string; line: number }>; counts: { error: number } }>;
  runStack(command: string[], options: { directory: string; projectName: string; log: (text: string) => void }): Promise<number>;
}

const projects: string[] = [];
afterEach(() => {
  for (const project of projects.splice(0)) forceRemoveProject(project);
});

const load = async (): Promise<Library> => (await import(path.join(REPO_ROOT, 'dist/lib/index.js'))) as Library;

describe('the library', () => {
  test('checkCompose gives the findings the CLI gives', async () => {
    const library = await load();
    const result = await library.checkCompose({ directory: workspaceWith('policy/e2e-bad') });
    expect(result.counts.error).toBeGreaterThan(10);
    expect(result.findings[0]).toMatchObject({ rule: 'memory-limit', severity: 'error', file: 'compose.yaml' });
    expect(result.findings[0]!.line).toBeGreaterThan(0);
  });

  test('runStack runs the whole lifecycle around a command and leaves nothing', async () => {
    requireImages('dsa-test/busybox:1', 'dsa-test/redis:7');
    const library = await load();
    const project = `dsa-lib-${randomBytes(3).toString('hex')}`;
    projects.push(project);
    const lines: string[] = [];
    const code = await library.runStack(['sh', '-c', 'exit 4'], { directory: workspaceWith('stacks/healthy'), projectName: project, log: (text) => lines.push(text) });
    expect(code).toBe(4);
    expect(lines.join('')).toContain('Admitted after');
    expect(projectResources(project)).toEqual(NOTHING_LEFT);
  });

  test('a TypeScript consumer compiles against the declarations of package exports', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dsa-consumer-'));
    mkdirSync(path.join(dir, 'node_modules'));
    symlinkSync(REPO_ROOT, path.join(dir, 'node_modules', 'docker-stability-action'));
    symlinkSync(path.join(REPO_ROOT, 'node_modules', '@types'), path.join(dir, 'node_modules', '@types'));
    copyFileSync(path.join(REPO_ROOT, 'test/fixtures/library/consumer.ts'), path.join(dir, 'consumer.ts'));
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: true, types: ['node'] }, files: ['consumer.ts'] }),
    );
    const tsc = path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc');
    expect(() => execFileSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8', stdio: 'pipe' })).not.toThrow();
  });
});
