import { describe, expect, test } from 'vitest';
import { CALL_MS, errorsOf, leaseRecordsOn, NOTHING_LEFT, PING_MS, privateDaemonPerFile, resourcesOn, seconds, warningsOf } from '../support/faults.js';
import { RunnerJob, type StepResult } from '../support/runner.js';
import { emptyRunnerTempAfterEach } from '../support/runner-temp.js';
import { printed } from '../support/step-output.js';
import { workspaceWith } from '../support/workspace.js';

// The daemon frozen (SIGSTOP of a private dockerd: the socket accepts, nothing answers) while
// main checks it, waits for a lease and starts the stack. Each step ends within its bound with an
// error that names what went unanswered, and once the daemon runs again the next job (or post)
// leaves nothing behind. The bounds come from src/adapters/docker-api.ts: a ping 2 s, any other
// call 15 s, and once a call went unanswered every later call is preceded by a 2 s ping
// (src/adapters/unanswered-guard.ts). Compose's own --wait-timeout bounds `up --wait`.

/** Process start-up, bundle loading and two busy cores. */
const MARGIN_MS = 6000;
const FROZEN = /It may be overloaded or frozen; check 'docker info' on the host\./;

const track = emptyRunnerTempAfterEach();
const { daemon, projects } = privateDaemonPerFile();

function job(inputs: Record<string, string> = {}, fixture = 'faults/slow-healthy'): RunnerJob {
  return track(new RunnerJob({ workspace: workspaceWith(fixture), inputs: { 'wait-timeout': '30s', baseline: 'false', ...inputs }, env: { DOCKER_HOST: daemon.host } }));
}

/** Main, started now; the daemon is frozen once it prints the pattern. Resolves with the result and the seconds it ran frozen. */
async function mainFrozenAt(runner: RunnerJob, pattern: RegExp): Promise<{ main: StepResult; frozenMs: number }> {
  const running = runner.start('main');
  await printed(running.child, pattern);
  daemon.freeze();
  const frozenAt = Date.now();
  const main = await running.done;
  projects.push(main.outputs['project-name']!);
  return { main, frozenMs: Date.now() - frozenAt };
}

