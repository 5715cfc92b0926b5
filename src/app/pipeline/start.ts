import { errorMessage } from '../../core/errors.js';
import type { LeaseHandle } from '../../lease/acquire.js';
import { stackSection } from '../../report/stack-section.js';
import type { Settings } from '../../settings/settings.js';
import type { StartOutcome } from '../../stack/start.js';
import { unknownServices } from '../../stack/wait-for.js';
import type { Deps } from '../deps.js';
import { stopMonitoring, timeToHealthyLine } from '../monitoring.js';
import { admitStack, AdmissionError, type Admission } from '../phases/admission.js';
import { buildPhase, buildsAnything } from '../phases/build.js';
import { judgePreflight, preflightFailure, runChecks, sweptSection, tellPreflight } from '../phases/checks.js';
import { startFailureMessage, tellStartFailure } from '../phases/diagnostics.js';
import { recallHistory } from '../phases/history.js';
import { keepServiceLogs } from '../phases/logs.js';
import { checkReadiness } from '../phases/readiness.js';
import { keepLease, recordBeforeUp, upUnderOverride, writeStackOverride, type Keeping } from '../phases/launch.js';
import { tellPolicy } from '../phases/policy.js';
import { pullPhase } from '../phases/pull.js';
import { releaseOrKeep, tearDownStack } from '../phases/teardown.js';
import { overrideFilePath } from '../run-files.js';
import { isInputError } from './bad-input.js';
import { BufferedLog } from './buffered-log.js';
import type { CarriedRun, LeaseKeeper } from './carried.js';
import { PhaseClock } from './phase-clock.js';
import type { StartSections } from './report.js';

// The first half of the one lifecycle, shared by the action's main, `docker-stability run`, `up`
// and the library: checks (daemon, policy, host, the sweep of dead jobs — side by side) →
// preflight verdict → admission under a lease → launch (override, whoever keeps the lease, the
// baseline) → `up --wait`. Each phase returns its section; expected failures are returned, not
// thrown, with everything learned so far. A failed start leaves nothing running.

export interface StartOptions {
  runDir: string;
  /** Root of relative paths in findings, and of the SARIF file (GITHUB_WORKSPACE, the CLI's cwd). */
  workspace: string;
  namespace: string;
  signal: AbortSignal;
  keeper: LeaseKeeper;
  /** Sample the stack with the background monitor. */
  monitor: boolean;
  /** Node's own start-up before our first line, for the timings (when measured). */
  bootMs?: number;
  /** After every phase: the action saves the carried run and the sections for post. */
  checkpoint?: (run: CarriedRun, sections: StartSections) => void;
  /** `up`: starts the keeper process for the lease; its pid, or undefined when it could not. */
  startKeeper?: (lease: LeaseHandle) => number | undefined;
  /** `up` again on a project that is up: its lease (and keeper) stay; admission is not repeated. */
  reuseLease?: LeaseHandle;
}

export interface Started {
  ok: boolean;
  run: CarriedRun;
  sections: StartSections;
  /** Why the start failed (the step's error). */
  failure?: string;
  /** The failure was bad input (files, configuration, inputs): the CLI exits 2. */
  badInput?: boolean;
  /** `run`: ends this process's renewal of the lease (before the finish releases it). */
  stopRenewal?: () => Promise<void>;
}

