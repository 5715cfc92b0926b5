import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { leaseWaitSeconds, startCliBundle } from '../support/cli-process.js';
import { snapshotProject, startDevStack, stopDevStack, type ProjectSnapshot } from '../support/dev-stack.js';
import { docker, forceRemoveProject, NOTHING_LEFT, projectResources, requireImages } from '../support/docker.js';
import { RunnerJob } from '../support/runner.js';
import { emptyRunnerTempAfterEach } from '../support/runner-temp.js';
import { printed, sleep, waitFor } from '../support/step-output.js';
import { workspaceWith } from '../support/workspace.js';

// The audit's second and third validation tests. Isolation: a developer's stack (plain `docker
// compose up`, its own published port and named volume, data in it) runs while test jobs run and
// clean up — the test jobs, which all publish one fixed port, take turns on it instead of
// failing; a test stack that wants the dev stack's port is refused before it starts; the dev
// stack keeps serving throughout and no resource of it is removed or restarted. Cleanup
// verification: after runs that succeed and one that crashes, no container, network, volume or
// lease of the test project remains (a failed stack and failed tests: lifecycle.test.ts and
// cli-run.test.ts; main killed and a frozen daemon: faults-*.test.ts).

const PORTED_URL = 'http://127.0.0.1:18481/';
const id = randomBytes(3).toString('hex');
const dev = `dsa-audit-dev-${id}`;
const track = emptyRunnerTempAfterEach();
const projects: string[] = [];
let devBefore: ProjectSnapshot;
let devPort = 0;

function redis(command: string): string {
  return docker(['exec', `${dev}-devdb-1`, 'redis-cli', ...command.split(' ')]);
}

beforeAll(() => {
  requireImages('dsa-test/busybox:1', 'dsa-test/redis:7');
  devPort = startDevStack(dev);
  expect(redis(`SET audit-${id} kept`)).toBe('OK');
  devBefore = snapshotProject(dev);
});
afterEach(() => {
  for (const project of projects.splice(0)) forceRemoveProject(project);
});
afterAll(() => stopDevStack(dev));

function expectNothingLeft(project: string): void {
  expect(projectResources(project), project).toEqual(NOTHING_LEFT);
}

