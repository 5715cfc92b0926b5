import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { runForeground } from '../../adapters/foreground-process.js';
import { interruptSignal } from '../../adapters/process-signals.js';
import { terminalRuntime } from '../../adapters/terminal-runtime.js';
import { keepLeaseRenewed, renewIntervalMs } from '../../lease/lifecycle.js';
import { DEFAULT_NAMESPACE } from '../../lease/records.js';
import type { MonitorHandle } from '../../monitor/control.js';
import { worstStatus } from '../../preflight/checks.js';
import { probeDaemon } from '../../preflight/daemon.js';
import { emptyReport, reportDocument, type RunReport } from '../../report/run-report.js';
import { stackSection } from '../../report/stack-section.js';
import { renderSummary } from '../../report/summary.js';
import { renderTerminalReport } from '../../report/terminal.js';
import { INPUTS } from '../../settings/keys.js';
import { parseSettings, SettingsError, type Settings } from '../../settings/settings.js';
import { startFailureMessage } from '../main.js';
import { admitStack } from '../phases/admission.js';
import { finishRun, type RunToFinish } from '../phases/finish.js';
import { runPolicyPhase } from '../phases/policy.js';
import { runPreflightPhase } from '../phases/preflight.js';
import { abandonStack, OVERRIDE_FILE, startMonitorWithLease, upUnderOverride, writeStackOverride } from '../phases/start.js';
import { runDirectory } from '../run-files.js';
import { errorMessage } from '../../core/errors.js';
import { realDeps, type Deps } from '../wiring.js';
import { isInputError } from './check.js';
import { cleanupFailure } from '../../cleanup/leftovers.js';
import { EXIT, ExitError } from './exit.js';
import type { RegisterCommand } from './index.js';
import { collect } from './lease-cli.js';
import { addStackOptions, defaultCliProjectName, type StackFlags } from './stack-options.js';

// `docker-stability run [-f FILE]... -- CMD...`: the action's whole lifecycle in one process, for
// CI systems other than GitHub's, laptops and IDEs — policy, preflight (with the sweep of dead
// jobs' leftovers), admission under a lease owned by this process, `up --wait`, the monitor,
// CMD, the report (a table on the terminal, markdown with --summary), cleanup. Exits with CMD's
// code, or 1 when the stack failed (did not start, fail-on met, something left behind).

export interface RunFlags extends StackFlags {
  summary?: string;
  report?: string;
  namespace: string;
  lockGroup: string[];
  [flag: string]: unknown;
}

/** Flags named after the action's inputs, with the same defaults (the CLI mirrors the action). */
const INPUT_FLAGS = [
  INPUTS.waitTimeout,
  INPUTS.policy,
  INPUTS.defaultMemoryLimit,
  INPUTS.defaultCpuLimit,
  INPUTS.healthcheckDefaults,
  INPUTS.minFreeDisk,
  INPUTS.sampleInterval,
  INPUTS.failOn,
  INPUTS.memoryBudget,
  INPUTS.lockTimeout,
  INPUTS.leaseTtl,
  INPUTS.cleanup,
  INPUTS.stopTimeout,
  INPUTS.removeBuiltImages,
  INPUTS.policyAllow,
] as const;

const camel = (name: string): string => name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** The action's inputs as the flags give them; the settings parser validates them alike. */
export function inputsFromFlags(flags: RunFlags, env: NodeJS.ProcessEnv): Record<string, string> {
  const inputs: Record<string, string> = {
    [INPUTS.composeFiles.name]: flags.file.join('\n'),
    [INPUTS.workingDirectory.name]: flags.projectDirectory ?? '.',
    [INPUTS.projectName.name]: flags.projectName ?? env.COMPOSE_PROJECT_NAME ?? '',
    [INPUTS.profiles.name]: flags.profile.join('\n'),
    [INPUTS.envFiles.name]: flags.envFile.join('\n'),
    [INPUTS.lockGroup.name]: flags.lockGroup.join('\n'),
    [INPUTS.policyConfig.name]: typeof flags.config === 'string' ? flags.config : '',
    // No Actions cache outside GitHub: nothing to compare with or cache images in.
    [INPUTS.baseline.name]: 'false',
    [INPUTS.imageCache.name]: 'false',
  };
  for (const input of INPUT_FLAGS) {
    const value = flags[camel(input.name)];
    if (value !== undefined) inputs[input.name] = value === true ? 'true' : String(value);
  }
  return inputs;
}

