import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CALL_MS, errorsOf, leaseRecordsOn, NOTHING_LEFT, PING_MS, privateDaemonPerFile, resourcesOn, seconds, warningsOf } from '../support/faults.js';
import { RunnerJob, type StepResult } from '../support/runner.js';
import { emptyRunnerTempAfterEach } from '../support/runner-temp.js';
import { sleep, waitFor } from '../support/step-output.js';
import { workspaceWith } from '../support/workspace.js';

// The daemon frozen (SIGSTOP of a private dockerd) while the monitor samples, and while post
// runs. The monitor's tick ends at the call bound (15 s, src/adapters/docker-api.ts) and it
// records a gap instead of hanging; post on a frozen daemon ends within its bound — taking the
// lease back (one 15 s call), stopping the monitor (≤ 8 s, MONITOR_STOP_TIMEOUT_MS), then a 2 s
// ping per later call — with warnings naming what went unanswered; the next job sweeps the rest.

const MONITOR_STOP_MS = 8000;
const MARGIN_MS = 6000;

const track = emptyRunnerTempAfterEach();
const { daemon, projects } = privateDaemonPerFile();

function job(inputs: Record<string, string> = {}): RunnerJob {
  return track(new RunnerJob({
    workspace: workspaceWith('stacks/own-daemon'),
    inputs: { 'wait-timeout': '30s', baseline: 'false', 'sample-interval': '1s', ...inputs },
    env: { DOCKER_HOST: daemon.host },
  }));
}

async function started(runner: RunnerJob): Promise<{ main: StepResult; project: string; samplesFile: string }> {
  const main = await runner.main();
  const project = main.outputs['project-name']!;
  projects.push(project);
  expect(main.exitCode, main.stdout).toBe(0);
  const state = JSON.parse(main.state['docker-stability-run']!) as { monitor: { samplesFile: string } };
  return { main, project, samplesFile: state.monitor.samplesFile };
}

const records = (file: string, kind: string): Array<Record<string, unknown>> =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.includes(`"k":"${kind}"`))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('the daemon frozen while the monitor samples', () => {
  test('the tick ends at the call bound, the monitor records the gap and samples on; post reports it and cleans up', async () => {
    const runner = job();
    const { project, samplesFile } = await started(runner);
    await waitFor(() => records(samplesFile, 'tick').length >= 2, 20_000);

    daemon.freeze();
    const frozenAt = Date.now();
    // One call must go unanswered for its whole bound, and the monitor must still be there.
    await sleep(CALL_MS + PING_MS);
    const ticksWhileFrozen = records(samplesFile, 'tick').filter((tick) => (tick.t as number) > frozenAt + 1000);
    expect(ticksWhileFrozen).toEqual([]);
    daemon.thaw();
    await waitFor(() => records(samplesFile, 'gap').length === 1, 20_000);
    const gap = records(samplesFile, 'gap')[0]!;
    expect(gap.reason).toMatch(/^the Docker daemon did not answer \('[a-z ]+' timed out\)$/);
    expect((gap.to as number) - (gap.from as number)).toBeGreaterThanOrEqual(CALL_MS);
    const resumedAt = Date.now();
    await waitFor(() => records(samplesFile, 'tick').some((tick) => (tick.t as number) >= resumedAt), 20_000);

    const post = await runner.post();
    expect(post.exitCode, post.stdout).toBe(0);
    expect(post.summary).toMatch(/^⚠️ \*\*Warnings\*\* — .*the Docker daemon was away once \([\d.]+ s without samples\)/m);
    expect(resourcesOn(daemon, project)).toEqual(NOTHING_LEFT);
    expect(leaseRecordsOn(daemon, project)).toEqual([]);
    console.info(`frozen while monitoring: gap of ${seconds((gap.to as number) - (gap.from as number))} s recorded; sampling resumed after the thaw`);
  });
});

describe('the daemon frozen when post runs', () => {
  test('post ends within 15 s + 8 s + pings, with warnings naming what went unanswered; the next job sweeps stack and lease', async () => {
    const runner = job();
    const { project } = await started(runner);
    daemon.freeze();
    const post = await runner.post();
    expect(post.signal).toBeNull();
    expect(post.durationMs).toBeLessThan(CALL_MS + MONITOR_STOP_MS + 3 * PING_MS + MARGIN_MS);
    const warnings = warningsOf(post);
    expect(warnings).toContainEqual(expect.stringMatching(new RegExp(`^The stack's lease could not be taken back: The Docker daemon at .* did not answer '[a-z ]+' in time \\(no answer within ${CALL_MS} ms\\)`)));
    expect(warnings).toContainEqual(expect.stringMatching(new RegExp(`^Nothing of project ${project} was torn down: .*'version' in time \\(not sent: '[a-z ]+' went unanswered earlier, and a ping failed now: no answer within ${PING_MS} ms\\)`)));
    expect(warnings).toContainEqual(expect.stringMatching(/^Could not release lease [0-9a-f]+: .*did not answer .* in time/));
    expect(post.summary).toMatch(/\| Left after cleanup \| not counted \|/);
    expect(post.summary).toContain('still away when the monitor ended');
    // What is left could not be counted, so "nothing left" is not claimed: the step fails.
    expect(post.exitCode, post.stdout).toBe(1);
    expect(errorsOf(post)).toContainEqual(expect.stringMatching(new RegExp(`^Cleanup of project ${project} could not be done or checked: Nothing of project ${project} was torn down`)));

    daemon.thaw();
    expect(resourcesOn(daemon, project).containers).toHaveLength(1);
    expect(leaseRecordsOn(daemon, project)).toHaveLength(1);
    const next = job();
    const { main: nextMain } = await started(next);
    expect(nextMain.stdout).toMatch(new RegExp(`WARN Leftovers of dead jobs on this daemon: 1 dead jobs left \\d+ resources \\(project ${project}: its lease is stale .*\\); removed \\d+; released 1 stale leases`));
    expect(resourcesOn(daemon, project)).toEqual(NOTHING_LEFT);
    expect(leaseRecordsOn(daemon, project)).toEqual([]);
    expect((await next.post()).exitCode).toBe(0);
    console.info(`frozen in post: post ended after ${seconds(post.durationMs)} s (bound ${seconds(CALL_MS + MONITOR_STOP_MS + 3 * PING_MS)} s)`);
  });
});
