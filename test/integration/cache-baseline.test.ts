// Baselines end to end: a real stack under unique project names, the real monitor, the real
// `docker compose`, and the real @actions/cache against the local v2 server (Twirp + Azurite).
// Run 2 of the same stack shows deltas against run 1; run 3, whose service fills twice the
// memory (an environment value: the same stack, the same key), is flagged as a regression.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ActionsCacheStore } from '../../src/adapters/actions-cache.js';
import { ProcessCommandRunner } from '../../src/adapters/command-runner.js';
import { EngineApi } from '../../src/adapters/docker-api.js';
import { linuxHostProbe } from '../../src/adapters/host-probe.js';
import { recordFile } from '../../src/adapters/record-file.js';
import { readTextFile } from '../../src/adapters/node-files.js';
import { systemClock } from '../../src/adapters/system-clock.js';
import { parseRegressionThresholds, type RegressionThresholds } from '../../src/baseline/inputs.js';
import { planBaseline, recallBaseline, recordBaseline, type BaselineDeps } from '../../src/baseline/cache-io.js';
import { baselineVerdict, renderBaselineSection } from '../../src/baseline/section.js';
import { DockerComposeCli } from '../../src/compose/compose-cli.js';
import { monitorConfig } from '../../src/monitor/config.js';
import { readMonitorFile } from '../../src/monitor/control.js';
import { runMonitor } from '../../src/monitor/sampler.js';
import { emptyReport } from '../../src/report/run-report.js';
import { setVariables, v2Variables } from '../support/cache-server/env.js';
import { startV2CacheServer, type V2CacheServer } from '../support/cache-server/v2-server.js';
import { forceRemoveProject, requireImages } from '../support/docker.js';

const temp = mkdtempSync(path.join(os.tmpdir(), 'dsa-it-baseline-'));
const tag = randomBytes(3).toString('hex');
const projects: string[] = [];
let server: V2CacheServer;
let restoreEnv: () => void = () => undefined;

beforeAll(async () => {
  requireImages('dsa-test/busybox:1');
  server = await startV2CacheServer();
  restoreEnv = setVariables(v2Variables(server, temp));
});
afterAll(async () => {
  restoreEnv();
  for (const project of projects) forceRemoveProject(project);
  await server?.stop();
  rmSync(temp, { recursive: true, force: true });
});

const workingDirectory = mkdtempSync(path.join(temp, 'ws-'));
writeFileSync(
  path.join(workingDirectory, 'compose.yaml'),
  `services:
  hog:
    image: dsa-test/busybox:1
    # Holds FILL_MIB MiB in a tmpfs (charged to the container's memory), then sleeps.
    command: ["sh", "-c", "dd if=/dev/zero of=/fill/data bs=1M count=$$FILL_MIB 2>/dev/null && touch /tmp/ready && exec sleep 600"]
    environment:
      FILL_MIB: \${FILL_MIB:-24}
    tmpfs:
      - /fill:size=96m
    mem_limit: 128m
    network_mode: none
    healthcheck:
      test: ["CMD", "test", "-f", "/tmp/ready"]
      interval: 1s
  web:
    image: dsa-test/busybox:1
    command: ["httpd", "-f", "-p", "8080", "-h", "/var/www"]
    mem_limit: 16m
    healthcheck:
      test: ["CMD", "wget", "-q", "-O-", "http://127.0.0.1:8080/"]
      interval: 1s
`,
);