interface Outcome {
  /** CMD's exit code, when it ran. */
  commandExit?: number;
  /** Why the run failed before or around CMD. */
  failure?: string;
  /** The failure was bad input (a compose file or policy configuration that does not load). */
  badInput?: boolean;
}

export async function runRun(command: string[], flags: RunFlags, deps: Deps, cwd = process.cwd()): Promise<number> {
  const { runtime } = deps;
  let settings: Settings;
  try {
    settings = parseSettings({
      input: runtime.input,
      env: runtime.env,
      files: deps.files,
      randomHex: deps.randomHex,
      workspace: cwd,
      defaultProjectName: () => defaultCliProjectName(cwd, flags.projectDirectory ?? '.'),
    });
  } catch (error) {
    if (error instanceof SettingsError) throw new ExitError(EXIT.usage, error.problems.join('\n'));
    throw error;
  }
  const target = settings.stack;
  const runDir = runDirectory(runtime.env, target.projectName);
  const report: RunReport = emptyReport(target.projectName, deps.clock.now());
  const run: RunToFinish = { settings, phase: 'validated', leaseElsewhere: false };
  const interrupt = interruptSignal();
  const renewing = new AbortController();
  let renewal: Promise<unknown> | undefined;
  const outcome: Outcome = {};
  try {
    await stackAndCommand(deps, settings, { runDir, report, run, signal: interrupt.signal, namespace: flags.namespace, cwd }, outcome, (lease) => {
      renewal = keepLeaseRenewed(deps, lease, {
        intervalMs: renewIntervalMs(settings.lease.leaseTtlMs),
        signal: renewing.signal,
        onError: (error) => runtime.warning(`Could not renew the lease: ${errorMessage(error)}`),
      });
    }, command);
  } catch (error) {
    outcome.failure = errorMessage(error);
    outcome.badInput = isInputError(error);
    report.mainError = outcome.failure;
  } finally {
    renewing.abort();
    await renewal;
    const finished = await finishRun(deps, runtime, run, report);
    if (finished.failOnMet.length) outcome.failure ??= `fail-on: ${finished.failOnMet.join('; ')}`;
    interrupt.dispose();
  }
  if (flags.report) writeFileSync(path.resolve(cwd, flags.report), `${JSON.stringify(reportDocument(report), null, 2)}\n`);
  if (flags.summary) {
    writeFileSync(path.resolve(cwd, flags.summary), renderSummary(report, { reportFile: flags.report }));
    runtime.info(`Summary written to ${flags.summary}.`);
  }
  runtime.info(renderTerminalReport(report).trimEnd());
  outcome.failure ??= cleanupFailure(report.teardown, target.projectName);
  if (outcome.failure) runtime.error(outcome.failure);
  if (outcome.commandExit !== undefined && outcome.commandExit !== 0) return outcome.commandExit;
  // Bad input is exit 2 here as in `check`: the same compose file, the same answer.
  if (outcome.badInput) return EXIT.usage;
  return outcome.failure ? EXIT.failed : EXIT.ok;
}

interface RunContext {
  runDir: string;
  report: RunReport;
  run: RunToFinish;
  signal: AbortSignal;
  namespace: string;
  cwd: string;
}