/** Redis on the dev stack's published port answers PING, from the host. */
function devPortAnswers(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(devPort, '127.0.0.1');
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2000, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

function actionJob(fixture: string, inputs: Record<string, string> = {}): RunnerJob {
  return track(new RunnerJob({ workspace: workspaceWith(fixture), inputs: { 'wait-timeout': '60s', 'lock-timeout': '3m', baseline: 'false', ...inputs } }));
}

async function portedThroughAction(project: string): Promise<{ ok: boolean; waited: number; served: boolean; log: string }> {
  const job = actionJob('audit/ported', { 'project-name': project });
  const main = await job.main();
  // The workflow's test step: this job's own stack answers on the fixed port.
  const served = main.exitCode === 0 && (await fetch(PORTED_URL).then((response) => response.ok, () => false));
  await sleep(1000);
  const post = await job.post();
  return { ok: main.exitCode === 0 && post.exitCode === 0, waited: Number(main.outputs['lock-wait-seconds'] ?? 0), served, log: main.stdout + post.stdout };
}

async function portedThroughCli(project: string): Promise<{ ok: boolean; waited: number; served: boolean; log: string }> {
  const cwd = workspaceWith('audit/ported');
  // The test command: this job's own stack answers on the fixed port.
  const probe = `fetch(${JSON.stringify(PORTED_URL)}).then((r) => { console.log('served ' + r.status); return new Promise((ok) => setTimeout(ok, 1000)); }, (e) => console.log('not served: ' + e.message))`;
  const result = await startCliBundle(['run', '-p', project, '--lock-timeout', '3m', '--report', 'report.json', '--', process.execPath, '-e', probe], { cwd }).done;
  return { ok: result.status === 0, waited: leaseWaitSeconds(path.join(cwd, 'report.json')), served: /^served 200$/m.test(result.stdout), log: result.stdout + result.stderr };
}

describe('isolation: a developer stack beside test jobs', () => {
  test('three test jobs that publish one fixed port take turns on it; each is served on it, and nothing is left', async () => {
    const ported = [`dsa-audit-port-${id}-a`, `dsa-audit-port-${id}-b`, `dsa-audit-port-${id}-c`];
    projects.push(...ported);
    const devAnswers: boolean[] = [];
    let jobsRunning = true;
    const watch = (async () => {
      while (jobsRunning) {
        devAnswers.push(await devPortAnswers());
        await sleep(300);
      }
    })();
    const results = await Promise.all([portedThroughAction(ported[0]!), portedThroughAction(ported[1]!), portedThroughCli(ported[2]!)]);
    jobsRunning = false;
    await watch;

    for (const [index, result] of results.entries()) {
      expect(result.ok, `${ported[index]}:\n${result.log.slice(-3000)}`).toBe(true);
      expect(result.served).toBe(true);
      expect(result.log).not.toMatch(/port is already allocated|address already in use/);
    }
    // One at a time on the port: the two that came second and third waited for it.
    console.log(`isolation: waits ${results.map((result) => `${result.waited.toFixed(1)}s`).join(' ')}; dev port answered ${devAnswers.filter(Boolean).length}/${devAnswers.length} probes`);
    expect(results.filter((result) => result.waited >= 0.5).length).toBeGreaterThanOrEqual(2);
    expect(devAnswers.length).toBeGreaterThan(5);
    expect(devAnswers.every(Boolean)).toBe(true);
    for (const project of ported) expectNothingLeft(project);
  });

  test("a test stack that wants the dev stack's port is refused before it starts, naming the holder", async () => {
    // The fixture names 16379, the dev stack's port by hand; the test's dev stack got its own.
    const workspace = workspaceWith('audit/dev-port');
    const file = path.join(workspace, 'compose.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('127.0.0.1:16379:', `127.0.0.1:${devPort}:`));
    const job = track(new RunnerJob({ workspace, inputs: { 'wait-timeout': '60s', baseline: 'false' } }));
    const main = await job.main();
    const project = main.outputs['project-name']!;
    projects.push(project);
    expect(main.exitCode).toBe(1);
    const error = main.annotations.find((annotation) => annotation.level === 'error')!.message;
    expect(error).toContain(`tcp/127.0.0.1:${devPort} for cache is published by container ${dev}-devdb-1 (project ${dev})`);
    expect(projectResources(project)).toEqual(NOTHING_LEFT);
    expect((await job.post()).exitCode).toBe(0);
    expectNothingLeft(project);
  });
});

describe('cleanup verification: a crashed run', () => {
  test('the run crashes (CLI killed during the tests): the next run on the daemon sweeps what it left', async () => {
    const crashed = `dsa-audit-crash-${id}`;
    const next = `dsa-audit-next-${id}`;
    projects.push(crashed, next);
    const cwd = workspaceWith('audit/ported');
    // The test command drops its stdio, so the killed CLI's pipes close with it.
    const run = startCliBundle(['run', '-p', crashed, '--', 'sh', '-c', 'echo $$ > tests.pid; exec sleep 60 </dev/null >/dev/null 2>&1'], { cwd });
    await printed(run.child, /── sh -c/);
    await waitFor(() => existsSync(path.join(cwd, 'tests.pid')) && readFileSync(path.join(cwd, 'tests.pid'), 'utf8').endsWith('\n'), 10_000);
    run.child.kill('SIGKILL');
    await run.done;
    process.kill(Number(readFileSync(path.join(cwd, 'tests.pid'), 'utf8')), 'SIGKILL');
    const left = projectResources(crashed);
    expect(left.containers).toHaveLength(1);
    expect(left.leases.length).toBeGreaterThan(0);

    const result = await startCliBundle(['run', '-p', next, '--', 'true'], { cwd: workspaceWith('audit/ported') }).done;
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout + result.stderr).toMatch(new RegExp(`Leftovers of dead jobs on this daemon: .*project ${crashed}: its lease is stale`));
    expectNothingLeft(crashed);
    expectNothingLeft(next);
  });

  test("the developer's stack is exactly as it was, its data and port intact", async () => {
    expect(snapshotProject(dev)).toEqual(devBefore);
    expect(redis(`GET audit-${id}`)).toBe('kept');
    expect(await devPortAnswers()).toBe(true);
  });
});
