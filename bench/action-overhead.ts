// The action's whole lifecycle (dist/main then dist/post, as the runner runs them: policy,
// preflight, lease, monitor, up --wait; then monitor stop, teardown, sweep, release, summary)
// against bare `docker compose up -d --wait` + `docker compose down -v` on the same 5-service
// healthy stack, alternating, in the same run. Goal: ≤ 1.05. The fixture's services all stop on
// SIGTERM (real servers, or under `init`), so a plain `down` is not padded by 10 s grace periods
// our teardown skips; the second row, against `down -v --timeout 0` (which kills at once as our
// teardown does), shows that stays true.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { RunnerJob } from '../test/support/runner.js';
import { median, report } from './lib.js';

const dir = path.resolve(import.meta.dirname, 'fixtures/five-services');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const ours: number[] = [];
const bare: number[] = [];
const bareKill: number[] = [];

for (let run = 0; run < runs; run += 1) {
  const job = new RunnerJob({ workspace: dir, inputs: { 'wait-timeout': '90s', baseline: 'false' } });
  const started = Date.now();
  const main = await job.main();
  const post = await job.post();
  ours.push(Date.now() - started);
  if (main.exitCode !== 0 || post.exitCode !== 0) throw new Error(`the action failed:\n${main.stdout}\n${post.stdout}`);

  for (const [times, down] of [
    [bare, ['down', '-v']],
    [bareKill, ['down', '-v', '--timeout', '0']],
  ] as const) {
    const project = `dsa-bench-bare-${randomBytes(3).toString('hex')}`;
    const compose = (args: readonly string[]): void => void execFileSync('docker', ['compose', '-p', project, ...args], { cwd: dir, stdio: 'ignore' });
    const bareStart = Date.now();
    compose(['up', '-d', '--wait', '--wait-timeout', '90']);
    compose(down);
    times.push(Date.now() - bareStart);
  }
}

report([
  {
    bench: 'action-overhead',
    measure: 'main + post, 5-service healthy stack',
    ours: median(ours),
    baseline: median(bare),
    baselineName: 'compose up --wait + down -v',
    unit: 'ms',
    goal: '≤ 1.05',
  },
  {
    bench: 'action-overhead',
    measure: 'main + post, 5-service healthy stack',
    ours: median(ours),
    baseline: median(bareKill),
    baselineName: 'up --wait + down -v -t 0',
    unit: 'ms',
  },
]);
