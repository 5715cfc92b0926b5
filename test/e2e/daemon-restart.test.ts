import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { requireImages } from '../support/docker.js';
import { OwnDockerd } from '../support/own-dockerd.js';
import { RunnerJob } from '../support/runner.js';
import { emptyRunnerTempAfterEach } from '../support/runner-temp.js';
import { workspaceWith } from '../support/workspace.js';
import { waitFor } from '../support/step-output.js';

const track = emptyRunnerTempAfterEach();

// Restarts a daemon while the monitor runs: a private one, never the shared daemon.
const daemon = new OwnDockerd();
beforeAll(async () => {
  requireImages('dsa-test/busybox:1');
  await daemon.start();
  daemon.loadImage('dsa-test/busybox:1');
}, 120_000);
afterAll(() => daemon.dispose(), 120_000);

describe('the daemon restarts while the monitor runs', () => {
  test('sampling resumes, and the summary says there was a gap', async () => {
    const job = track(new RunnerJob({
      workspace: workspaceWith('stacks/own-daemon'),
      inputs: { 'wait-timeout': '60s', 'sample-interval': '1s' },
      env: { DOCKER_HOST: daemon.host },
    }));
    const main = await job.main();
    expect(main.exitCode, main.stdout + main.stderr).toBe(0);
    const state = JSON.parse(main.state['docker-stability-run']!) as { monitor: { samplesFile: string } };
    const ticks = (): number => (readFileSync(state.monitor.samplesFile, 'utf8').match(/"k":"tick"/g) ?? []).length;
    await waitFor(() => ticks() >= 2, 20_000);

    await daemon.stop();
    expect(daemon.answers()).toBe(false);
    const whileAway = ticks();

    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(ticks()).toBe(whileAway);
    await daemon.start();
    // The monitor finds the daemon again (backoff ≤ 10 s), records the gap and samples on.
    await waitFor(() => readFileSync(state.monitor.samplesFile, 'utf8').includes('"k":"gap"'), 30_000);
    const afterGap = ticks();
    await waitFor(() => ticks() >= afterGap + 2, 20_000);

    const post = await job.post();
    expect(post.exitCode, post.stdout + post.stderr).toBe(0);
    expect(post.summary).toMatch(/^⚠️ \*\*Warnings\*\* — .*the Docker daemon was away once \([\d.]+ s without samples\)/m);
    expect(post.summary).toMatch(/\| \(daemon\) \| gap of [\d.]+ s: the Docker daemon did not answer/);
    const report = JSON.parse(readFileSync(post.outputs['report-file']!, 'utf8')) as {
      monitor: { gaps: Array<{ fromMs: number; toMs: number }>; series: Array<{ memory: Array<[number, number]> }>; startedAtMs: number };
    };
    expect(report.monitor.gaps).toHaveLength(1);
    const gap = report.monitor.gaps[0]!;
    expect(gap.toMs - gap.fromMs).toBeGreaterThanOrEqual(3000);
    // Samples on both sides of the gap.
    const offsets = report.monitor.series.flatMap((series) => series.memory.map(([offset]) => report.monitor.startedAtMs + offset));
    expect(offsets.some((t) => t < gap.fromMs + 1)).toBe(true);
    expect(offsets.some((t) => t > gap.toMs)).toBe(true);
    expect(daemon.docker(['ps', '-a', '--format', '{{.Names}}'])).toBe('');
    expect(daemon.docker(['volume', 'ls', '-q'])).toBe('');
    expect(daemon.docker(['network', 'ls', '-q', '--filter', 'label=com.docker.compose.project'])).toBe('');
  });
});