export async function startRun(deps: Deps, settings: Settings, options: StartOptions): Promise<Started> {
  const log = deps.runtime;
  const clock = new PhaseClock(deps.clock);
  if (options.bootMs !== undefined) clock.record('node start', options.bootMs);
  const startedAtMs = deps.clock.now();
  const project = settings.stack.projectName;
  const run: CarriedRun = { version: 3, settings, runDir: options.runDir, namespace: options.namespace, phase: 'validated', startedAtMs, keeper: options.keeper };
  const sections: StartSections = { projectName: project, startedAtMs, preflight: [], timings: clock.timings };
  const checkpoint = (): void => options.checkpoint?.(run, sections);
  const failed = (failure: string, badInput = false): Started => {
    sections.failure = failure;
    checkpoint();
    return { ok: false, run, sections, failure, badInput };
  };
  checkpoint();

  let keeping: Keeping | undefined;
  try {
    const checked = await clock.time('checks', (part) =>
      runChecks(deps, settings, { workspace: options.workspace, overridePath: overrideFilePath(options.runDir), namespace: options.namespace }, part),
    );
    const { daemon, policy } = checked;
    sections.engine = { version: daemon.engine.version, apiVersion: daemon.engine.apiVersion, compose: daemon.composeVersion };
    sections.stack = stackSection(policy.check.model);
    await log.group('Docker daemon', async () =>
      log.info(`${daemon.endpoint}: engine ${daemon.engine.version} (API ${daemon.engine.apiVersion}), Compose ${daemon.composeVersion}; ping ${daemon.pingMs} ms.`),
    );
    sections.policy = await log.group('Compose policy', async () => tellPolicy(log, policy));
    if (policy.sarifFile) sections.sarifFile = policy.sarifFile;
    if (policy.failure) return failed(policy.failure);
    const unknownWaitFor = unknownServices(settings.readiness.waitFor, Object.keys(policy.check.model.services ?? {}));
    if (unknownWaitFor) return failed(unknownWaitFor, true);
    sections.preflight = judgePreflight(checked, settings);
    sections.swept = sweptSection(checked);
    await log.group('Preflight', async () => tellPreflight(log, sections.preflight));
    const preflightFailed = preflightFailure(sections.preflight);
    if (preflightFailed) return failed(preflightFailed);
    checkpoint();

    let lease: LeaseHandle;
    if (options.reuseLease) {
      lease = options.reuseLease;
      sections.lease = { outcome: 'admitted', waitedMs: 0, waitedFor: [], detail: `project ${project} already held lease ${lease.id}; it was kept` };
    } else {
      let admission: Admission;
      try {
        admission = await clock.time('admission', () =>
          log.group('Admission', () => admitStack(deps, log, settings, policy.check.model, daemon, { signal: options.signal, namespace: options.namespace })),
        );
      } catch (error) {
        if (!(error instanceof AdmissionError)) throw error;
        sections.lease = error.section;
        return failed(error.message);
      }
      sections.lease = admission.section;
      lease = admission.lease.handle;
    }
    run.lease = lease;
    run.phase = 'admitted';
    checkpoint();

    let outcome: StartOutcome;
    try {
      // The baseline comes from the cache while the lease finds its keeper.
      const historyLog = new BufferedLog();
      const recordLog = new BufferedLog();
      const [history, kept, preExisting] = await clock.time('launch', (part) =>
        allSettled(
          part('history', recallHistory(deps, historyLog, settings, policy.check.model)),
          part(
            'keeper',
            (async () => {
              run.overrideFile = writeStackOverride(deps, options.runDir, policy.check.override, policy.check.model, lease);
              if (options.reuseLease) return { note: 'its keeper goes on holding it' } satisfies Keeping;
              return keepLease(deps, { keeper: options.keeper, monitor: options.monitor, lease, settings, runDir: options.runDir, startKeeper: options.startKeeper });
            })(),
          ),
          // What of the model's volumes and networks exists already: the teardown keeps it.
          part('record', recordBeforeUp(deps, recordLog, policy.check.model, project)),
        ),
      );
      run.preExisting = preExisting;
      keeping = kept;
      run.monitor = kept.monitor;
      if (kept.monitorProblem) sections.monitorProblems = [kept.monitorProblem];
      sections.history = history;
      if (history) await log.group('History across runs', async () => historyLog.replay(log));
      recordLog.replay(log);
      await log.group('Monitor and lease', async () => {
        if (kept.monitorProblem) log.warning(`Monitoring is off for this job: ${kept.monitorProblem}.`);
        else if (kept.monitor) log.info(`Monitor started (pid ${kept.monitor.pid}), sampling every ${settings.sampleIntervalMs} ms into ${kept.monitor.samplesFile}.`);
        log.info(`Lease ${lease.id}: ${kept.note}.`);
      });
      run.phase = 'starting';
      checkpoint();
      // Images first, each in a phase of its own, so `up` pulls and builds nothing.
      const model = policy.check.model;
      const imageOptions = { overrideFile: run.overrideFile!, signal: options.signal };
      const pulled = await clock.time('pull', () => log.group('Pull images', () => pullPhase(deps, log, settings, model, { ...imageOptions, imageCache: history?.imageCache?.prep })));
      sections.pull = pulled.section;
      if (pulled.imageCache && history?.imageCache) history.imageCache.prep = pulled.imageCache;
      if (!pulled.section.failure && buildsAnything(model)) sections.build = await clock.time('build', () => log.group('Build images', () => buildPhase(deps, log, settings, model, imageOptions)));
      const imageFailure = sections.pull.failure ?? sections.build?.failure;
      if (imageFailure) {
        run.phase = 'start-failed';
        checkpoint();
        await clock.time('abandon', () => log.group('Tear down the failed stack', () => abandon(deps, run, keeping)));
        return failed(imageFailure);
      }
      checkpoint();
      outcome = await clock.time('up', () => log.group(`Start stack ${project}`, () => upUnderOverride(deps, log, settings, run.overrideFile!, options.signal)));
    } catch (error) {
      // Nothing half-started stays behind, whatever went wrong on the way.
      await abandon(deps, run, keeping);
      throw error;
    }
    sections.start = outcome.ok
      ? { ok: true, durationMs: outcome.durationMs, composeTail: [], failing: [] }
      : { ok: false, durationMs: outcome.durationMs, reason: outcome.reason, composeTail: outcome.composeTail, failing: outcome.failing };

    // Published ports and wait-for, within what is left of wait-timeout.
    let notReady: string | undefined;
    if (outcome.ok) {
      const upMs = outcome.durationMs;
      const readiness = await clock.time('readiness', () => log.group('Readiness', () => checkReadiness(deps, log, settings, { upMs, signal: options.signal })));
      sections.readiness = readiness.section;
      notReady = readiness.failure;
    }

    if (outcome.ok && !notReady) {
      run.phase = 'started';
      run.startupMs = outcome.durationMs;
      checkpoint();
      log.info(`Stack ${project} is up and healthy after ${(outcome.durationMs / 1000).toFixed(1)} s.`);
      const healthy = run.monitor ? timeToHealthyLine(deps, run.monitor) : undefined;
      if (healthy) log.info(`Time to healthy per service (from the daemon's events): ${healthy}.`);
      return { ok: true, run, sections, stopRenewal: keeping.stopRenewal };
    }
    run.phase = 'start-failed';
    checkpoint();
    if (!outcome.ok) await tellStartFailure(log, outcome);
    // Every service's log outlives the failed stack (post uploads them as upload-logs says).
    sections.logs = await clock.time('logs', () => log.group('Service logs', () => keepServiceLogs(deps, log, settings, options.runDir, 'start')));
    // The stack is not left running while later steps (or post) wait.
    await clock.time('abandon', () => log.group('Tear down the failed stack', () => abandon(deps, run, keeping)));
    return failed(outcome.ok ? (notReady ?? `Stack ${project} was not ready.`) : startFailureMessage(project, outcome));
  } catch (error) {
    return failed(errorMessage(error), isInputError(error));
  }
}

/**
 * Stops what the start began — the monitor (so its kills are not recorded as crashes), this
 * process's renewal — tears down and releases the lease. A lease whose release failed stays
 * in the carried run, so the finish tries again. Never throws.
 */
async function abandon(deps: Deps, run: CarriedRun, keeping: Keeping | undefined): Promise<void> {
  const log = deps.runtime;
  if (run.monitor) {
    if ((await stopMonitoring(deps, run.monitor)) === 'killed') log.warning('The monitor did not stop in time and was killed.');
    run.monitor = undefined;
  }
  await keeping?.stopRenewal?.();
  if (run.phase === 'starting' || run.phase === 'start-failed') await tearDownStack(deps, log, run.settings, run);
  run.lease = await releaseOrKeep(deps, log, run.lease);
}

/** Every result once all have settled; the first rejection is rethrown then, not before. */
async function allSettled<T extends readonly unknown[]>(...promises: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const settled = await Promise.allSettled(promises);
  const failed = settled.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<unknown>).value) as unknown as T;
}
