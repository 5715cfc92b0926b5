import { formatDuration } from '../core/units.js';
import type { MonitorReport } from '../monitor/analysis.js';
import { monitorConfig, type MonitorConfig } from '../monitor/config.js';
import { readMonitorFile, startMonitor, stopMonitor, type ControlDeps, type MonitorHandle } from '../monitor/control.js';
import type { Deps } from './deps.js';
import { monitorFiles } from './run-files.js';

/** How long the finish waits for the monitor's final flush before it kills it. */
export const MONITOR_STOP_TIMEOUT_MS = 8000;

/**
 * V8 flags for the worker. Its state is bounded to a few MB and it runs at ~65–70 MB resident
 * with or without smaller heap flags (bench/monitor.ts); the cap is a guard: should it ever
 * grow, the monitor dies, not the runner.
 */
export const MONITOR_NODE_OPTIONS = ['--max-old-space-size=128'];

function controlDeps(deps: Deps): ControlDeps {
  return {
    processes: deps.processes,
    host: deps.host,
    clock: deps.clock,
    writeFile: (file, text) => deps.files.writeText(file, text),
    readTail: (file, bytes) => deps.files.readTail(file, bytes),
  };
}

/** Starts the detached monitor for the project; a problem (never thrown) when it cannot. */
export function startMonitoring(
  deps: Deps,
  options: { projectName: string; runDir: string; sampleIntervalMs: number; startedAtMs: number; lease?: MonitorConfig['lease'] },
): MonitorHandle | { problem: string } {
  const script = deps.monitorScript();
  if (!script) return { problem: 'the monitor bundle (dist/monitor/index.js) is missing, so nothing was sampled' };
  const { configFile, samplesFile } = monitorFiles(options.runDir);
  const started = startMonitor(controlDeps(deps), {
    nodePath: deps.self.nodePath,
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
      // Events since the run began (the monitor asks the daemon from then on), so start and
      // health events that come before the worker has booted are still in its stream.
      startedAtMs: options.startedAtMs,
      ...(options.lease ? { lease: options.lease } : {}),
    }),
  });
  return 'error' in started ? { problem: `the monitor could not start: ${started.error}` } : started;
}

/** What the monitor saw, and why it is missing or partial. */
export interface MonitorOutcome {
  monitor?: MonitorReport;
  problems: string[];
}

/** Stops the monitor (bounded) and reads what it saw. */
export async function finishMonitoring(deps: Deps, handle: MonitorHandle): Promise<MonitorOutcome> {
  const outcome = await stopMonitor(controlDeps(deps), handle, MONITOR_STOP_TIMEOUT_MS);
  const problems: string[] = [];
  if (outcome === 'killed') problems.push(`the monitor did not finish within ${formatDuration(MONITOR_STOP_TIMEOUT_MS)} and was killed; its last samples may be missing`);
  const text = deps.files.readText(handle.samplesFile);
  const monitor = text ? readMonitorFile(text) : undefined;
  if (!monitor) {
    problems.push(`the monitor left no samples (${handle.samplesFile}); it may have failed to start`);
    return { problems };
  }
  if (monitor.endReason && !monitor.endReason.startsWith('stopped')) problems.push(`the monitor ended before the end of the run: ${monitor.endReason}`);
  if (!monitor.endReason && outcome !== 'killed') problems.push('the monitor ended without its final record (killed?); results run up to its last sample');
  return { monitor, problems };
}

/** Stops the monitor without reading it (a start that failed). */
export async function stopMonitoring(deps: Deps, handle: MonitorHandle): Promise<'stopped' | 'killed' | 'not-running'> {
  return stopMonitor(controlDeps(deps), handle, MONITOR_STOP_TIMEOUT_MS);
}

/** "web 2.1 s, db 4.8 s": per-service time to healthy as far as the monitor has seen it. */
export function timeToHealthyLine(deps: Deps, handle: MonitorHandle): string | undefined {
  const text = deps.files.readText(handle.samplesFile);
  const services = text ? readMonitorFile(text)?.services : undefined;
  const parts = (services ?? []).map((service) =>
    service.timeToHealthyMs !== undefined ? `${service.service} ${formatDuration(service.timeToHealthyMs)}` : `${service.service} ${service.hasHealthcheck ? 'not seen' : 'no health check'}`,
  );
  return parts.length ? parts.join(', ') : undefined;
}
