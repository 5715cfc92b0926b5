import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { ProcessCommandRunner } from '../../adapters/command-runner.js';
import { dockerApiFromEnvironment } from '../../adapters/docker-endpoint.js';
import { ComposeConfigError, DockerComposeCli, type ComposeCli } from '../../compose/compose-cli.js';
import { ComposeSourceError } from '../../compose/positions.js';
import type { DockerApi, EngineInfo } from '../../ports/docker.js';
import { listDaemonResources } from '../../cleanup/pre-existing.js';
import type { DaemonResources } from '../../compose/declared-resources.js';
import { describeInjection } from '../../compose/override.js';
import { describeBudget, parseMemoryBudget, resolveMemoryBudget } from '../../lease/budget.js';
import { INPUTS } from '../../settings/keys.js';

import { nodeFiles } from '../../adapters/node-files.js';
import { splitList } from '../../core/lists.js';
import { isRuleId, RULE_IDS, type RuleId } from '../../policy/catalog.js';
import { hostFacts } from '../../policy/host.js';
import { daemonIsLocal } from '../../preflight/host.js';
import { runPolicyCheck, PolicyInputError, type PolicyIo } from '../../policy/check.js';
import { parseHealthcheckDefaults } from '../../compose/healthcheck-defaults.js';
import { applyPolicyConfig } from '../../policy/apply-config.js';
import { loadPolicyConfig, PolicyConfigError, type PolicyConfig } from '../../policy/config.js';
import { compareFindings, type Finding } from '../../policy/finding.js';
import { DEFAULT_COMPOSE_FILES } from '../../settings/stack-target.js';
import { scanWorkflow, WorkflowParseError } from '../../workflows/scan.js';
import type { MemoryBudget } from '../../policy/context.js';
import { AcceptedFindingsError } from '../../policy/accepted-findings.js';
import { REPORT_FORMATS, type ReportFormat } from '../../policy/format/report.js';
import { errorMessage } from '../../core/errors.js';
import { emitFailureDocument, formatAmong, readAcceptedFindings, reportFindings, valueOf } from './check-output.js';
import { parseDefaultCpuLimit, parseDefaultMemoryLimit } from '../../policy/inputs.js';
import { EXIT, ExitError } from './exit.js';
import type { RegisterCommand } from './index.js';
import { addStackOptions, stackFromFlags, type StackFlags } from './stack-options.js';

// `docker-stability check`: the compose policy from a terminal or a required status check.
// Exit 0 without error findings, 1 with, 2 for bad usage or input. Needs `docker compose` but
// no daemon; when one answers, its memory sets the default budget (75 %).

const FORMATS = REPORT_FORMATS;
type Format = ReportFormat;

export interface CheckFlags extends StackFlags {
  config?: string;
  format: string;
  output?: string;
  defaultMemoryLimit?: string;
  defaultCpuLimit?: string;
  /** As the action's memory-budget input (a share needs a daemon that answers). */
  memoryBudget?: string;
  writeOverride?: string;
  healthcheckDefaults?: string;
  /** `--workflows [DIR]`: true for the default .github/workflows, or a directory. */
  workflows?: string | boolean;
  /** Text: one line per finding instead of groups. */
  verbose?: boolean;
  /** An accepted-findings file to apply. */
  baseline?: string;
  /** Record today's findings in this file, then report against it. */
  writeBaseline?: string;
  /** `--policy-allow RULE[,RULE]` (repeatable): rules allowed as the workflow's policy-allow input does. */
  policyAllow?: string[];
}

export interface CheckDeps {
  compose: ComposeCli;
  /** Undefined when no daemon should be asked. */
  docker?: DockerApi;
  io: PolicyIo;
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The terminal's width when stdout is one; grouped text fits it. */
  columns?: number;
}

/** File access for the policy check through node:fs. */
export const nodePolicyIo: PolicyIo = {
  readText: (file) => readFileSync(file, 'utf8'),
  writeText: (file, text) => writeFileSync(file, text),
};

/** What a daemon that answers says, for the rules that use it; undefined without one (`check` works offline). */
async function askDaemon(docker: DockerApi | undefined): Promise<{ info: EngineInfo; resources?: DaemonResources } | undefined> {
  if (!docker) return undefined;
  try {
    const info = await docker.info();
    return { info, resources: await listDaemonResources(docker).catch(() => undefined) };
  } catch {
    return undefined;
  }
}

/** The budget as the action's `memory-budget` default (or the flag) says, when it can be resolved here. */
export function budgetFor(text: string, daemonMemoryBytes: number | undefined): MemoryBudget | undefined | { error: string } {
  const budget = parseMemoryBudget(text);
  if ('error' in budget) return budget;
  if (budget.kind === 'share' && !(daemonMemoryBytes && daemonMemoryBytes > 0)) return undefined;
  const resolved = resolveMemoryBudget(budget, daemonMemoryBytes ?? 0);
  return { bytes: resolved.bytes, label: describeBudget(resolved) };
}

