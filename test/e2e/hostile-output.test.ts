import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { forceRemoveProject, requireImages } from '../support/docker.js';
import { HOSTILE_LINES, MARKER } from '../support/hostile.js';
import { foreignHtml } from '../support/markdown-html.js';
import { RunnerJob, type StepResult } from '../support/runner.js';
import { emptyRunnerTempAfterEach } from '../support/runner-temp.js';
import { commandLikeLinesOutsideBlocks, readAsRunner } from '../support/workflow-commands.js';

// A pull request's stack whose container prints every form of workflow command, markdown meant
// to break the summary, and its environment — canary secrets from the runner's environment
// (interpolated), an --env-file (interpolated), a service env_file and a literal environment
// value — and fails its health check the same way. Through the bundles, main then post: the
// runner obeys nothing of it, no canary is in any output or file, the summary renders none of it.

const track = emptyRunnerTempAfterEach();
const projects: string[] = [];

beforeAll(() => requireImages('dsa-test/busybox:1'));
afterEach(() => {
  for (const project of projects.splice(0)) forceRemoveProject(project);
});

const tag = randomBytes(4).toString('hex');
const CANARIES = {
  runner: `dsa-canary-runner-${tag}`,
  envFile: `dsa-canary-envfile-${tag}`,
  serviceEnvFile: `dsa-canary-svcenv-${tag}`,
  environment: `dsa-canary-literal-${tag}`,
};

/** The commands this action itself gives the runner, and the only ones it may obey. */
const OURS = new Set(['add-mask', 'group', 'endgroup', 'stop-commands', 'debug', 'notice', 'warning', 'error']);
const TOKEN = /^dsa[0-9a-f]{32}$/;

function hostileWorkspace(): string {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'dsa-ws-hostile-'));
  // The long line last: Docker keeps 4 KiB of a health check's output, the canaries come first.
  writeFileSync(path.join(workspace, 'hostile.txt'), `${HOSTILE_LINES.join('\n')}\n`);
  writeFileSync(path.join(workspace, 'ci.env'), `FROM_ENV_FILE=${CANARIES.envFile}\n`);
  writeFileSync(path.join(workspace, 'service.env'), `SERVICE_SETTING=${CANARIES.serviceEnvFile}\n`);
  writeFileSync(
    path.join(workspace, 'compose.yaml'),
    [
      'services:',
      '  hostile:',
      '    image: dsa-test/busybox:1',
      '    command: ["sh", "-c", "env; cat /hostile.txt; exec sleep 3600"]',
      '    mem_limit: 16m',
      '    volumes: ["./hostile.txt:/hostile.txt:ro"]',
      '    env_file: [service.env]',
      '    environment:',
      `      APP_TOKEN: ${CANARIES.environment}`,
      '      FROM_RUNNER: ${CANARY_FROM_RUNNER}',
      '      FROM_FILE: ${FROM_ENV_FILE}',
      '    healthcheck:',
      '      test: ["CMD-SHELL", "env; cat /hostile.txt; exit 1"]',
      '      interval: 1s',
      '      timeout: 2s',
      '      retries: 2',
      '',
    ].join('\n'),
  );
  return workspace;
}