/** Everything up to and including CMD; `run` records how far it got for finishRun. */
async function stackAndCommand(
  deps: Deps,
  settings: Settings,
  context: RunContext,
  outcome: Outcome,
  keepRenewing: (lease: { namespace: string; id: string }) => void,
  command: string[],
): Promise<void> {
  const { runtime } = deps;
  const { report, run } = context;
  const daemon = await runtime.group('Docker daemon', () => probeDaemon(deps.docker, deps.compose, deps.clock.now));
  const policy = await runtime.group('Compose policy', () =>
    runPolicyPhase(deps, runtime, settings, daemon, { workspace: context.cwd, overridePath: path.join(context.runDir, OVERRIDE_FILE) }),
  );
  report.policy = policy.section;
  report.stack = stackSection(policy.check.model);
  if (policy.failure) throw new Error(policy.failure);
  report.preflight.push(
    ...(await runtime.group('Preflight', () => runPreflightPhase(deps, runtime, daemon, policy, report, { minFreeDiskBytes: settings.minFreeDiskBytes, namespace: context.namespace }))),
  );
  if (worstStatus(report.preflight) === 'fail') {
    throw new Error(`Preflight failed: ${report.preflight.filter((check) => check.status === 'fail').map((check) => `${check.title}: ${check.detail}`).join('; ')}`);
  }
  const admission = await runtime.group('Admission', () => admitStack(deps, runtime, settings, policy.check.model, daemon, { signal: context.signal, namespace: context.namespace }));
  report.lease = admission.section;
  run.lease = admission.lease.handle;
  run.phase = 'admitted';
  keepRenewing(admission.lease.handle);

  run.overrideFile = writeStackOverride(deps, context.runDir, policy.check.override, policy.check.model, admission.lease.handle);
  run.phase = 'starting';
  const monitor: { monitor?: MonitorHandle } = await startMonitorWithLease(deps, runtime, {
    projectName: settings.stack.projectName,
    runDir: context.runDir,
    sampleIntervalMs: settings.sampleIntervalMs,
    lease: admission.lease.handle,
    ttlMs: settings.lease.leaseTtlMs,
    handOver: false,
  });
  run.monitor = monitor.monitor;
  const started = await runtime.group(`Start stack ${settings.stack.projectName}`, () => upUnderOverride(deps, runtime, settings, run.overrideFile!, context.signal));
  report.start = started.ok
    ? { ok: true, durationMs: started.durationMs, composeTail: [], failing: [] }
    : { ok: false, durationMs: started.durationMs, reason: started.reason, composeTail: started.composeTail, failing: started.failing };
  if (!started.ok) {
    run.phase = 'start-failed';
    run.lease = await abandonStack(deps, runtime, settings, { monitor: run.monitor, overrideFile: run.overrideFile, lease: run.lease });
    run.monitor = undefined;
    throw new Error(startFailureMessage(settings.stack.projectName, started));
  }
  run.phase = 'started';
  runtime.info(`── ${command.join(' ')}`);
  const result = await runForeground(command, commandEnv(deps.runtime.env, settings, run.overrideFile));
  if (result.error) runtime.error(result.error);
  outcome.commandExit = result.exitCode;
}

/** CMD talks to the stack with plain `docker compose`: project, files (ours included), profiles. */
export function commandEnv(env: NodeJS.ProcessEnv, settings: Settings, overrideFile: string): NodeJS.ProcessEnv {
  const files = [...settings.stack.files.map((file) => path.resolve(settings.stack.workingDirectory, file)), overrideFile];
  return {
    ...env,
    COMPOSE_PROJECT_NAME: settings.stack.projectName,
    COMPOSE_FILE: files.join(path.delimiter),
    ...(settings.stack.profiles.length ? { COMPOSE_PROFILES: settings.stack.profiles.join(',') } : {}),
  };
}

export const registerRun: RegisterCommand = (program, setExitCode) => {
  const command: Command = addStackOptions(
    program
      .command('run')
      .description("Run a command against a Compose stack with the action's whole lifecycle: policy, preflight, lease, up --wait, monitor, report, cleanup. Exits with the command's code (1 when the stack failed).")
      .argument('<command...>', 'the command to run against the stack, after --'),
  )
    .option('-g, --lock-group <name>', 'a named lock group the stack belongs to (repeatable)', collect, [])
    .option('--config <file>', 'policy configuration (default: .docker-stability.yml in the project directory)')
    .option('--summary <file>', 'write the markdown summary (tables and charts) to this file')
    .option('--report <file>', 'write the machine-readable report.json to this file')
    .option('--namespace <name>', 'lease namespace', DEFAULT_NAMESPACE);
  for (const input of INPUT_FLAGS) {
    if (input.name === INPUTS.removeBuiltImages.name) command.option(`--${input.name}`, 'also remove the images the stack built');
    else command.option(`--${input.name} <value>`, `as the action's ${input.name} input (default: ${input.default})`);
  }
  command.action(async (argv: string[], flags: RunFlags) => {
    const deps = realDeps(process.env);
    deps.runtime = terminalRuntime({ inputs: inputsFromFlags(flags, process.env), env: process.env });
    setExitCode(await runRun(argv, flags, deps));
  });
};
