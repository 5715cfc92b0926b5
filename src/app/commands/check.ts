import path from 'node:path';
import { ProcessCommandRunner } from '../../adapters/command-runner.js';
import { dockerApiFromEnvironment } from '../../adapters/docker-endpoint.js';
import { DockerComposeCli, type ComposeCli } from '../../compose/compose-cli.js';
import type { DockerApi, EngineInfo } from '../../ports/docker.js';
import { listDaemonResources } from '../../cleanup/pre-existing.js';
import type { DaemonResources } from '../../compose/declared-resources.js';
import { describeInjection } from '../../compose/override.js';
import { describeBudget, parseMemoryBudget, resolveMemoryBudget } from '../../lease/budget.js';
import { INPUTS } from '../../settings/keys.js';

import { splitList } from '../../core/lists.js';
import { isRuleId, RULE_IDS, type RuleId } from '../../policy/catalog.js';
import { hostFacts } from '../../policy/host.js';
import { daemonIsLocal } from '../../preflight/host.js';
import { runPolicyCheck, type PolicyIo } from '../../policy/check.js';
import { parseHealthcheckDefaults } from '../../compose/healthcheck-defaults.js';
import { applyPolicyConfig } from '../../policy/apply-config.js';
import { loadPolicyConfig, type PolicyConfig } from '../../policy/config.js';
import { compareFindings, type Finding } from '../../policy/finding.js';
import { DEFAULT_COMPOSE_FILES } from '../../settings/stack-target.js';
import { scanWorkflow, WorkflowParseError } from '../../workflows/scan.js';
import type { MemoryBudget } from '../../policy/context.js';
import { REPORT_FORMATS, type ReportFormat } from '../../policy/format/report.js';
import { errorMessage } from '../../core/errors.js';
import { emitFailureDocument, readAcceptedFindings, reportFindings } from './check-output.js';
import { parseDefaultCpuLimit, parseDefaultMemoryLimit } from '../../policy/inputs.js';
import { EXIT, ExitError } from './exit.js';
import type { CliContext } from './index.js';
import { stackFromFlags, type StackFlags } from './stack-options.js';
import type { Files } from '../../ports/files.js';
import { isInputError } from '../pipeline/bad-input.js';

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
  files: Files;
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The terminal's width when stdout is one; grouped text fits it. */
  columns?: number;
}

/** File access for the policy check: a missing file is an ENOENT error, as the policy expects. */
export function policyIoOf(files: Files): PolicyIo {
  return {
    readText: (file) => files.readText(file) ?? missing(file),
    writeText: (file, text) => files.writeText(file, text),
  };
}

function missing(file: string): never {
  throw Object.assign(new Error(`ENOENT: no such file or directory, open '${file}'`), { code: 'ENOENT' });
}

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
  const composeToo = !workflowDir || flags.file.length > 0 || DEFAULT_COMPOSE_FILES.some((name) => deps.files.isFile(path.join(deps.cwd, flags.projectDirectory ?? '.', name)));
  if (!composeToo) {
    const { config } = loadPolicyConfig(deps.io.readText, { explicit: flags.config, base: deps.cwd, workingDirectory: deps.cwd, within: { root: deps.cwd, realPath: deps.files.realPath } });
    return reportFindings(flags, deps, format, workflowFindings(deps, workflowDir!, config), accepted, []);
  }
  const target = stackFromFlags(flags, deps.cwd, deps.env);
  const remediate = memoryBytes !== undefined || cpus !== undefined;
  const needsOverride = remediate || healthcheckDefaults !== undefined;
  const scratch = needsOverride && !flags.writeOverride ? deps.files.temporaryDirectory('dsa-policy-') : undefined;
  try {
    const { config } = loadPolicyConfig(deps.io.readText, { explicit: flags.config, base: deps.cwd, workingDirectory: target.workingDirectory, within: { root: deps.cwd, realPath: deps.files.realPath } });
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
      host: hostFacts({ workspace: deps.cwd, confined: flags.confine === true, env: deps.env, realPath: !deps.env.DOCKER_HOST || daemonIsLocal(deps.env.DOCKER_HOST) ? deps.files.realPath : undefined }),
      allow: allow as RuleId[],
    });
    const findings = [...result.findings, ...(workflowDir ? workflowFindings(deps, workflowDir, config) : [])].sort(compareFindings);
    const exitCode = reportFindings(flags, deps, format, findings, accepted, result.suppressed);
    for (const entry of result.injected) deps.stderr(`injected into ${describeInjection(entry)}\n`);
    for (const change of result.standardised) deps.stderr(`health check of ${change.service}: ${change.field} ${change.before} → ${change.after}\n`);
    return exitCode;
  } finally {
    if (scratch) deps.files.remove(scratch);
  }
}

/** The workflow lint over every workflow file of a directory, judged by the policy configuration. */
function workflowFindings(deps: CheckDeps, dir: string, config: PolicyConfig): Finding[] {
  const absolute = path.resolve(deps.cwd, dir);
  const listed = deps.files.list(absolute);
  if (!listed) throw new ExitError(EXIT.usage, `--workflows: '${dir}' is not a directory of workflow files`);
  const names = listed.filter((name) => /\.ya?ml$/.test(name)).sort();
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

/** `docker-stability check` as the registry calls it. */
export async function checkAction(flags: CheckFlags, context: CliContext): Promise<number> {
  const { self, files } = context;
  const commands = new ProcessCommandRunner();
  return runCheck(flags, {
    compose: new DockerComposeCli(commands),
    docker: dockerApiFromEnvironment(self.env, { callTimeoutMs: 3000, pingTimeoutMs: 2000 }),
    io: policyIoOf(files),
    files,
    cwd: self.cwd(),
    env: self.env,
    stdout: self.stdout,
    stderr: self.stderr,
    columns: self.stdoutColumns,
  });
}
