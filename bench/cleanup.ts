// The post step's whole run — node start, lease taken back, monitor stopped, logs kept, teardown,
// the proof that nothing is left, lease released, summary and report written (dist/post, as the
// runner runs it after dist/main) — against a plain `docker compose down -v`, on the same stack of
// 10 services whose PID 1 ignores SIGTERM. Goal: ≤ 0.1. A second row times tearDown() alone (the
// containers killed and removed at once with their anonymous volumes, then the run's own networks
// and volumes by label, then a count). Each must leave nothing behind.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { ProcessCommandRunner } from '../src/adapters/command-runner.js';
import { EngineApi } from '../src/adapters/docker-api.js';
import { leftoverCount } from '../src/cleanup/leftovers.js';
import { recordPreExisting } from '../src/cleanup/pre-existing.js';
import { tearDown } from '../src/cleanup/teardown.js';
import { DockerComposeCli } from '../src/compose/compose-cli.js';
import type { StackTarget } from '../src/compose/target.js';
import { RunnerJob } from '../test/support/runner.js';
import { median, report } from './lib.js';

const dir = path.resolve(import.meta.dirname, 'fixtures/sigterm-ignorers');
const runs = Number(process.env.BENCH_RUNS ?? 2);
const compose = new DockerComposeCli(new ProcessCommandRunner());
const docker = new EngineApi();

function target(project: string): StackTarget {
  return { workingDirectory: dir, files: ['compose.yaml'], projectName: project, profiles: [], envFiles: [] };
}

function left(project: string): number {
  const filter = `label=com.docker.compose.project=${project}`;
  const count = (args: string[]): number => execFileSync('docker', [...args, '-q', '--filter', filter], { encoding: 'utf8' }).split('\n').filter(Boolean).length;
  return count(['ps', '-a']) + count(['network', 'ls']) + count(['volume', 'ls']);
}

const post: number[] = [];
const ours: number[] = [];
const baseline: number[] = [];
for (let run = 0; run < runs; run += 1) {
  const job = new RunnerJob({ workspace: dir, inputs: { 'wait-timeout': '60s', baseline: 'false', 'upload-logs': 'never' } });
  const main = await job.main();
  if (main.exitCode !== 0) throw new Error(`the action's main failed:\n${main.stdout}`);
  const posted = await job.post();
  post.push(posted.durationMs);
  const project = main.outputs['project-name'];
  if (posted.exitCode !== 0 || !project || left(project) !== 0) throw new Error(`post failed or left resources of ${project}:\n${posted.stdout}`);

  const a = `dsa-bench-td-${randomBytes(3).toString('hex')}`;
  const preExisting = await recordPreExisting(docker, await compose.config(target(a)), a, Date.now());
  await compose.up(target(a), { waitTimeoutMs: 60_000 });
  const result = await tearDown({ compose, docker, now: Date.now }, target(a), { stopTimeoutSeconds: 0, timeoutMs: 120_000, preExisting });
  ours.push(result.durationMs);
  if (!result.leftovers || leftoverCount(result.leftovers) !== 0 || left(a) !== 0) throw new Error(`teardown left resources of ${a}`);

  const b = `dsa-bench-down-${randomBytes(3).toString('hex')}`;
  await compose.up(target(b), { waitTimeoutMs: 60_000 });
  const started = Date.now();
  execFileSync('docker', ['compose', '-f', 'compose.yaml', '-p', b, 'down', '-v'], { cwd: dir, stdio: 'ignore' });
  baseline.push(Date.now() - started);
  if (left(b) !== 0) throw new Error(`docker compose down -v left resources of ${b}`);
}

report([
  {
    bench: 'cleanup',
    measure: 'post step, 10 SIGTERM-ignoring services',
    ours: median(post),
    baseline: median(baseline),
    baselineName: 'docker compose down -v',
    unit: 'ms',
    goal: '≤ 0.10',
  },
  {
    bench: 'cleanup',
    measure: 'teardown alone, same stack',
    ours: median(ours),
    baseline: median(baseline),
    baselineName: 'docker compose down -v',
    unit: 'ms',
  },
]);
