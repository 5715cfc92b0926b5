// The monitor (dist/monitor, started as main starts it) sampling 20 containers every second,
// side by side with a `docker stats --no-stream` loop at the same interval over the same
// containers. Measures CPU seconds per wall second and peak RSS of each. Goal: the monitor
// ≤ 1 % of a core and ≤ 80 MB. Build first (npm run build). BENCH_SECONDS: length of each phase
// (60); BENCH_CONTAINERS (20); BENCH_INTERVAL_MS (1000); BENCH_NODE_OPTIONS: V8 flags to try.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MONITOR_NODE_OPTIONS } from '../src/app/monitoring.js';
import { MONITOR_CONFIG_ENV, monitorConfig } from '../src/monitor/config.js';
import { report } from './lib.js';

const root = path.resolve(import.meta.dirname, '..');
const seconds = Number(process.env.BENCH_SECONDS ?? 60);
const containers = Number(process.env.BENCH_CONTAINERS ?? 20);
const intervalMs = Number(process.env.BENCH_INTERVAL_MS ?? 1000);
const ticksPerSecond = 100; // getconf CLK_TCK on Linux
const project = `dsa-bench-mon-${randomBytes(3).toString('hex')}`;
const script = path.join(root, 'dist/monitor/index.js');
if (!existsSync(script)) throw new Error('dist/monitor/index.js is missing: run npm run build first');

const names = Array.from({ length: containers }, (_, index) => `${project}-s${index}-1`);
const dir = mkdtempSync(path.join(os.tmpdir(), 'dsa-bench-monitor-'));
try {
  for (const [index, name] of names.entries()) {
    execFileSync('docker', ['run', '-d', '--name', name, '--network', 'none', '--memory', '16m', '--label', `com.docker.compose.project=${project}`, '--label', `com.docker.compose.service=s${index}`, 'dsa-test/busybox:1', 'sleep', '3600'], { stdio: 'ignore' });
  }
  const ours = measureMonitor();
  const baseline = measureStatsLoop();
  console.log(`monitor: ${ours.ticks} ticks of ${containers} containers in ${seconds} s; docker stats loop: ${baseline.runs} runs (each ${(baseline.meanRunMs / 1000).toFixed(1)} s)`);
  report([
    { bench: 'monitor', measure: `CPU per wall second, ${containers} ctrs @${intervalMs / 1000}s`, ours: ours.cpuPercent, baseline: baseline.cpuPercent, baselineName: 'docker stats --no-stream loop', unit: '%', goal: 'ours ≤ 1 %' },
    { bench: 'monitor', measure: 'peak RSS', ours: ours.peakRssMb, baseline: baseline.peakRssMb, baselineName: 'docker stats --no-stream', unit: 'MB', goal: 'ours ≤ 80 MB' },
  ]);
} finally {
  for (const name of names) spawnSync('docker', ['rm', '-f', name], { stdio: 'ignore' });
  rmSync(dir, { recursive: true, force: true });
}

function measureMonitor(): { cpuPercent: number; peakRssMb: number; ticks: number } {
  const samplesFile = path.join(dir, 'monitor.ndjson');
  const configFile = path.join(dir, 'monitor-config.json');
  writeFileSync(configFile, JSON.stringify(monitorConfig({ projectName: project, sampleIntervalMs: intervalMs, samplesFile, runDir: dir, startedAtMs: Date.now() })));
  const nodeOptions = process.env.BENCH_NODE_OPTIONS !== undefined ? process.env.BENCH_NODE_OPTIONS.split(' ').filter(Boolean) : MONITOR_NODE_OPTIONS;
  const child = spawn(process.execPath, [...nodeOptions, script], { env: { ...process.env, [MONITOR_CONFIG_ENV]: configFile }, stdio: 'ignore' });
  const pid = child.pid!;
  // Start-up (loading the bundle) is not the steady state being measured.
  sleepSync(5000);
  const before = cpuTicks(pid);
  const started = Date.now();
  sleepSync(seconds * 1000);
  const cpu = (cpuTicks(pid) - before) / ticksPerSecond;
  const wall = (Date.now() - started) / 1000;
  const peakRssMb = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
  child.kill('SIGTERM');
  for (let attempt = 0; attempt < 50 && !readFileSync(samplesFile, 'utf8').includes('"k":"end"'); attempt += 1) sleepSync(100);
  const ticks = (readFileSync(samplesFile, 'utf8').match(/"k":"tick"/g) ?? []).length;
  return { cpuPercent: (cpu / wall) * 100, peakRssMb, ticks };
}

/** `docker stats --no-stream` over the same containers, started every second (or as soon as the last one ended). */
function measureStatsLoop(): { cpuPercent: number; peakRssMb: number; runs: number; meanRunMs: number } {
  let cpu = 0;
  let peakKb = 0;
  let runs = 0;
  let busyMs = 0;
  const started = Date.now();
  while (Date.now() - started < seconds * 1000) {
    const runStarted = Date.now();
    const result = spawnSync('/usr/bin/time', ['-f', 'TIME %U %S %M', 'docker', 'stats', '--no-stream', ...names], { encoding: 'utf8' });
    const match = /TIME ([\d.]+) ([\d.]+) (\d+)/.exec(result.stderr ?? '');
    if (!match) throw new Error(`/usr/bin/time did not report (apt-get install time): ${result.stderr}`);
    cpu += Number(match[1]) + Number(match[2]);
    peakKb = Math.max(peakKb, Number(match[3]));
    runs += 1;
    busyMs += Date.now() - runStarted;
    sleepSync(Math.max(0, runStarted + intervalMs - Date.now()));
  }
  const wall = (Date.now() - started) / 1000;
  return { cpuPercent: (cpu / wall) * 100, peakRssMb: peakKb / 1024, runs, meanRunMs: busyMs / runs };
}

function cpuTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