/** The errors that mean "bad input": the files, the configuration or the flags, not the daemon. */
export function isInputError(error: unknown): error is Error {
  return (
    error instanceof ComposeSourceError ||
    error instanceof PolicyConfigError ||
    error instanceof PolicyInputError ||
    error instanceof ComposeConfigError ||
    error instanceof AcceptedFindingsError
  );
}

/** Turns the errors that mean "bad input" into exit code 2, with their own words. */
export function asInputError(error: unknown): unknown {
  return isInputError(error) ? new ExitError(EXIT.usage, error.message) : error;
}

export async function runCheck(flags: CheckFlags, deps: CheckDeps): Promise<number> {
  const format = flags.format as Format;
  if (!FORMATS.includes(format)) throw new ExitError(EXIT.usage, `--format: '${flags.format}' is not one of ${FORMATS.join(', ')}`);
  try {
    return await checkAndReport(flags, deps, format);
  } catch (error) {
    const failure = asInputError(error);
    emitFailureDocument(flags, deps, format, errorMessage(failure), failure instanceof ExitError ? failure.exitCode : EXIT.failed);
    throw failure;
  }
}

async function checkAndReport(flags: CheckFlags, deps: CheckDeps, format: Format): Promise<number> {
  if (flags.baseline && flags.writeBaseline) {
    throw new ExitError(EXIT.usage, '--baseline and --write-baseline: give one (--write-baseline FILE also reports against the file it writes)');
  }
  const accepted = flags.baseline ? readAcceptedFindings(flags.baseline, deps) : undefined;
  const memoryBytes = parseDefaultMemoryLimit(flags.defaultMemoryLimit ?? '');
  if (typeof memoryBytes === 'object') throw new ExitError(EXIT.usage, `--default-memory-limit: ${memoryBytes.error}`);
  const cpus = parseDefaultCpuLimit(flags.defaultCpuLimit ?? '');
  if (typeof cpus === 'object') throw new ExitError(EXIT.usage, `--default-cpu-limit: ${cpus.error}`);

  const healthcheckDefaults = parseHealthcheckDefaults(flags.healthcheckDefaults ?? '');
  if (healthcheckDefaults && 'problems' in healthcheckDefaults) {
    throw new ExitError(EXIT.usage, healthcheckDefaults.problems.map((problem) => `--healthcheck-defaults: ${problem}`).join('\n'));
  }
  const allow = splitList((flags.policyAllow ?? []).join(','));
  const unknown = allow.filter((rule) => !isRuleId(rule));
  if (unknown.length > 0) throw new ExitError(EXIT.usage, `--policy-allow: ${unknown.map((rule) => `'${rule.slice(0, 40)}'`).join(', ')} ${unknown.length === 1 ? 'is not a rule id' : 'are not rule ids'} (known: ${RULE_IDS.join(', ')})`);
  const workflowDir = flags.workflows === undefined || flags.workflows === false ? undefined : flags.workflows === true ? '.github/workflows' : flags.workflows;
  // With --workflows and no compose file (a repository root), only the workflows are checked.
  const composeToo = !workflowDir || flags.file.length > 0 || DEFAULT_COMPOSE_FILES.some((name) => existsSync(path.join(deps.cwd, flags.projectDirectory ?? '.', name)));
  if (!composeToo) {
    const { config } = loadPolicyConfig(deps.io.readText, { explicit: flags.config, base: deps.cwd, workingDirectory: deps.cwd, within: { root: deps.cwd, realPath: nodeFiles.realPath } });
    return reportFindings(flags, deps, format, workflowFindings(deps, workflowDir!, config), accepted, []);
  }
  const target = stackFromFlags(flags, deps.cwd, deps.env);
  const remediate = memoryBytes !== undefined || cpus !== undefined;
  const needsOverride = remediate || healthcheckDefaults !== undefined;
  const scratch = needsOverride && !flags.writeOverride ? mkdtempSync(path.join(os.tmpdir(), 'dsa-policy-')) : undefined;
  try {
    const { config } = loadPolicyConfig(deps.io.readText, { explicit: flags.config, base: deps.cwd, workingDirectory: target.workingDirectory, within: { root: deps.cwd, realPath: nodeFiles.realPath } });
    const daemon = await askDaemon(deps.docker);
    const budget = budgetFor(flags.memoryBudget ?? INPUTS.memoryBudget.default, daemon?.info.memTotalBytes);
    if (budget && 'error' in budget) throw new ExitError(EXIT.usage, `--memory-budget: ${budget.error}`);
    const result = await runPolicyCheck(deps.compose, target, deps.io, {
      config,
      memoryBudget: config.rules['memory-budget'].severity === 'off' ? undefined : budget,
      defaults: remediate ? { memoryBytes, cpus, ...(daemon ? { hostCpus: daemon.info.cpus } : {}) } : undefined,
      ...(daemon?.resources ? { daemonResources: daemon.resources } : {}),
      ...(deps.docker && daemon ? { images: deps.docker } : {}),
      healthcheckDefaults,
      overridePath: flags.writeOverride ? path.resolve(deps.cwd, flags.writeOverride) : scratch && path.join(scratch, 'docker-stability.override.yaml'),
      displayBase: deps.cwd,
      env: deps.env,
      host: hostFacts({ workspace: deps.cwd, env: deps.env, realPath: !deps.env.DOCKER_HOST || daemonIsLocal(deps.env.DOCKER_HOST) ? nodeFiles.realPath : undefined }),
      allow: allow as RuleId[],
    });
    const findings = [...result.findings, ...(workflowDir ? workflowFindings(deps, workflowDir, config) : [])].sort(compareFindings);
    const exitCode = reportFindings(flags, deps, format, findings, accepted, result.suppressed);
    for (const entry of result.injected) deps.stderr(`injected into ${describeInjection(entry)}\n`);
    for (const change of result.standardised) deps.stderr(`health check of ${change.service}: ${change.field} ${change.before} → ${change.after}\n`);
    return exitCode;
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

/** The workflow lint over every workflow file of a directory, judged by the policy configuration. */
function workflowFindings(deps: CheckDeps, dir: string, config: PolicyConfig): Finding[] {
  const absolute = path.resolve(deps.cwd, dir);
  let names: string[];
  try {
    names = readdirSync(absolute).filter((name) => /\.ya?ml$/.test(name)).sort();
  } catch {
    throw new ExitError(EXIT.usage, `--workflows: '${dir}' is not a directory of workflow files`);
  }
  const findings = names.flatMap((name) => {
    const file = path.join(absolute, name);
    try {
      return scanWorkflow({ path: path.relative(deps.cwd, file).split(path.sep).join('/'), text: deps.io.readText(file) });
    } catch (error) {
      if (error instanceof WorkflowParseError) throw new ExitError(EXIT.usage, error.message);
      throw error;
    }
  });
  return applyPolicyConfig(findings, config);
}

export const registerCheck: RegisterCommand = (program: Command, setExitCode) => {
  const command = addStackOptions(program.command('check').description('Check compose files against the stability policy (exit 1 on error findings, 2 on bad input).'))
    .option('--config <file>', 'policy configuration (default: .docker-stability.yml in the project directory)')
    .option('--format <format>', `output format: ${FORMATS.join(', ')}`, 'text')
    .option('--verbose', 'text: one line per finding instead of findings grouped by rule')
    .option('--output <file>', 'write the report to this file instead of standard output')
    .option('--baseline <file>', 'accepted findings (from --write-baseline): report them as notes, fail only on new ones; security findings are never silenced')
    .option('--write-baseline <file>', "record today's findings in this file as accepted, then report against it")
    .option('--memory-budget <size|percent>', `memory the stack may reserve: a share of the daemon's memory or a size (default: ${INPUTS.memoryBudget.default}; a share is judged only when a daemon answers)`)
    .option('--default-memory-limit <size>', 'inject this memory limit into services without one (e.g. 512m)')
    .option('--default-cpu-limit <cpus>', 'inject this CPU limit into services without one (e.g. 1)')
    .option('--write-override <file>', 'keep the generated override file (with --default-*-limit) at this path')
    .option('--healthcheck-defaults <timing>', 'standard health-check timing for aggressive checks, e.g. interval=10s,timeout=5s,retries=5,start-period=20s')
    .option('--workflows [dir]', 'also check the workflow files in this directory (default .github/workflows) for direct compose calls')
    .option('--policy-allow <rules>', 'allow these rules (comma-separated, repeatable), as the action\'s policy-allow input: the only way to allow a security rule', (value: string, previous: string[]) => [...previous, value], [])
    .action(async (flags: CheckFlags) => {
      const commands = new ProcessCommandRunner();
      setExitCode(
        await runCheck(flags, {
          compose: new DockerComposeCli(commands),
          docker: dockerApiFromEnvironment(process.env, { callTimeoutMs: 3000, pingTimeoutMs: 2000 }),
          io: nodePolicyIo,
          cwd: process.cwd(),
          env: process.env,
          stdout: (text) => process.stdout.write(text),
          stderr: (text) => process.stderr.write(text),
          columns: process.stdout.isTTY ? process.stdout.columns : undefined,
        }),
      );
    });
  // Usage errors (an unknown flag, a missing value) end in Commander before runCheck: json and
  // sarif still get their document. Commander stops reading options at the first one it does not
  // know and leaves the rest in `args`, so the format is looked for in both.
  command.exitOverride((error) => {
    if (error.exitCode !== 0) {
      const parsed = command.opts<{ format?: string; output?: string }>();
      const format = formatAmong(command.args) ?? formatAmong(['--format', parsed.format ?? '']);
      const output = valueOf(command.args, '--output') ?? parsed.output;
      if (format) emitFailureDocument({ output }, { cwd: process.cwd(), io: nodePolicyIo, stdout: (text) => process.stdout.write(text) }, format, error.message, EXIT.usage);
    }
    throw error;
  });
};
