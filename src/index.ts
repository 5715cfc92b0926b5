// The library: what the action and the CLI are made of, for other CI systems and tools.
// `import { checkCompose, runStack, … } from 'docker-stability-action'`. Each function wires the
// real adapters (the local daemon as DOCKER_HOST/DOCKER_CONTEXT say, `docker compose`, the file
// system) around the same capabilities the action uses; nothing here is a separate code path.

import path from 'node:path';
import { ProcessCommandRunner } from './adapters/command-runner.js';
import { dockerApiFromEnvironment } from './adapters/docker-endpoint.js';
import { nodeFiles } from './adapters/node-files.js';
import { linuxHostProbe } from './adapters/host-probe.js';
import { systemClock } from './adapters/system-clock.js';
import { thisProcess } from './adapters/this-process.js';
import { terminalRuntime } from './adapters/terminal-runtime.js';
import { policyIoOf } from './app/commands/check.js';
import { runRun } from './app/commands/run.js';
import { inputsFromFlags } from './app/commands/settings-flags.js';
import { sweepDeadOwners as sweep, type DeadOwnerSweep } from './app/sweep.js';
import { realDeps } from './app/deps.js';
import { DockerComposeCli } from './compose/compose-cli.js';
import type { HealthcheckDefaults } from './compose/healthcheck-defaults.js';
import type { LimitDefaults } from './compose/override.js';
import { acquireLease as acquire, type AcquiredLease, type AcquireOptions } from './lease/acquire.js';
import { describeBudget, parseMemoryBudget, resolveMemoryBudget } from './lease/budget.js';
import { releaseLease as release } from './lease/lifecycle.js';
import { DEFAULT_NAMESPACE } from './lease/records.js';
import type { LeaseRequest } from './lease/request.js';
import { leaseStatus as status, type LeaseStatus } from './lease/status.js';
import { runPolicyCheck, type PolicyResult } from './policy/check.js';
import { loadPolicyConfig } from './policy/config.js';
import { resolveStackTarget } from './settings/stack-target.js';
import { type StackTarget } from './compose/target.js';

/** This process (environment, current directory), as the library's composition root sees it. */
const self = thisProcess();

export type { Finding, FindingCounts, Severity } from './policy/finding.js';
export type { PolicyResult } from './policy/check.js';
export type { RunReport } from './report/run-report.js';
export type { StackTarget } from './compose/target.js';
export type { Settings } from './settings/settings.js';
export type { LeaseRequest } from './lease/request.js';
export type { LeaseStatus } from './lease/status.js';
export type { AcquiredLease } from './lease/acquire.js';
export type { DeadOwnerSweep } from './app/sweep.js';
export { formatSarif } from './policy/format/sarif.js';
export { formatJson } from './policy/format/json.js';
export { formatText } from './policy/format/text.js';
export { compareModels, formatDivergenceMarkdown, formatDivergenceJson } from './policy/compare.js';
export { parseSettings, SettingsError } from './settings/settings.js';
export { parseSize, parseDuration, formatBytes, formatDuration } from './core/units.js';
export { renderSummary } from './report/summary.js';

/** A stack as `docker compose` flags describe it; paths relative to `directory`. */
export interface StackOptions {
  /** Compose files (default: the one Compose would pick in `directory`). */
  files?: string[];
  /** Directory Compose runs in; also the root no path may leave (default: the current directory). */
  directory?: string;
  projectName?: string;
  profiles?: string[];
  envFiles?: string[];
}

function stackTarget(options: StackOptions): StackTarget {
  const directory = path.resolve(options.directory ?? self.cwd());
  const resolved = resolveStackTarget(
    {
      workspace: directory,
      workingDirectory: '.',
      files: options.files ?? [],
      projectName: options.projectName ?? (path.basename(directory).toLowerCase().replace(/[^a-z0-9_-]/g, '') || 'stack'),
      profiles: options.profiles ?? [],
      envFiles: options.envFiles ?? [],
    },
    nodeFiles,
    { files: 'files', workingDirectory: 'directory', projectName: 'projectName', envFiles: 'envFiles' },
  );
  if ('problems' in resolved) throw new Error(resolved.problems.join('\n'));
  return resolved.target;
}

export interface CheckOptions extends StackOptions {
  /** Policy configuration file (default: .docker-stability.yml in the directory, when present). */
  config?: string;
  /** `75%` of the daemon's memory, or a size (`6g`); a share needs `daemonMemoryBytes`. */
  memoryBudget?: string;
  daemonMemoryBytes?: number;
  defaults?: LimitDefaults;
  healthcheckDefaults?: HealthcheckDefaults;
  /** Where the generated override file goes, when defaults inject anything. */
  overridePath?: string;
}