describe('the daemon frozen during main', () => {
  test('before main: the 2 s ping fails it at once, naming the ping; post has nothing to do', async () => {
    const runner = job();
    daemon.freeze();
    const main = await runner.main();
    projects.push(main.outputs['project-name']!);
    expect(main.exitCode, main.stdout).toBe(1);
    expect(errorsOf(main)).toEqual([expect.stringMatching(new RegExp(`did not answer 'ping' in time \\(no answer within ${PING_MS} ms\\)`))]);
    expect(errorsOf(main)[0]).toMatch(FROZEN);
    expect(main.durationMs).toBeLessThan(PING_MS + MARGIN_MS);
    const post = await runner.post();
    expect(post.exitCode, post.stdout).toBe(0);
    expect(post.durationMs).toBeLessThan(MARGIN_MS);
    daemon.thaw();
    expect(resourcesOn(daemon, main.outputs['project-name']!)).toEqual(NOTHING_LEFT);
    expect(leaseRecordsOn(daemon, main.outputs['project-name']!)).toEqual([]);
    console.info(`frozen before main: main failed after ${seconds(main.durationMs)} s (bound ${seconds(PING_MS)} s + start-up)`);
  });

  test('after the checks, before admission: the first call times out and main ends within 15 s + 2 s', async () => {
    // The checks (daemon, policy, host, sweep, ports) run side by side and are told together in
    // their groups once done; the daemon freezes as main tells the preflight's verdict, so the
    // next call — admission's first read of the lease records — goes unanswered.
    const runner = job();
    const { main, frozenMs } = await mainFrozenAt(runner, /::group::Preflight/);
    expect(main.exitCode, main.stdout).toBe(1);
    const [error] = errorsOf(main);
    expect(error).toMatch(new RegExp(`did not answer '[a-z ]+' in time \\((no answer within ${CALL_MS} ms|not sent: '[a-z ]+' went unanswered earlier, and a ping failed now: no answer within 2000 ms)\\)`));
    expect(error).toMatch(FROZEN);
    expect(frozenMs).toBeGreaterThanOrEqual(CALL_MS - 500);
    expect(frozenMs).toBeLessThan(CALL_MS + PING_MS + MARGIN_MS);
    expect((await runner.post()).exitCode).toBe(0);
    daemon.thaw();
    expect(resourcesOn(daemon, main.outputs['project-name']!)).toEqual(NOTHING_LEFT);
    expect(leaseRecordsOn(daemon, main.outputs['project-name']!)).toEqual([]);
    console.info(`frozen before admission: main failed ${seconds(frozenMs)} s after the freeze (bound ${seconds(CALL_MS + PING_MS)} s + exit, asserted < ${seconds(CALL_MS + PING_MS + MARGIN_MS)} s)`);
  });

  test('while waiting for a lease: the wait ends at the first unanswered read; the next job sweeps the dead ticket', async () => {
    const group = `faults-${process.pid}`;
    const holder = job({ 'lock-group': group }, 'stacks/own-daemon');
    const held = await holder.main();
    projects.push(held.outputs['project-name']!);
    expect(held.exitCode, held.stdout).toBe(0);

    const waiter = job({ 'lock-group': group, 'lock-timeout': '10m' });
    const { main, frozenMs } = await mainFrozenAt(waiter, /Waiting .* for admission/);
    const project = main.outputs['project-name']!;
    expect(main.exitCode, main.stdout).toBe(1);
    expect(errorsOf(main)).toEqual([expect.stringMatching(new RegExp(`did not answer '[a-z ]+' in time \\(no answer within ${CALL_MS} ms\\)`))]);
    expect(errorsOf(main)[0]).toMatch(FROZEN);
    expect(frozenMs).toBeGreaterThanOrEqual(CALL_MS - 500);
    expect(frozenMs).toBeLessThan(CALL_MS + PING_MS + MARGIN_MS);
    const waiterPost = await waiter.post();
    expect(waiterPost.exitCode).toBe(0);
    expect(waiterPost.durationMs).toBeLessThan(MARGIN_MS);

    daemon.thaw();
    // Its ticket could not be taken back while the daemon was frozen; its owner is gone now.
    expect(leaseRecordsOn(daemon, project)).toEqual([expect.stringMatching(/^dsa-lease\.default\.wait\./)]);
    expect((await holder.post()).exitCode).toBe(0);
    const next = job({ 'lock-group': group }, 'stacks/own-daemon');
    const nextMain = await next.main();
    projects.push(nextMain.outputs['project-name']!);
    expect(nextMain.exitCode, nextMain.stdout).toBe(0);
    expect(leaseRecordsOn(daemon, project)).toEqual([]);
    expect((await next.post()).exitCode).toBe(0);
    for (const name of [project, held.outputs['project-name']!, nextMain.outputs['project-name']!]) {
      expect(resourcesOn(daemon, name)).toEqual(NOTHING_LEFT);
      expect(leaseRecordsOn(daemon, name)).toEqual([]);
    }
    console.info(`frozen in the lease wait: main failed ${seconds(frozenMs)} s after the freeze (bound ${seconds(CALL_MS + PING_MS)} s + exit, asserted < ${seconds(CALL_MS + PING_MS + MARGIN_MS)} s)`);
  });

  test('during `up --wait`: Compose gives up at its wait-timeout, main says the daemon stopped answering within wait-timeout + 15 s + the teardown\'s pings', async () => {
    const waitTimeoutMs = 6000;
    const runner = job({ 'wait-timeout': `${waitTimeoutMs / 1000}s` });
    const { main, frozenMs } = await mainFrozenAt(runner, /Container .* Started/);
    const project = main.outputs['project-name']!;
    expect(main.exitCode, main.stdout).toBe(1);
    expect(errorsOf(main)).toEqual([
      expect.stringMatching(/^docker compose up failed \(application not healthy after 6s\), and then the Docker daemon at .* did not answer '[a-z ]+' in time \(no answer within 15000 ms\)/),
    ]);
    // The abandoned start could not be torn down: said at once, not after Compose's own timeouts.
    expect(warningsOf(main)).toContainEqual(expect.stringMatching(/^Nothing of project .* was torn down: .*not sent: .*went unanswered earlier/));
    // Stopping the monitor (≤ 8 s) comes on top of the bounds of the calls.
    expect(frozenMs).toBeLessThan(waitTimeoutMs + CALL_MS + 8000 + 3 * PING_MS + MARGIN_MS);

    daemon.thaw();
    expect(resourcesOn(daemon, project).containers).toHaveLength(1);
    // Main could not release the lease either, so it left it in the state: post, once the daemon
    // is back, tears the stack down and releases it.
    expect(warningsOf(main)).toContainEqual(expect.stringMatching(/^Could not release lease [0-9a-f]+: .*the cleanup at the end tries again/));
    const post = await runner.post();
    expect(post.exitCode, post.stdout).toBe(0);
    expect(post.stdout).toMatch(/Lease [0-9a-f]+ released\./);
    expect(resourcesOn(daemon, project)).toEqual(NOTHING_LEFT);
    expect(leaseRecordsOn(daemon, project)).toEqual([]);
    console.info(`frozen during up: main failed ${seconds(frozenMs)} s after the freeze (wait-timeout ${seconds(waitTimeoutMs)} s)`);
  });
});
