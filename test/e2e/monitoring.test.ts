import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { forceRemoveProject, NOTHING_LEFT, projectResources, requireImages } from '../support/docker.js';
import { mermaidBlocks, mermaidParser } from '../support/mermaid-parser.js';
import { RunnerJob } from '../support/runner.js';
import { emptyRunnerTempAfterEach } from '../support/runner-temp.js';
import { workspaceWith } from '../support/workspace.js';
import { waitFor } from '../support/step-output.js';

const track = emptyRunnerTempAfterEach();

const projects: string[] = [];
beforeAll(() => requireImages('dsa-test/busybox:1'));
afterEach(() => {
  for (const project of projects.splice(0)) forceRemoveProject(project);
});

describe('the monitor between main and post, on the real daemon', () => {
  test('an OOM kill and a restart are counted, named in the summary, and fail the job under the default fail-on', async () => {
    const job = track(new RunnerJob({ workspace: workspaceWith('stacks/monitored'), inputs: { 'wait-timeout': '60s', 'sample-interval': '1s' } }));
    const main = await job.main();
    const project = main.outputs['project-name']!;
    projects.push(project);
    expect(main.exitCode, main.stdout + main.stderr).toBe(0);
    expect(main.stdout).toMatch(/Monitor started \(pid \d+\)/);
    expect(main.stdout).toMatch(/Time to healthy per service \(from the daemon's events\): .*web \d/);
    const state = JSON.parse(main.state['docker-stability-run']!) as { monitor: { pid: number; samplesFile: string } };
    expect(state.monitor.pid).toBeGreaterThan(0);

    // The workflow's test steps run here: filler fills its tmpfs (OOM kill), flaky exits and is restarted.
    await waitFor(() => {
      const text = readFileSync(state.monitor.samplesFile, 'utf8');
      return text.includes('"action":"oom"') && /"action":"start"[^\n]*"service":"flaky"[\s\S]*"action":"start"[^\n]*"service":"flaky"|"service":"flaky"[^\n]*"action":"start"[\s\S]*"service":"flaky"[^\n]*"action":"start"/.test(text);
    }, 40_000);
    await new Promise((resolve) => setTimeout(resolve, 2000));

    const post = await job.post();
    expect(post.exitCode, post.stdout + post.stderr).toBe(1);
    expect(post.outputs['oom-kills']).toBe('1');
    expect(post.outputs.restarts).toBe('1');
    expect(Number(post.outputs['peak-memory-bytes'])).toBeGreaterThan(0);
    const failure = post.annotations.filter((a) => a.level === 'error').map((a) => a.message).join('\n');
    expect(failure).toContain('fail-on: oom: filler OOM-killed once');
    expect(post.summary).toMatch(/^❌ \*\*Failed\*\* — fail-on oom: filler OOM-killed once/m);
    expect(post.summary).toMatch(/\| filler \| dsa-test\/busybox:1 \| 32 MiB \| .* \| \*\*1\*\* \|/);
    expect(post.summary).toMatch(/\| flaky \| dsa-test\/busybox:1 \| 16 MiB \| .* \| 1 \| 0 \| no health check \|/);
    expect(post.summary).toMatch(/\| \+[\d.]+ s \| filler \| \*\*OOM kill\*\*/);
    expect(post.summary).toMatch(/\| \+[\d.]+ s \| flaky \| exited with code 3 \|/);
    expect(post.summary).toContain('/fill (64 MiB)');
    const mermaid = await mermaidParser();
    for (const block of mermaidBlocks(post.summary)) expect(await mermaid.parse(block)).toMatchObject({ diagramType: 'xychart' });

    // report.json next to it, with the same numbers.
    const report = JSON.parse(readFileSync(post.outputs['report-file']!, 'utf8')) as { schema: string; monitor: { services: Array<{ service: string; oomKills: number }> } };
    expect(report.schema).toBe('docker-stability/report@1');
    expect(report.monitor.services.find((s) => s.service === 'filler')!.oomKills).toBe(1);

    // The monitor ended on post's signal, after its final flush; nothing of the stack is left.
    expect(readFileSync(state.monitor.samplesFile, 'utf8')).toMatch(/"k":"end"[^\n]*"reason":"stopped"/);
    expect(alive(state.monitor.pid)).toBe(false);
    expect(projectResources(project)).toEqual(NOTHING_LEFT);
  });

  test('fail-on none reports the same run without failing the job', async () => {
    const job = track(new RunnerJob({ workspace: workspaceWith('stacks/monitored'), inputs: { 'wait-timeout': '60s', 'fail-on': 'none' } }));
    const main = await job.main();
    projects.push(main.outputs['project-name']!);
    expect(main.exitCode, main.stdout + main.stderr).toBe(0);
    const state = JSON.parse(main.state['docker-stability-run']!) as { monitor: { samplesFile: string } };
    await waitFor(() => readFileSync(state.monitor.samplesFile, 'utf8').includes('"action":"oom"'), 40_000);
    const post = await job.post();
    expect(post.exitCode, post.stdout + post.stderr).toBe(0);
    expect(post.outputs['oom-kills']).toBe('1');
    expect(post.summary).toMatch(/^⚠️ \*\*Warnings\*\* — .*filler was OOM-killed/m);
    expect(post.summary).toContain('fail-on: none — none met.');
  });
});

/** Running, not merely waiting to be reaped (PID 1 of some sandboxes reaps orphans late). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}
