import { readMonitorFile, startMonitor, stopMonitor, type MonitorHandle } from '../monitor/control.js';
import { monitorConfig, type MonitorConfig } from '../monitor/config.js';
import type { RunReport } from '../report/run-report.js';
import { formatDuration } from '../core/units.js';
import { monitorFiles } from './run-files.js';
import type { Deps } from './wiring.js';

/** How long post waits for the monitor's final flush before it kills it. */
export const MONITOR_STOP_TIMEOUT_MS = 8000;

/**
 * V8 flags for the worker. Its state is bounded to a few MB and it runs at ~65–70 MB resident
 * with or without smaller heap flags (bench/monitor.ts); the cap is a guard: should it ever
 * grow, the monitor dies, not the runner.
 */
export const MONITOR_NODE_OPTIONS = ['--max-old-space-size=128'];

/** Starts the detached monitor for the project; a problem (never thrown) when it cannot. */
export function startMonitoring(
  deps: Deps,
  options: { projectName: string; runDir: string; sampleIntervalMs: number; lease?: MonitorConfig['lease'] },
): MonitorHandle | { problem: string } {
  const script = deps.monitorScript();
  if (!script) return { problem: 'the monitor bundle (dist/monitor/index.js) is missing, so nothing was sampled' };
  const { configFile, samplesFile } = monitorFiles(options.runDir);
  const started = startMonitor(
    { processes: deps.processes, host: deps.host, clock: deps.clock, writeFile: deps.writeFile, readTail: deps.readTail },
    {
      nodePath: process.execPath,
      script,
      configFile,
      nodeOptions: MONITOR_NODE_OPTIONS,
      env: deps.runtime.env,
      secrets: deps.runtime.redactor.values(),
      config: monitorConfig({
        projectName: options.projectName,
        sampleIntervalMs: options.sampleIntervalMs,
        samplesFile,
        runDir: options.runDir,
        startedAtMs: deps.clock.now(),
        ...(options.lease ? { lease: options.lease } : {}),
      }),
    },
  );
  return 'error' in started ? { problem: `the monitor could not start: ${started.error}` } : started;
}

/** Stops the monitor (bounded) and puts what it saw, or why nothing, into the report. */
export async function finishMonitoring(deps: Deps, handle: MonitorHandle, report: RunReport): Promise<void> {
  const outcome = await stopMonitor(
    { processes: deps.processes, host: deps.host, clock: deps.clock, writeFile: deps.writeFile, readTail: deps.readTail },
    handle,
    MONITOR_STOP_TIMEOUT_MS,
  );
  const problems = (report.monitorProblems ??= []);
  if (outcome === 'killed') problems.push(`the monitor did not finish within ${formatDuration(MONITOR_STOP_TIMEOUT_MS)} and was killed; its last samples may be missing`);
  const text = deps.readText(handle.samplesFile);
  const monitor = text ? readMonitorFile(text) : undefined;
  if (!monitor) {
    problems.push(`the monitor left no samples (${handle.samplesFile}); it may have failed to start`);
    return;
  }
  report.monitor = monitor;
  if (monitor.endReason && !monitor.endReason.startsWith('stopped')) problems.push(`the monitor ended before post: ${monitor.endReason}`);
  if (!monitor.endReason && outcome !== 'killed') problems.push('the monitor ended without its final record (killed?); results run up to its last sample');
  if (problems.length === 0) delete report.monitorProblems;
}

/** "web 2.1 s, db 4.8 s": per-service time to healthy as far as the monitor has seen it. */
export function timeToHealthyLine(deps: Deps, handle: MonitorHandle): string | undefined {
  const text = deps.readText(handle.samplesFile);
  const services = text ? readMonitorFile(text)?.services : undefined;
  const parts = (services ?? []).map((service) =>
    service.timeToHealthyMs !== undefined ? `${service.service} ${formatDuration(service.timeToHealthyMs)}` : `${service.service} ${service.hasHealthcheck ? 'not seen' : 'no health check'}`,
  );
  return parts.length ? parts.join(', ') : undefined;
}
