// Post's teardown (the same tearDown() the post step calls: the project's containers killed and
// removed at once with their anonymous volumes, then the run's own networks and volumes, by
// label; then a count) against a plain `docker compose down -v`, on the same stack of 10
// services whose PID 1 ignores SIGTERM. Both must leave nothing behind. Goal: ≤ 0.1.
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

const ours: number[] = [];
const baseline: number[] = [];
for (let run = 0; run < runs; run += 1) {
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
    measure: 'teardown, 10 SIGTERM-ignoring services',
    ours: median(ours),
    baseline: median(baseline),
    baselineName: 'docker compose down -v',
    unit: 'ms',
    goal: '≤ 0.10',
  },
]);
