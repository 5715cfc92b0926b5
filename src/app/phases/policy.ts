import path from 'node:path';
import packageJson from '../../../package.json' with { type: 'json' };
import { listDaemonResources } from '../../cleanup/pre-existing.js';
import { rememberStackSecrets } from '../../compose/secrets.js';
import { errorMessage } from '../../core/errors.js';
import { describeBudget, resolveMemoryBudget } from '../../lease/budget.js';
import { applyAcceptedFindings, describeOutcome, parseAcceptedFindings } from '../../policy/accepted-findings.js';
import { describeInjection } from '../../compose/override.js';
import { applyPolicyConfig } from '../../policy/apply-config.js';
import { policyFailure, runPolicyCheck, type PolicyResult } from '../../policy/check.js';
import { supportsStartInterval } from '../../compose/healthcheck-defaults.js';
import { loadPolicyConfig, type PolicyConfig } from '../../policy/config.js';
import type { MemoryBudget } from '../../policy/context.js';
import { countFindings, type Finding, type FindingCounts } from '../../policy/finding.js';
import { emitAnnotations } from '../../policy/format/annotations.js';
import { formatSarif } from '../../policy/format/sarif.js';
import { hostFacts } from '../../policy/host.js';
import type { EngineFacts } from '../../preflight/daemon.js';
import { daemonIsLocal } from '../../preflight/host.js';
import type { Log } from '../../ports/runtime.js';
import type { PolicySection } from '../../report/run-report.js';
import type { Settings } from '../../settings/settings.js';
import { scanWorkflow } from '../../workflows/scan.js';
import type { Deps } from '../deps.js';

// The compose policy (and, when asked, the workflow lint) before anything is admitted or
// started. It also yields the model and the override (injected limits, standard health-check
// timing) everything after it works from. Checking returns values; telling logs them, so the
// check can run beside the daemon probe and the preflight facts.

export interface PolicyOutcome {
  check: PolicyResult;
  /** Compose findings plus workflow findings, as reported (none under `policy: off`). */
  findings: Finding[];
  counts: FindingCounts;
  section: PolicySection;
  /** Why the step fails (policy: error with error findings), or undefined. */
  failure?: string;
  /** Absolute path of the SARIF file written. */
  sarifFile?: string;
  /** What the accepted-findings file (policy-baseline) did, said in the log. */
  accepted?: string;
}

export interface PolicyPhaseOptions {
  /** Root of the repository: paths in findings are relative to it, SARIF is written under it. */
  workspace: string;
  /** Where the generated override file goes (the run directory). */
  overridePath: string;
  /** The daemon's facts: the memory budget is a share of its memory, injected CPUs are capped at its own. */
  engine: EngineFacts;
}

