import { errorMessage } from '../../core/errors.js';
import { formatDuration } from '../../core/units.js';
import type { Log } from '../../ports/runtime.js';
import type { ReadinessSection } from '../../report/readiness-section.js';
import type { Settings } from '../../settings/settings.js';
import { diagnoseProject, printDiagnosis } from '../../stack/diagnose.js';
import { portsOutput, portVariables } from '../../stack/published-ports.js';
import { awaitReadiness, type ProbeReadiness } from '../../stack/readiness.js';
import type { Deps } from '../deps.js';

// After `up --wait`: the host ports the daemon published (the `ports` output, and with
// `export-env` the variables of later steps) and the `wait-for` probes, within what is left of
// `wait-timeout`. A probe not met fails the start as an unhealthy service does: the failing
// services diagnosed (state, health checks, log tail), the stack torn down by the caller.

export interface Readiness {
  section: ReadinessSection;
  /** The step's error when a probe was not met. */
  failure?: string;
}

export async function checkReadiness(deps: Deps, log: Log, settings: Settings, options: { upMs: number; signal: AbortSignal }): Promise<Readiness> {
  const project = settings.stack.projectName;
  const probes = settings.readiness.waitFor;
  const budgetMs = Math.max(0, settings.waitTimeoutMs - options.upMs);
  let outcome;
  try {
    outcome = await awaitReadiness({ docker: deps.docker, network: deps.network, clock: deps.clock }, project, probes, { deadlineMs: deps.clock.now() + budgetMs, signal: options.signal });
  } catch (error) {
    const problem = `the published ports could not be read from the daemon: ${errorMessage(error)}`;
    if (probes.length === 0) {
      log.warning(`No ports output: ${problem}.`);
      return { section: { ok: true, durationMs: 0, ports: {}, probes: [], problems: [problem] } };
    }
    return { section: { ok: false, durationMs: 0, ports: {}, probes: [], problems: [problem] }, failure: `Stack ${project}: wait-for could not be checked: ${problem}` };
  }

  const ports = portsOutput(outcome.ports);
  const section: ReadinessSection = { ok: outcome.ok, durationMs: outcome.durationMs, ports, probes: outcome.probes };
  const published = Object.entries(ports).flatMap(([service, bindings]) => Object.entries(bindings).map(([port, at]) => `${service} ${port} → ${at}`));
  log.info(published.length ? `Published ports: ${published.join(', ')}.` : 'The stack publishes no host ports.');
  if (settings.readiness.exportEnv) {
    const { variables, problems } = portVariables(outcome.ports);
    section.variables = variables;
    if (problems.length) section.problems = problems;
    for (const problem of problems) log.warning(`export-env: ${problem}.`);
  }
  for (const probe of outcome.probes) for (const line of probeLines(probe)) log.info(line);
  if (outcome.ok) return { section };

  const failed = outcome.probes.filter((probe) => !probe.ready);
  const services = new Set(failed.map((probe) => probe.service));
  try {
    section.failing = (await diagnoseProject(deps.docker, project)).filter((diagnosis) => services.has(diagnosis.service));
    for (const diagnosis of section.failing) await printDiagnosis(log, diagnosis);
  } catch (error) {
    log.warning(`Could not inspect the services that were not ready: ${errorMessage(error)}`);
  }
  const lines = failed.flatMap((probe) => probeLines(probe, { failedOnly: true }));
  return {
    section,
    failure: `Stack ${project} was not ready: wait-for not met within wait-timeout (${formatDuration(settings.waitTimeoutMs)}, ${formatDuration(options.upMs)} of it taken by up).\n${lines.join('\n')}`,
  };
}

/** One line per replica: "db: TCP 5432 ready 4.2 s after its start (waited 1.3 s; 127.0.0.1:49153: accepted and held open)". */
function probeLines(probe: ProbeReadiness, options: { failedOnly?: boolean } = {}): string[] {
  const lines = probe.replicas.filter((replica) => !options.failedOnly || !replica.ready).map((replica) => {
    const who = probe.replicas.length > 1 ? `${probe.service} #${replica.replica}` : probe.service;
    if (!replica.ready) return `${who}: ${probe.target} not met — ${replica.detail}`;
    const since = replica.sinceStartMs !== undefined ? ` ${formatDuration(replica.sinceStartMs)} after its start` : '';
    return `${who}: ${probe.target} ready${since} (waited ${formatDuration(replica.waitedMs ?? 0)}; ${replica.detail})`;
  });
  if (probe.problem) lines.push(`${probe.service}: ${probe.target} not met — ${probe.problem}`);
  return lines;
}