/** One CI run: main recalls, the stack runs under the monitor, post records and compares. */
async function ciRun(runId: string, fillMiB: number, thresholds: RegressionThresholds) {
  const projectName = `dsa-it-bl-${tag}-${runId}`;
  projects.push(projectName);
  const target = { workingDirectory, files: ['compose.yaml'], projectName, profiles: [], envFiles: [] };
  const compose = new DockerComposeCli(new ProcessCommandRunner(), { FILL_MIB: String(fillMiB) });
  const logs: string[] = [];
  const deps: BaselineDeps = {
    cache: new ActionsCacheStore(path.join(temp, 'cache-root')),
    log: { info: (m) => logs.push(m), warning: (m) => logs.push(`warning: ${m}`) },
    readText: readTextFile,
    writeFile: (file, text) => writeFileSync(file, text),
    now: Date.now,
  };
  const env = { GITHUB_REPOSITORY: 'octo-org/shop', GITHUB_WORKFLOW: 'CI', GITHUB_JOB: 'integration', GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: '1', GITHUB_REF_NAME: 'main' };

  // main
  const plan = planBaseline(await compose.config(target), target, env, readTextFile);
  const recall = await recallBaseline(deps, plan);
  const samplesFile = path.join(temp, `${projectName}.ndjson`);
  const controller = new AbortController();
  const monitoring = runMonitor(
    { docker: new EngineApi(), host: linuxHostProbe, clock: systemClock, store: recordFile(samplesFile), runDirExists: () => true },
    monitorConfig({ projectName, sampleIntervalMs: 500, samplesFile, runDir: temp, startedAtMs: Date.now() }),
    controller.signal,
  );
  const report = emptyReport(projectName, Date.now());
  try {
    const up = await compose.up(target, { waitTimeoutMs: 60_000 });
    report.start = { ok: true, durationMs: up.durationMs, composeTail: [], failing: [] };
    await new Promise((resolve) => setTimeout(resolve, 3000));
  } finally {
    controller.abort();
    await monitoring;
    await compose.down(target, { stopTimeoutSeconds: 0, timeoutMs: 60_000 });
  }
  // post
  report.monitor = readMonitorFile(readFileSync(samplesFile, 'utf8'));
  const save = await recordBaseline(deps, plan, report);
  const verdict = baselineVerdict(recall, report, thresholds);
  return { plan, recall, save, verdict, logs, section: renderBaselineSection(recall, verdict, save, thresholds) };
}

describe('baselines through @actions/cache (v2) on the real daemon', () => {
  test('run 2 shows deltas against run 1; run 3 with twice the memory is a regression', async () => {
    // Start-up of a one-second stack on two shared cores varies by more than 25 % from run to
    // run; its comparison is covered by the unit tests. Memory is what this test is about.
    const thresholds = parseRegressionThresholds('memory=25%, startup=off') as RegressionThresholds;

    const one = await ciRun(`${tag}1`, 24, thresholds);
    expect(one.recall).toMatchObject({ status: 'none', branches: ['main'] });
    expect(one.save).toMatchObject({ status: 'saved', key: one.plan.keys.saveKey });
    expect(one.section).toContain("No baseline yet for this stack on `main`. This run's figures were saved as a baseline");

    const two = await ciRun(`${tag}2`, 24, thresholds);
    expect(two.plan.stackHash).toBe(one.plan.stackHash);
    expect(two.recall).toMatchObject({ status: 'found', key: one.plan.keys.saveKey, baseline: { runId: `${tag}1`, branch: 'main' } });
    expect(two.verdict.outputs).toEqual({ baselineFound: true, regressions: 0 });
    const hog2 = two.verdict.comparison!.services.find((s) => s.service === 'hog')!;
    expect(hog2.presence).toBe('both');
    expect(Math.abs(hog2.peakMemory.change!)).toBeLessThan(0.15);
    expect(two.section).toMatch(/\| hog \| [\d.]+ MiB \(was [\d.]+ MiB, [+−]\d+%\) \|/);
    expect(two.section).toContain('**No regressions.**');

    const three = await ciRun(`${tag}3`, 48, thresholds);
    expect(three.plan.stackHash).toBe(one.plan.stackHash);
    expect(three.recall).toMatchObject({ status: 'found', baseline: { runId: `${tag}2` } });
    expect(three.verdict.outputs).toEqual({ baselineFound: true, regressions: 1 });
    const [regression] = three.verdict.comparison!.regressions;
    expect(regression).toMatchObject({ metric: 'peak-memory', service: 'hog' });
    expect(regression!.change).toBeGreaterThan(0.7);
    expect(three.verdict.warnings[0]).toMatch(new RegExp(`^Regression against the baseline \\(run ${tag}2 on main\\): hog: peak memory [\\d.]+ MiB, \\+\\d+% over the baseline's [\\d.]+ MiB \\(threshold 25%\\)$`));
    expect(three.section).toContain('**⚠️ 1 regression:**');
    console.log(`baseline v2: restore ${(three.recall as { durationMs: number }).durationMs} ms, save ${(three.save as { durationMs: number }).durationMs} ms; hog ${(hog2.peakMemory.current! / 2 ** 20).toFixed(1)} MiB → ${(regression!.current / 2 ** 20).toFixed(1)} MiB`);
    console.log(three.section);
  });
});