export async function checkPolicy(deps: Deps, settings: Settings, options: PolicyPhaseOptions): Promise<PolicyOutcome> {
  const target = settings.stack;
  const readText = (file: string): string => deps.files.readText(file) ?? missingFile(file);
  const { config } = loadPolicyConfig(readText, {
    explicit: settings.policy.configFile,
    base: options.workspace,
    workingDirectory: target.workingDirectory,
    ...(settings.confined ? { within: { root: options.workspace, realPath: deps.files.realPath } } : {}),
  });
  // The accepted-findings file (policy-baseline) is read first: a bad one fails before Compose runs.
  const baselineFile = settings.policy.baselineFile;
  const baselineLabel = baselineFile ? path.relative(options.workspace, baselineFile).split(path.sep).join('/') : undefined;
  const accepted = baselineFile ? parseAcceptedFindings(readText(baselineFile), baselineLabel!) : undefined;
  // Which volumes and networks exist, and whose: `shared-resources` judges fixed names by them.
  const daemonResources = await listDaemonResources(deps.docker).catch((error: unknown) => {
    deps.runtime.warning(`Could not list the daemon's volumes and networks (${errorMessage(error)}); shared-resources judges only external ones.`);
    return undefined;
  });
  const check = await runPolicyCheck(
    deps.compose,
    target,
    { readText, writeText: (file, text) => deps.files.writeText(file, text) },
    {
      config,
      memoryBudget: config.rules['memory-budget'].severity === 'off' ? undefined : budgetOf(settings, options.engine),
      defaults: settings.policy.defaults && { ...settings.policy.defaults, hostCpus: options.engine.info.cpus },
      healthcheckDefaults: settings.policy.healthcheckDefaults,
      engine: { startInterval: supportsStartInterval(options.engine.engine.apiVersion) },
      overridePath: options.overridePath,
      displayBase: options.workspace,
      env: deps.runtime.env,
      daemonResources,
      images: deps.docker,
      // Binds are judged where they land: on this host, symlinks followed, when the daemon is local.
      host: hostFacts({ workspace: options.workspace, confined: settings.confined, env: deps.runtime.env, realPath: daemonIsLocal(options.engine.endpoint) ? deps.files.realPath : undefined }),
      allow: settings.policy.allow,
    },
  );
  // Before anything prints what the stack says: from here on its secret values are blanked.
  rememberStackSecrets(deps.runtime.redactor, { target, model: check.model, env: deps.runtime.env, readText });
  const mode = settings.policy.mode;
  const workflowFindings = settings.policy.checkWorkflows ? scanWorkflows(deps, options.workspace, config) : [];
  const raw = mode === 'off' ? [] : [...check.findings, ...workflowFindings];
  const accepting = accepted && mode !== 'off' ? applyAcceptedFindings(raw, accepted) : undefined;
  const findings = accepting?.findings ?? raw;
  const counts = countFindings(findings);

  let sarifFile: string | undefined;
  if (settings.policy.sarifFile) {
    // Settings checked that the path leads into the workspace or RUNNER_TEMP; O_NOFOLLOW refuses
    // a dangling link in its place, which would otherwise be followed wherever it points.
    sarifFile = path.resolve(options.workspace, settings.policy.sarifFile);
    deps.files.makeDirectory(path.dirname(sarifFile));
    const sarif = formatSarif(findings, { toolVersion: packageJson.version, redactor: deps.runtime.redactor, ...(accepting ? { baseline: { file: baselineLabel!, absent: accepting.absent } } : {}) }, mode === 'off' ? [] : check.suppressed);
    try {
      deps.files.writeText(sarifFile, sarif, { noFollow: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOOP') throw error;
      throw new Error(`sarif-file: ${settings.policy.sarifFile} is a symbolic link; the SARIF report is not written through a link, which could lead out of the workspace. Remove the link or name another file.`, { cause: error });
    }
  }
  return {
    check,
    findings,
    counts,
    section: {
      findings,
      files: target.files,
      mode,
      counts,
      suppressed: mode === 'off' ? [] : check.suppressed,
      injected: check.injected,
      standardised: check.standardised,
    },
    failure: mode === 'off' ? undefined : policyFailure(counts, mode),
    sarifFile,
    ...(accepting ? { accepted: describeOutcome(accepting, baselineLabel!) } : {}),
  };
}

/** The budget as a share of the daemon's memory, or a size. */
function budgetOf(settings: Settings, engine: EngineFacts): MemoryBudget | undefined {
  const total = engine.info.memTotalBytes;
  if (settings.lease.memoryBudget.kind !== 'size' && !(total > 0)) return undefined;
  const budget = resolveMemoryBudget(settings.lease.memoryBudget, total);
  return { bytes: budget.bytes, label: describeBudget(budget) };
}

/** Annotations (the runner's 10 per kind), what was injected, the counts, where SARIF went. */
export function tellPolicy(log: Log, outcome: PolicyOutcome): PolicySection {
  if (outcome.accepted) log.info(outcome.accepted);
  const pick = emitAnnotations(log, outcome.findings);
  for (const entry of outcome.check.injected) log.info(`Injected into ${describeInjection(entry)}`);
  for (const change of outcome.check.standardised) log.info(`Health check of ${change.service}: ${change.field} ${change.before} → ${change.after}`);
  if (outcome.check.startIntervalSkipped.length > 0) {
    log.info(`Health check start-interval not applied to ${outcome.check.startIntervalSkipped.join(', ')}: this daemon's engine does not support start_interval (Docker Engine 25, API 1.44, or later); their start_period stays.`);
  }
  const { counts, section } = outcome;
  log.info(section.mode === 'off' ? 'Policy: off (rules not applied).' : `Policy: ${counts.error} errors, ${counts.warning} warnings, ${counts.note} notes.`);
  if (outcome.sarifFile) log.info(`SARIF written to ${outcome.sarifFile}.`);
  return { ...section, omitted: pick.omitted };
}

function missingFile(file: string): never {
  throw Object.assign(new Error(`ENOENT: no such file ${file}`), { code: 'ENOENT' });
}

/** Every workflow file under .github/workflows, scanned and judged by the same configuration. */
function scanWorkflows(deps: Deps, workspace: string, config: PolicyConfig): Finding[] {
  const dir = path.join(workspace, '.github', 'workflows');
  const names = (deps.files.list(dir) ?? []).filter((name) => /\.ya?ml$/.test(name)).sort();
  const findings = names.flatMap((name) => {
    const text = deps.files.readText(path.join(dir, name));
    return text === undefined ? [] : scanWorkflow({ path: `.github/workflows/${name}`, text });
  });
  return applyPolicyConfig(findings, config);
}
