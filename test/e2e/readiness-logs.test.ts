import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { startArtifactServer, type ArtifactServer } from '../support/cache-server/artifact-server.js';
import { forceRemoveProject, NOTHING_LEFT, projectResources, requireImages } from '../support/docker.js';
import { RunnerJob } from '../support/runner.js';
import { emptyRunnerTempAfterEach } from '../support/runner-temp.js';
import { unzipFiles } from '../support/unzip.js';
import { workspaceWith } from '../support/workspace.js';

// Readiness, ports and logs through the bundles, main and post as separate processes as the
// runner runs them: services with no health check waited for by wait-for, a later step reaching
// the stack through the `ports` output and the exported variables, and — after a failing test
// step — every service's log kept and uploaded to a local service speaking the artifact protocol.

const track = emptyRunnerTempAfterEach();
/** A secret the runner hands the stack (interpolated into a service's environment), which the service prints. */
const TOKEN = 'tok-3f9a71-canary';
const projects: string[] = [];
let artifacts: ArtifactServer;

beforeAll(async () => {
  requireImages('dsa-test/busybox:1');
  artifacts = await startArtifactServer();
});
afterAll(async () => {
  await artifacts?.stop();
});
afterEach(() => {
  for (const project of projects.splice(0)) forceRemoveProject(project);
});

interface StartSections {
  readiness: { probes: Array<{ probe: string; replicas: Array<{ ready: boolean; sinceStartMs?: number; waitedMs?: number }> }> };
}
interface Report {
  logs: { dir: string; durationMs: number; files: Array<{ service: string; bytes: number; truncated: boolean }>; upload: { outcome: string; name?: string; id?: number; durationMs?: number; sizeBytes?: number } };
  timings: { start: Array<{ phase: string; ms: number }>; finish: Array<{ phase: string; ms: number }> };
}