/** What the runner would do with a step's stdout, checked: only our commands, none of theirs. */
function expectObeysNothingOfTheirs(step: StepResult, name: string): void {
  const reading = readAsRunner(step.stdout);
  expect(reading.unclosedToken, `${name}: a block left open`).toBeUndefined();
  for (const command of reading.obeyed) {
    expect(OURS.has(command.name) || TOKEN.test(command.name), `${name} obeyed ${command.line.slice(0, 120)}`).toBe(true);
    // Properties are the ones we set; hostile text in them would be theirs.
    for (const pair of command.properties.split(',').filter(Boolean)) expect(['title', 'file', 'line', 'col']).toContain(pair.split('=')[0]);
    if (command.name === 'stop-commands') expect(command.data).toMatch(TOKEN);
    if (command.name === 'add-mask') expect(command.data).toBe(CANARIES.runner);
  }
  for (const line of commandLikeLinesOutsideBlocks(reading)) {
    const command = readAsRunner(line).obeyed[0];
    expect(command && (OURS.has(command.name) || TOKEN.test(command.name)), `${name}: ${line.slice(0, 120)}`).toBe(true);
  }
  // The stderr of a step is read for commands too.
  expect(readAsRunner(step.stderr).obeyed, `${name} stderr`).toEqual([]);
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

function expectNoCanary(text: string, where: string): void {
  for (const [source, canary] of Object.entries(CANARIES)) expect(text.includes(canary), `${source} canary in ${where}`).toBe(false);
}

describe('hostile container output and canary secrets, main then post', () => {
  test('nothing is obeyed, nothing secret is shown or written, the summary renders no HTML of theirs', async () => {
    const workspace = hostileWorkspace();
    const job = track(
      new RunnerJob({
        workspace,
        inputs: { 'compose-files': 'compose.yaml', 'env-files': 'ci.env', 'wait-timeout': '40s', policy: 'warn', 'sarif-file': 'results.sarif', baseline: 'false' },
        env: { CANARY_FROM_RUNNER: CANARIES.runner },
      }),
    );
    const main = await job.main();
    const project = main.outputs['project-name']!;
    projects.push(project);
    expect(main.exitCode, main.stdout.slice(-3000)).toBe(1);

    // The container did print all of it: the hostile lines reached main's log, inside blocks.
    const mainReading = readAsRunner(main.stdout);
    const inBlocks = mainReading.lines.filter((line) => line.inBlock).map((line) => line.text);
    expect(inBlocks).toContain(`::add-mask::${MARKER}-mask`);
    expect(inBlocks).toContain(`::stop-commands::${MARKER.toLowerCase()}token`);
    expect(inBlocks.some((line) => /^FROM_RUNNER=\*\*\*$/.test(line)), 'the environment was printed, redacted').toBe(true);
    expect(main.stdout).toContain('APP_TOKEN=***');
    expect(main.stdout).toContain('SERVICE_SETTING=***');
    expect(main.stdout).toContain('FROM_FILE=***');
    // The runner is asked to mask the workflow's own value, and only that.
    expect(mainReading.obeyed.filter((command) => command.name === 'add-mask').map((command) => command.data)).toEqual([CANARIES.runner]);
    expectObeysNothingOfTheirs(main, 'main');

    const post = await job.post();
    expectObeysNothingOfTheirs(post, 'post');

    // No canary anywhere: the logs (the add-mask line aside: the runner consumes it, never shows
    // it), the summary, report.json, SARIF, the monitor's file and everything else of the run.
    for (const [name, step] of [['main', main], ['post', post]] as const) {
      expectNoCanary(step.stdout.split('\n').filter((line) => line !== `::add-mask::${CANARIES.runner}`).join('\n'), `${name} stdout`);
      expectNoCanary(step.stderr, `${name} stderr`);
      expectNoCanary(step.summary, `${name} summary`);
      expectNoCanary(JSON.stringify(step.annotations), `${name} annotations`);
    }
    const reportFile = post.outputs['report-file']!;
    expect(existsSync(reportFile)).toBe(true);
    const sarif = path.join(workspace, 'results.sarif');
    expect(existsSync(sarif)).toBe(true);
    const runFiles = filesUnder(path.dirname(reportFile));
    expect(runFiles.map((file) => path.basename(file))).toEqual(expect.arrayContaining(['report.json', 'main-report.json', 'monitor.ndjson', 'hostile.log']));
    // The kept log (main keeps a failed start's) has the container's words, without the values.
    expect(readFileSync(path.join(path.dirname(reportFile), 'logs', 'hostile.log'), 'utf8')).toContain('stdout APP_TOKEN=***');
    for (const file of [sarif, ...runFiles]) expectNoCanary(readFileSync(file, 'utf8'), file);
    // …and the report still says what happened, with the container's words.
    const report = readFileSync(reportFile, 'utf8');
    expect(report).toContain(`${MARKER} annotation`);
    expect(report).toContain('APP_TOKEN=***');

    // The summary: the failure, the hostile words as text, no HTML, link or image of theirs.
    expect(post.summary).toContain('### Why the stack did not start');
    expect(post.summary).toContain(MARKER);
    expect(foreignHtml(post.summary)).toEqual([]);
  });
});
