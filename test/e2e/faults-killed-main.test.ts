import { afterEach, describe, expect, test } from 'vitest';
import { leaseRecordsOn, NOTHING_LEFT, privateDaemonPerFile, resourcesOn } from '../support/faults.js';
import { RunnerJob } from '../support/runner.js';
import { emptyRunnerTempAfterEach } from '../support/runner-temp.js';
import { printed } from '../support/step-output.js';
import { workspaceWith } from '../support/workspace.js';

// Main killed (SIGKILL: no handler runs, as when the runner's process dies) at several points of
// its work, then post as the runner runs it: nothing of the project is left and no lease is held.
// What post cannot know about — a ticket or a lease main took but never saved in its state —
// belongs to a dead owner: no admission waits for it, and the next job sweeps it. The monitor is left alone: killing it is
// test/e2e/lease-cleanup.test.ts ("a job killed with its monitor").

const track = emptyRunnerTempAfterEach();
const { daemon } = privateDaemonPerFile();
const group = `faults-killed-${process.pid}`;
/** Every killed job's project, for the final check after the next job. */
const killed: string[] = [];
let holder: RunnerJob | undefined;
/** Per point, how many records of the dead main the next job had to sweep. */
const swept: Array<{ point: string; left: number }> = [];

afterEach(async () => {
  if (holder) await holder.post();
  holder = undefined;
});

function job(inputs: Record<string, string> = {}, fixture = 'faults/slow-healthy'): RunnerJob {
  return track(new RunnerJob({ workspace: workspaceWith(fixture), inputs: { 'wait-timeout': '30s', baseline: 'false', ...inputs }, env: { DOCKER_HOST: daemon.host } }));
}

interface KillPoint {
  point: string;
  /** What main prints when it is there. */
  pattern: RegExp;
  /** A job of the same lock group holds the lease meanwhile. */
  held?: boolean;
  /** What post finds in the state main saved before it died. */
  postLine?: RegExp;
}

const POINTS: KillPoint[] = [
  { point: 'after preflight', pattern: /::group::Admission/ },
  { point: 'while waiting for a lease', pattern: /Waiting .* for admission/, held: true },
  { point: 'right after the lease is taken (before main saved it)', pattern: /Admitted after .* \(lease [0-9a-f]+;/ },
  { point: 'once the lease is saved', pattern: /::group::Monitor and lease/, postLine: /Lease [0-9a-f]+ released\./ },
  { point: 'during `up --wait`', pattern: /Container .* Started/, postLine: /Left after cleanup: 0 \(containers 0, networks 0, volumes 0\)\.[\s\S]*Lease [0-9a-f]+ released\./ },
];

describe('main killed at several points, then post', () => {
  test.each(POINTS)('$point: post leaves nothing of the project and no lease', async ({ point, pattern, held, postLine }) => {
    if (held) {
      holder = job({ 'lock-group': group }, 'stacks/own-daemon');
      expect((await holder.main()).exitCode).toBe(0);
    }
    const runner = job({ 'lock-group': group });
    const running = runner.start('main');
    await printed(running.child, pattern);
    running.child.kill('SIGKILL');
    const main = await running.done;
    expect(main.signal).toBe('SIGKILL');
    const project = main.outputs['project-name']!;
    killed.push(project);

    const post = await runner.post();
    expect(post.exitCode, post.stdout).toBe(0);
    if (postLine) expect(post.stdout).toMatch(postLine);
    expect(resourcesOn(daemon, project)).toEqual(NOTHING_LEFT);
    // Nothing is held for a live owner: what is left (a ticket or lease main took but never
    // saved) names the killed main as its owner, and so is stale.
    const owners = daemon.docker(['ps', '-a', '--filter', `label=docker-stability.lease.project=${project}`, '--format', '{{.Label "docker-stability.lease.owner.pid"}}']);
    const left = owners.split('\n').filter(Boolean);
    expect(left.filter((pid) => pid !== String(running.child.pid))).toEqual([]);
    if (left.length > 0) {
      // The next job on this daemon takes them away (its admission sweeps stale records, its
      // preflight releases stale leases).
      const next = job({}, 'stacks/own-daemon');
      const nextMain = await next.main();
      expect(nextMain.exitCode, nextMain.stdout).toBe(0);
      expect(leaseRecordsOn(daemon, project)).toEqual([]);
      expect((await next.post()).exitCode).toBe(0);
      expect(resourcesOn(daemon, nextMain.outputs['project-name']!)).toEqual(NOTHING_LEFT);
    }
    swept.push({ point, left: left.length });
  });

  test('no record of the lease store is left on the daemon but the admission mutex', () => {
    expect(killed).toHaveLength(POINTS.length);
    // The lease taken just before the kill is always one of them: the next-job path did run.
    expect(swept.find((entry) => entry.point.startsWith('right after the lease is taken'))?.left).toBe(1);
    console.info(`records of the killed mains the next job swept: ${swept.map((entry) => `${entry.point} ${entry.left}`).join('; ')}`);
    const names = daemon.docker(['ps', '-a', '--filter', 'label=docker-stability.lease.namespace', '--format', '{{.Names}}']).split('\n');
    expect(names.filter((name) => name && !/mutex/.test(name))).toEqual([]);
  });
});
