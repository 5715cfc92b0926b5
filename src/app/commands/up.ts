import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ProcessCommandRunner } from '../../adapters/command-runner.js';
import { ownerLabelValue, withOwnership } from '../../cleanup/ownership.js';
import { describePreExisting, recordPreExisting, type PreExistingResources } from '../../cleanup/pre-existing.js';
import { emptyOverride, renderOverride, type ComposeOverride } from '../../compose/override.js';
import { interruptSignal } from '../../adapters/process-signals.js';
import { tearDown } from '../../cleanup/teardown.js';
import { ComposeConfigError, DockerComposeCli, type ComposeCli } from '../../compose/compose-cli.js';
import { describeClaims } from '../../lease/describe.js';
import { releaseLease, transferLease } from '../../lease/lifecycle.js';
import { groupProblems, leaseRequestForStack } from '../../lease/request.js';
import { leasesOfProject } from '../../lease/status.js';
import { formatDuration, parseDuration } from '../../core/units.js';
import { errorMessage } from '../../core/errors.js';
import { EXIT, ExitError } from './exit.js';
import type { RegisterCommand } from './index.js';
import { acquireInTerminal, addLeaseOptions, collect, parseLeaseFlags, realLeaseCliDeps, type LeaseCliDeps, type LeaseFlags } from './lease-cli.js';
import { addStackOptions, stackFromFlags, type StackFlags } from './stack-options.js';

// `docker-stability up`: `docker compose up --detach --wait` under a lease, so a developer's stack
// and CI jobs on the same daemon take turns for ports, groups and memory. The lease must outlive
// this command: it is handed to a small detached keeper (`hold-lease`) that `down` stops.

export interface UpFlags extends StackFlags, LeaseFlags {
  group: string[];
  waitTimeout: string;
}

export interface UpDeps extends LeaseCliDeps {
  compose: ComposeCli;
  cwd: string;
  /** How to start this CLI again (for the keeper): node, its flags and the script. */
  self: { command: string; args: string[] };
}

const TEARDOWN_TIMEOUT_MS = 120_000;

export async function runUp(flags: UpFlags, deps: UpDeps): Promise<number> {
  const target = stackFromFlags(flags, deps.cwd, deps.env);
  const options = parseLeaseFlags(flags);
  const waitTimeoutMs = parseDuration(flags.waitTimeout);
  const problems = groupProblems(flags.group, '--group');
  if (typeof waitTimeoutMs !== 'number') problems.push(`--wait-timeout: ${waitTimeoutMs.error}`);
  if (problems.length || typeof waitTimeoutMs !== 'number') throw new ExitError(EXIT.usage, problems.join('\n'));
  const model = await deps.compose.config(target).catch((error: unknown) => {
    throw error instanceof ComposeConfigError ? new ExitError(EXIT.usage, error.message) : error;
  });
  const request = leaseRequestForStack(model, target.projectName, flags.group);

  const held = await leasesOfProject(deps, { namespace: options.namespace, project: target.projectName, leaseTtlMs: options.ttlMs });
  // A lease whose keeper died is not ours to start under: it goes, and we queue like anyone.
  for (const stale of held.filter((lease) => lease.stale)) await releaseLease(deps, { namespace: options.namespace, id: stale.id });
  const live = held.find((lease) => !lease.stale);
  let leaseId: string;
  if (live) {
    leaseId = live.id;
    deps.stderr(`docker-stability: project ${target.projectName} already holds a lease (${describeClaims(live.request)}); starting under it.\n`);
  } else {
    const lease = await acquireInTerminal(deps, request, options);
    leaseId = lease.handle.id;
    const keeper = deps.processes.spawnDetached(
      deps.self.command,
      [...deps.self.args, 'hold-lease', '--namespace', options.namespace, '--id', lease.handle.id, '--lease-ttl', `${options.ttlMs}ms`],
      deps.env,
    );
    if (keeper === undefined) {
      await releaseLease(deps, lease.handle);
      throw new ExitError(EXIT.failed, 'Could not start the lease keeper process; released the lease.');
    }
    const identity = deps.host.processIdentity(keeper) ?? { pid: keeper, startTicks: 0, pidNamespace: '', bootId: '', hostname: '' };
    await transferLease(deps, lease.handle, identity);
  }

  const interrupt = interruptSignal();
  const owner = ownerLabelValue({ namespace: options.namespace, id: leaseId });
  let preExisting: PreExistingResources | undefined;
  try {
    // Everything the stack creates carries the lease as its owner, so a sweep can tell it apart.
    const overrideFile = writeOwnershipOverride(target.projectName, withOwnership(emptyOverride(), model, { namespace: options.namespace, id: leaseId }));
    // What was there before, so a failed start does not take another stack's volume with it.
    preExisting = await recordPreExisting(deps.docker, model, target.projectName, deps.clock.now());
    for (const line of describePreExisting(preExisting)) deps.stderr(`docker-stability: ${line}\n`);
    const result = await deps.compose.up(target, {
      waitTimeoutMs,
      overrideFiles: [overrideFile],
      signal: interrupt.signal,
      onLine: (line) => deps.stderr(`${line}\n`),
    });
    deps.stderr(
      `docker-stability: stack ${target.projectName} is up and healthy after ${formatDuration(result.durationMs)}; it holds ${describeClaims(request)} until 'docker-stability down -p ${target.projectName}'.\n`,
    );
    return EXIT.ok;
  } catch (error) {
    // Nothing half-started stays behind, and the lease goes with it (its keeper sees and ends).
    const teardown = await tearDown({ compose: deps.compose, docker: deps.docker, now: deps.clock.now }, target, {
      stopTimeoutSeconds: 0,
      timeoutMs: TEARDOWN_TIMEOUT_MS,
      owners: [owner],
      preExisting,
    });
    for (const problem of teardown.problems) deps.stderr(`docker-stability: ${problem}\n`);
    for (const kept of teardown.kept) deps.stderr(`docker-stability: kept ${kept.kind} ${kept.name}: ${kept.why}\n`);
    for (const lease of await leasesOfProject(deps, { namespace: options.namespace, project: target.projectName })) {
      await releaseLease(deps, { namespace: options.namespace, id: lease.id });
    }
    throw new ExitError(EXIT.failed, `Stack ${target.projectName} did not start: ${errorMessage(error)}\nIt was torn down and its lease released.`);
  } finally {
    interrupt.dispose();
  }
}

/** The override lives outside the project (the CLI may run in a read-only checkout). */
function writeOwnershipOverride(project: string, override: ComposeOverride): string {
  const dir = path.join(os.tmpdir(), 'docker-stability', project);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'docker-stability.override.yaml');
  writeFileSync(file, renderOverride(override, [`Owner labels for project ${project}.`]));
  return file;
}

export const registerUp: RegisterCommand = (program, setExitCode) => {
  addLeaseOptions(
    addStackOptions(
      program
        .command('up')
        .description('Start a Compose stack (up --detach --wait) under a lease in the Docker daemon, so it takes turns with CI and other stacks'),
    )
      .option('-g, --group <name>', 'a named group the stack belongs to: one holder at a time (repeatable)', collect, [])
      .option('--wait-timeout <duration>', 'how long every service may take to be running and healthy', '120s'),
  ).action(async (flags: UpFlags) => {
    const deps: UpDeps = {
      ...realLeaseCliDeps(),
      compose: new DockerComposeCli(new ProcessCommandRunner()),
      cwd: process.cwd(),
      self: { command: process.execPath, args: [...process.execArgv, process.argv[1] ?? ''] },
    };
    setExitCode(await runUp(flags, deps));
  });
};
