// `npm run demo`: the whole action lifecycle on examples/ against the local daemon, run exactly
// as the GitHub runner runs it (dist/main, then dist/post, file commands and state between),
// then the same stack through the CLI's `run` around a command, as a laptop or another CI would.
// The daemon and the test images are made ready before it by scripts/prepare.sh (npm's predemo).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, RunnerJob } from '../test/support/runner.js';

const examples = path.join(REPO_ROOT, 'examples');

const job = new RunnerJob({ workspace: examples, inputs: { 'wait-timeout': '90s' } });
console.log('\n▶ main (dist/main/index.js)');
const main = await job.main();
process.stdout.write(main.stdout + main.stderr);
console.log(`\n▶ your tests would run here, against project ${main.outputs['project-name'] ?? '(none)'}`);
console.log('\n▶ post (dist/post/index.js)');
const post = await job.post();
process.stdout.write(post.stdout + post.stderr);

const summaryFile = path.join(job.runnerTemp, 'job-summary.md');
writeFileSync(summaryFile, post.summary);
console.log(`\nOutputs: ${JSON.stringify({ ...main.outputs, ...post.outputs })}`);
console.log(`Job summary written to ${summaryFile}`);

console.log('\n▶ docker-stability run (dist/cli/index.js) around a query against the database');
const cliSummary = path.join(job.runnerTemp, 'cli-summary.md');
const cli = spawnSync(
  process.execPath,
  [path.join(REPO_ROOT, 'dist/cli/index.js'), 'run', '--summary', cliSummary, '--', 'sh', '-c', 'docker compose exec -T db psql -h 127.0.0.1 -U postgres -d app_test -c "select 1 as ok"'],
  { cwd: examples, stdio: 'inherit' },
);
console.log(`\nThe CLI exited with ${cli.status}; its summary is in ${cliSummary}`);
process.exitCode = main.exitCode || post.exitCode || cli.status || 0;
