import { dockerApiFromEnvironment } from '../adapters/docker-endpoint.js';
import { linuxHostProbe } from '../adapters/host-probe.js';
import { recordFile } from '../adapters/record-file.js';
import type { Files } from '../ports/files.js';
import type { ThisProcess } from '../ports/process.js';
import { systemClock } from '../adapters/system-clock.js';
import { MONITOR_CONFIG_ENV, monitorSecrets, parseMonitorConfig, type MonitorConfig } from '../monitor/config.js';
import { Redactor } from '../core/untrusted.js';
import { leaseRenewalDuty } from '../lease/hooks.js';
import type { LeaseDeps } from '../lease/context.js';
import { runMonitor, type MonitorDuty } from '../monitor/sampler.js';
import { errorMessage } from '../core/errors.js';

/**
 * Periodic duties the monitor carries out while the job runs, besides sampling. The lease
 * renewal belongs here (the monitor is the only process alive between main and post).
 */
export function monitorDuties(config: MonitorConfig, deps: LeaseDeps): MonitorDuty[] {
  return config.lease ? [leaseRenewalDuty(deps, { namespace: config.lease.namespace, id: config.lease.id }, config.lease.ttlMs)] : [];
}

/** The detached worker (dist/monitor): reads its config, samples until told to stop. */
export async function monitorWorker(self: ThisProcess, files: Files): Promise<number> {
  const { env } = self;
  const configFile = env[MONITOR_CONFIG_ENV];
  const text = configFile ? files.readText(configFile) : undefined;
  if (!configFile || text === undefined) {
    self.stderr(`docker-stability monitor: ${MONITOR_CONFIG_ENV} ${configFile ? `names no readable file (${configFile})` : 'is not set'}; main starts this worker, not people.\n`);
    return 2;
  }
  const config = parseMonitorConfig(text);
  const redactor = new Redactor();
  redactor.add(monitorSecrets(env));
  const store = recordFile(config.samplesFile);
  // Detached in its own session, so the runner's Ctrl-C never reaches it: post's SIGTERM does.
  const interrupt = self.interruptSignal();
  const docker = dockerApiFromEnvironment(env);
  try {
    await runMonitor(
      { docker, host: linuxHostProbe, clock: systemClock, store, runDirExists: () => files.isDirectory(config.runDir), redactor },
      config,
      interrupt.signal,
      monitorDuties(config, { docker, host: linuxHostProbe, clock: systemClock }),
    );
    return 0;
  } catch (error) {
    store.append(`${JSON.stringify(redactor.redactJson({ k: 'end', t: systemClock.now(), reason: 'error', detail: errorMessage(error) }))}\n`);
    return 1;
  } finally {
    interrupt.dispose();
  }
}
