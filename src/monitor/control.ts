import type { Clock } from '../ports/clock.js';
import type { HostProbe } from '../ports/host.js';
import type { BackgroundProcesses } from '../ports/process.js';
import { analyseMonitor, type MonitorReport } from './analysis.js';
import { MONITOR_CONFIG_ENV, MONITOR_SECRETS_ENV, type MonitorConfig } from './config.js';
import { parseRecord } from './records.js';
import { MonitorState } from './state.js';

/** What main saves in state so post can find, stop and read the monitor. */
export interface MonitorHandle {
  pid: number;
  /** /proc start time of the pid: post signals it only if it is still the same process. */
  startTicks?: number;
  samplesFile: string;
  configFile: string;
}

export interface ControlDeps {
  processes: BackgroundProcesses;
  host: HostProbe;
  clock: Clock;
  writeFile(file: string, text: string): void;
  /** The last bytes of a file ('' when missing). */
  readTail(file: string, bytes: number): string;
}

/** Writes the config next to the samples and starts `node <script>` detached. */
export function startMonitor(
  deps: ControlDeps,
  options: { nodePath: string; script: string; configFile: string; config: MonitorConfig; env: NodeJS.ProcessEnv; nodeOptions?: string[]; secrets?: string[] },
): MonitorHandle | { error: string } {
  deps.writeFile(options.configFile, JSON.stringify(options.config, null, 2));
  const pid = deps.processes.spawnDetached(options.nodePath, [...(options.nodeOptions ?? []), options.script], {
    ...options.env,
    [MONITOR_CONFIG_ENV]: options.configFile,
    ...(options.secrets?.length ? { [MONITOR_SECRETS_ENV]: JSON.stringify(options.secrets) } : {}),
  });
  if (pid === undefined) return { error: `could not start ${options.nodePath} ${options.script}` };
  return { pid, startTicks: deps.host.processIdentity(pid)?.startTicks, samplesFile: options.config.samplesFile, configFile: options.configFile };
}

export type StopOutcome = 'stopped' | 'killed' | 'not-running';

/** How long a monitor that wrote its end record may take to exit before it is killed. */
const EXIT_AFTER_END_MS = 2000;
/**
 * How often post looks for the end record and the exit. The monitor drops its tick on the signal
 * (sampler.ts), so it usually ends within tens of milliseconds; teardown waits on this.
 */
const POLL_MS = 20;

/**
 * SIGTERM, then wait (bounded) until the monitor wrote its end record or exited; SIGKILL when
 * it does not. Signals only the very process main started (pid and start time both match).
 */
export async function stopMonitor(deps: ControlDeps, handle: MonitorHandle, timeoutMs: number): Promise<StopOutcome> {
  // Without /proc (macOS runners) the start time is unknown: the pid alone has to do.
  const alive = (): boolean =>
    handle.startTicks === undefined || deps.host.processIdentity(handle.pid)?.startTicks === handle.startTicks;
  if (hasEnded(deps, handle)) return 'not-running';
  if (!alive() || !deps.processes.signal(handle.pid, 'SIGTERM')) return 'not-running';
  const deadline = deps.clock.now() + timeoutMs;
  while (deps.clock.now() < deadline && !hasEnded(deps, handle)) await deps.clock.sleep(POLL_MS);
  if (!hasEnded(deps, handle)) {
    if (alive()) deps.processes.signal(handle.pid, 'SIGKILL');
    return 'killed';
  }
  // Flushed: it exits right after its end record. Whatever still runs then is stuck, not busy.
  if (handle.startTicks === undefined) return 'stopped';
  const exitDeadline = deps.clock.now() + EXIT_AFTER_END_MS;
  while (deps.clock.now() < exitDeadline && alive()) await deps.clock.sleep(POLL_MS);
  if (alive()) deps.processes.signal(handle.pid, 'SIGKILL');
  return 'stopped';
}

function hasEnded(deps: ControlDeps, handle: MonitorHandle): boolean {
  return /"k":"end"/.test(deps.readTail(handle.samplesFile, 4096));
}

/** Folds the monitor's file (live lines, a compacted snapshot, or both) into its report. */
export function readMonitorFile(text: string): MonitorReport | undefined {
  const state = new MonitorState();
  let records = 0;
  for (const line of text.split('\n')) {
    const record = parseRecord(line);
    if (!record) continue;
    state.apply(record);
    records += 1;
  }
  return records > 0 && state.meta ? analyseMonitor(state) : undefined;
}