/** The compose policy on a stack: findings with file, line and column, counts, the model. */
export async function checkCompose(options: CheckOptions = {}): Promise<PolicyResult> {
  const target = stackTarget(options);
  const io = policyIoOf(nodeFiles);
  const readText = io.readText;
  const { config } = loadPolicyConfig(readText, { explicit: options.config, base: target.workingDirectory, workingDirectory: target.workingDirectory });
  const budget = options.memoryBudget ? parseMemoryBudget(options.memoryBudget) : undefined;
  if (budget && 'error' in budget) throw new Error(`memoryBudget: ${budget.error}`);
  // A share of the daemon's memory needs the daemon's memory: given, or asked for.
  const daemonMemoryBytes = budget && budget.kind === 'share' && !options.daemonMemoryBytes ? (await dockerApiFromEnvironment(self.env).info()).memTotalBytes : options.daemonMemoryBytes;
  const resolved = budget ? resolveMemoryBudget(budget, daemonMemoryBytes ?? 0) : undefined;
  return runPolicyCheck(new DockerComposeCli(new ProcessCommandRunner()), target, io, {
    config,
    memoryBudget: resolved ? { bytes: resolved.bytes, label: describeBudget(resolved) } : undefined,
    defaults: options.defaults,
    healthcheckDefaults: options.healthcheckDefaults,
    overridePath: options.overridePath,
    displayBase: target.workingDirectory,
    env: self.env,
  });
}

export interface RunStackOptions extends StackOptions {
  /** Any of the action's inputs by name (`wait-timeout`, `memory-budget`, `fail-on`, `up-flags`, `build`, `pull`, …). */
  inputs?: Record<string, string>;
  /** Start only these services and what they depend on (default: all). */
  services?: string[];
  lockGroups?: string[];
  /** Markdown summary and report.json paths, like the CLI's --summary and --report. */
  summaryFile?: string;
  reportFile?: string;
  namespace?: string;
  /** Where log lines go (default: stderr). */
  log?: (text: string) => void;
}

/**
 * The whole lifecycle around a command, as `docker-stability run`: policy, preflight, lease,
 * `up --wait`, monitor, the command, report, cleanup. Resolves to the command's exit code (1 when
 * the stack failed).
 */
export async function runStack(command: string[], options: RunStackOptions = {}): Promise<number> {
  const directory = path.resolve(options.directory ?? self.cwd());
  const flagInputs = inputsFromFlags(
    {
      file: options.files ?? [],
      projectName: options.projectName,
      profile: options.profiles ?? [],
      envFile: options.envFiles ?? [],
      service: options.services ?? [],
      lockGroup: options.lockGroups ?? [],
      namespace: options.namespace ?? DEFAULT_NAMESPACE,
    },
    self.env,
  );
  const runtime = terminalRuntime({ inputs: { ...flagInputs, ...options.inputs }, env: self.env, write: options.log });
  return runRun(command, { summary: options.summaryFile, report: options.reportFile }, realDeps(self.env, runtime), directory);
}

function leaseDeps() {
  return { docker: dockerApiFromEnvironment(self.env), host: linuxHostProbe, clock: systemClock };
}

/** Removes what dead jobs left on the daemon (or, with dryRun, lists what would be removed). */
export function sweepDeadOwners(options: { dryRun?: boolean; namespace?: string } = {}): Promise<DeadOwnerSweep> {
  return sweep(leaseDeps(), { namespace: options.namespace ?? DEFAULT_NAMESPACE, dryRun: Boolean(options.dryRun) });
}

/** Takes a lease owned by this process (ports, groups, memory), waiting its turn. */
export function acquireLease(request: LeaseRequest, options: AcquireOptions): Promise<AcquiredLease> {
  return acquire(leaseDeps(), request, options);
}

export function releaseLease(lease: AcquiredLease): Promise<boolean> {
  return release(leaseDeps(), lease.handle);
}

/** Leases on the daemon, the budget in use, who waits. */
export async function leaseStatus(options: { memoryBudget?: string; namespace?: string } = {}): Promise<LeaseStatus> {
  const budget = parseMemoryBudget(options.memoryBudget ?? '75%');
  if ('error' in budget) throw new Error(`memoryBudget: ${budget.error}`);
  return status(leaseDeps(), { namespace: options.namespace ?? DEFAULT_NAMESPACE, budget });
}
