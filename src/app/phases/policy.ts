import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import packageJson from '../../../package.json' with { type: 'json' };
import { resolveMemoryBudget, describeBudget } from '../../lease/budget.js';
import { applyPolicyConfig } from '../../policy/apply-config.js';
import { policyFailure, runPolicyCheck, type PolicyResult } from '../../policy/check.js';
import { supportsStartInterval } from '../../compose/healthcheck-defaults.js';
import { loadPolicyConfig, type PolicyConfig } from '../../policy/config.js';
import { countFindings, type Finding, type FindingCounts } from '../../policy/finding.js';
import { emitAnnotations } from '../../policy/format/annotations.js';
import { formatSarif } from '../../policy/format/sarif.js';
import type { DaemonFacts } from '../../preflight/daemon.js';
import type { Log } from '../../ports/runtime.js';
import type { PolicySection } from '../../report/run-report.js';
import type { Settings } from '../../settings/settings.js';
import { scanWorkflow } from '../../workflows/scan.js';
import type { Deps } from '../wiring.js';

// The compose policy (and, when asked, the workflow lint) as the action and `run` use it:
// before anything is admitted or started. It also yields the model and the override file
// (injected limits, standard health-check timing) everything after it works from.

export interface PolicyPhase {
  check: PolicyResult;
  /** Compose findings plus workflow findings, as reported. */
  findings: Finding[];
  counts: FindingCounts;
  section: PolicySection;
  /** Why the step fails (policy: error with error findings), or undefined. */
  failure?: string;
  /** Absolute path of the SARIF file written. */
  sarifFile?: string;
}

export interface PolicyPhaseOptions {
  /** Root of the repository: paths in findings are relative to it, SARIF is written under it. */
  workspace: string;
  /** Where the generated override file goes (the run directory). */
  overridePath: string;
}

export async function runPolicyPhase(deps: Deps, log: Log, settings: Settings, daemon: DaemonFacts, options: PolicyPhaseOptions): Promise<PolicyPhase> {
  const target = settings.stack;
  const { config } = loadPolicyConfig((file) => deps.readText(file) ?? missingFile(file), {
    explicit: settings.policy.configFile,
    base: options.workspace,
    workingDirectory: target.workingDirectory,
  });
  const budget = daemon.info.memTotalBytes > 0 ? resolveMemoryBudget(settings.lease.memoryBudget, daemon.info.memTotalBytes) : undefined;
  const check = await runPolicyCheck(
    deps.compose,
    target,
    { readText: (file) => deps.readText(file) ?? missingFile(file), writeText: deps.writeFile },
    {
      config,
      memoryBudget: config.rules['memory-budget'].severity === 'off' || !budget ? undefined : { bytes: budget.bytes, label: describeBudget(budget) },
      defaults: settings.policy.defaults,
      healthcheckDefaults: settings.policy.healthcheckDefaults,
      engine: { startInterval: supportsStartInterval(daemon.engine.apiVersion) },
      overridePath: options.overridePath,
      displayBase: options.workspace,
      env: deps.runtime.env,
    },
  );
  const mode = settings.policy.mode;
  const workflowFindings = settings.policy.checkWorkflows ? scanWorkflows(deps, options.workspace, config) : [];
  const findings = mode === 'off' ? [] : [...check.findings, ...workflowFindings];
  const counts = countFindings(findings);

  const pick = emitAnnotations(log, findings);
  for (const entry of check.injected) log.info(`Injected into ${entry.service}: ${[entry.memoryBytes !== undefined ? `memory ${entry.memoryBytes} bytes` : '', entry.cpus !== undefined ? `${entry.cpus} CPUs` : ''].filter(Boolean).join(', ')}`);
  for (const change of check.standardised) log.info(`Health check of ${change.service}: ${change.field} ${change.before} → ${change.after}`);
  if (check.startIntervalSkipped.length > 0) log.info(`Health check start-interval not applied to ${check.startIntervalSkipped.join(', ')}: engine ${daemon.engine.version} (API ${daemon.engine.apiVersion}) does not support start_interval (Docker Engine 25 or later).`);
  log.info(mode === 'off' ? 'Policy: off (rules not applied).' : `Policy: ${counts.error} errors, ${counts.warning} warnings, ${counts.note} notes.`);

  let sarifFile: string | undefined;
  if (settings.policy.sarifFile) {
    sarifFile = path.resolve(options.workspace, settings.policy.sarifFile);
    mkdirSync(path.dirname(sarifFile), { recursive: true });
    deps.writeFile(sarifFile, formatSarif(findings, { toolVersion: packageJson.version }));
    log.info(`SARIF written to ${sarifFile}.`);
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
      omitted: pick.omitted,
      suppressed: mode === 'off' ? [] : check.suppressed,
      injected: check.injected,
      standardised: check.standardised,
    },
    failure: mode === 'off' ? undefined : policyFailure(counts, mode),
    sarifFile,
  };
}

function missingFile(file: string): never {
  throw Object.assign(new Error(`ENOENT: no such file ${file}`), { code: 'ENOENT' });
}

/** Every workflow file under .github/workflows, scanned and judged by the same configuration. */
function scanWorkflows(deps: Deps, workspace: string, config: PolicyConfig): Finding[] {
  const dir = path.join(workspace, '.github', 'workflows');
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort();
  } catch {
    return [];
  }
  const findings = names.flatMap((name) => {
    const text = deps.readText(path.join(dir, name));
    return text === undefined ? [] : scanWorkflow({ path: `.github/workflows/${name}`, text });
  });
  return applyPolicyConfig(findings, config);
}
