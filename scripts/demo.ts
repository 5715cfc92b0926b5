// `npm run demo`: the whole action lifecycle on examples/ against the local daemon, run exactly
// as the GitHub runner runs it (dist/main, then dist/post, file commands and state between).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, RunnerJob } from '../test/support/runner.js';

execFileSync('bash', [path.join(REPO_ROOT, 'test/images/build.sh')], { stdio: 'inherit' });

const job = new RunnerJob({ workspace: path.join(REPO_ROOT, 'examples'), inputs: { 'wait-timeout': '90s' } });
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
process.exitCode = main.exitCode || post.exitCode || 0;