describe('wait-for, ports and logs through main and post', () => {
  test('services with no health check are waited for; a later step reaches one through the ports output; after a failing test step every log is kept and uploaded', async () => {
    const job = track(
      new RunnerJob({
        workspace: workspaceWith('stacks/readiness'),
        inputs: {
          'wait-for': 'slow:7000\nslow:7000:http:/index.html\nworker:log:/ready to accept/',
          'export-env': 'true',
          'wait-timeout': '90s',
          'logs-max-size': '256k',
        },
        env: { ACTIONS_RUNTIME_TOKEN: artifacts.token, ACTIONS_RESULTS_URL: artifacts.url, GITHUB_SERVER_URL: 'https://github.com', DSA_E2E_TOKEN: TOKEN },
      }),
    );
    const main = await job.main();
    const project = main.outputs['project-name']!;
    projects.push(project);
    expect(main.exitCode, main.stdout + main.stderr).toBe(0);

    // The ports output and the exported variables agree with the daemon, and a later step connects.
    const ports = JSON.parse(main.outputs.ports!) as Record<string, Record<string, string>>;
    const slow = ports.slow!['7000/tcp']!;
    expect(slow).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(main.env).toMatchObject({ SLOW_HOST: '127.0.0.1', SLOW_PORT_7000: slow.split(':')[1] });
    expect(await (await fetch(`http://${main.env.SLOW_HOST}:${main.env.SLOW_PORT_7000}/index.html`)).text()).toBe('hello from slow\n');

    // slow listens only 4 s after it starts: up --wait returned before, wait-for did not.
    const runDir = path.join(job.runnerTemp, 'docker-stability', project);
    const sections = JSON.parse(readFileSync(path.join(runDir, 'main-report.json'), 'utf8')) as StartSections;
    const byProbe = Object.fromEntries(sections.readiness.probes.map((probe) => [probe.probe, probe.replicas[0]!]));
    expect(byProbe['slow:7000']!.sinceStartMs).toBeGreaterThanOrEqual(3500);
    expect(byProbe['worker:log:/ready to accept/']!.sinceStartMs).toBeGreaterThanOrEqual(2500);
    expect(main.stdout).toMatch(/slow: TCP 7000 ready \d+\.\d s after its start/);

    // A test step failed and said so; post keeps every log before the teardown and uploads them.
    const post = await job.post({ DOCKER_STABILITY_JOB_STATUS: 'failure' });
    expect(post.exitCode, post.stdout + post.stderr).toBe(0);
    const logsDir = post.outputs['logs-dir']!;
    expect(logsDir).toBe(path.join(runDir, 'logs'));
    expect(readdirSync(logsDir).sort()).toEqual(['noisy.log', 'slow.log', 'worker.log']);
    const worker = readFileSync(path.join(logsDir, 'worker.log'), 'utf8');
    // Redacted by post with the values main learned: the container printed the secret.
    expect(worker).toMatch(/^\S+Z stdout warming up\n\S+Z stderr ready to accept jobs\n\S+Z stdout using token \*\*\*\n$/);
    expect(readFileSync(path.join(logsDir, 'slow.log'), 'utf8')).toMatch(/Z stdout listening\n/);
    const noisy = readFileSync(path.join(logsDir, 'noisy.log'), 'utf8');
    expect(noisy.split('\n')[0]).toBe("[docker-stability] Earlier lines were left out: only the last 256 KiB of this service's log are kept (logs-max-size).");
    expect(noisy.trimEnd().split('\n').at(-1)).toMatch(/Z stdout noisy line 20000 \.+$/);

    const report = JSON.parse(readFileSync(post.outputs['report-file']!, 'utf8')) as Report;
    const name = `${project}-logs`;
    expect(report.logs.upload).toMatchObject({ outcome: 'uploaded', name });
    expect(artifacts.artifacts.get(name)).toMatchObject({ finalized: true });
    const uploaded = await unzipFiles(await artifacts.download(name));
    expect(Object.keys(uploaded).sort()).toEqual(['noisy.log', 'slow.log', 'worker.log']);
    for (const [file, text] of Object.entries(uploaded)) expect(text, file).toBe(readFileSync(path.join(logsDir, file), 'utf8'));
    expect(Object.values(uploaded).some((text) => text.includes(TOKEN))).toBe(false);
    expect(post.summary).toContain(`Uploaded as the workflow artifact [${name}](https://github.com/octo-org/stack-tests/actions/runs/${job.runId}/artifacts/${report.logs.upload.id})`);
    expect(post.summary).toContain('### Readiness');
    // The logs were read before the teardown, the upload came after the lease was released.
    const phases = report.timings.finish.map((timing) => timing.phase);
    expect(phases.indexOf('logs')).toBeLessThan(phases.indexOf('teardown'));
    expect(phases.indexOf('upload')).toBeGreaterThan(phases.indexOf('lease'));
    expect(projectResources(project)).toEqual(NOTHING_LEFT);

    const readiness = report.timings.start.find((timing) => timing.phase === 'readiness')!.ms;
    console.log(
      [
        `time to ready (after the container's start / waited): ${Object.entries(byProbe).map(([probe, replica]) => `${probe} ${replica.sinceStartMs} ms / ${replica.waitedMs} ms`).join('; ')}; readiness phase ${readiness} ms`,
        `logs: ${report.logs.files.length} files, ${report.logs.files.reduce((sum, file) => sum + file.bytes, 0)} bytes written in ${report.logs.durationMs} ms`,
        `upload: ${report.logs.upload.sizeBytes} bytes zipped in ${report.logs.upload.durationMs} ms (post total ${post.durationMs} ms)`,
      ].join('\n'),
    );
  });

  test('a wait-for never met fails main like an unhealthy service; post uploads the logs main kept, and without an artifact service says so once', async () => {
    const job = track(new RunnerJob({ workspace: workspaceWith('stacks/readiness'), inputs: { profiles: 'deaf', 'wait-for': 'deaf:7001', 'wait-timeout': '20s' } }));
    const main = await job.main();
    const project = main.outputs['project-name']!;
    projects.push(project);
    expect(main.exitCode).toBe(1);
    const error = main.annotations.filter((annotation) => annotation.level === 'error').map((annotation) => annotation.message).join('\n');
    expect(error).toContain(`Stack ${project} was not ready: wait-for not met within wait-timeout (20.0 s,`);
    expect(error).toMatch(/deaf: TCP 7001 not met — not ready when the wait ended; last: 127\.0\.0\.1:\d+: accepted, then closed at once \(nothing listens behind the published port yet\)/);
    // Diagnosed as an unhealthy service is: its state and its log, in a group of its own.
    expect(main.stdout).toContain('::group::deaf: running — health checks and last 0 log lines');
    expect(main.outputs.ports).toBeUndefined();
    expect(projectResources(project).containers).toEqual([]);

    const post = await job.post();
    expect(post.exitCode, post.stdout + post.stderr).toBe(0);
    const logsDir = post.outputs['logs-dir']!;
    expect(existsSync(path.join(logsDir, 'deaf.log'))).toBe(true);
    expect(readdirSync(logsDir).sort()).toEqual(['deaf.log', 'noisy.log', 'slow.log', 'worker.log']);
    expect(post.stdout.match(/not uploaded as an artifact: no artifact service here/g)).toHaveLength(1);
    expect(post.summary).toContain('### Readiness: wait-for not met');
    expect(post.summary).toContain('Not uploaded: no artifact service here');
    expect(projectResources(project)).toEqual(NOTHING_LEFT);
  });
});
