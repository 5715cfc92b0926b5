import path from 'node:path';
import { ComposeConfigError, type ComposeCli } from '../compose/compose-cli.js';
import type { ComposeModel } from '../compose/model.js';
import type { DaemonResources } from '../compose/declared-resources.js';
import { healthcheckOverride, type HealthcheckChange, type HealthcheckDefaults, type HealthcheckEngine } from '../compose/healthcheck-defaults.js';
import { describeInjection, emptyOverride, isEmptyOverride, limitsOverride, renderOverride, type ComposeOverride, type InjectedLimit, type LimitDefaults } from '../compose/override.js';
import { ComposeSourceError, ComposeSources, type FileReference, type ReadText } from '../compose/positions.js';
import { isWithin } from '../core/paths.js';
import { stackReservation, type StackReservation } from '../compose/resources.js';
import { formatBytes } from '../core/units.js';
import type { StackTarget } from '../compose/target.js';
import type { DockerApi } from '../ports/docker.js';
import type { RuleId } from './catalog.js';
import type { PolicyConfig } from './config.js';
import { hostFacts, type HostFacts } from './host.js';
import type { InjectedLimits, MemoryBudget } from './context.js';
import { evaluatePolicy, type SuppressedFinding } from './evaluate.js';
import { imageHealth } from './image-health.js';
import { countFindings, type Finding, type FindingCounts } from './finding.js';
import { envFilePaths, parseEnvFile, redactValues, referencedVariables } from '../compose/secrets.js';
import { scanSuppressions, type Suppressions } from './suppress.js';

// The policy check as the action and the CLI run it: parse the files as written (positions,
// suppressions, and refusing what would hang Compose), load the canonical model from Compose,
// optionally generate the override with default limits and reload, then run the rules.

/** File access the check needs; the app layer hands in node:fs, tests hand in a map. */
export interface PolicyIo {
  readText: ReadText;
  writeText(absolutePath: string, text: string): void;
}

export interface PolicyCheckOptions {
  config: PolicyConfig;
  /**
   * Resolved budget; undefined when unknown (the rule then reports a note that it was skipped).
   * May be a promise: the app asks the daemon while Compose loads the model.
   */
  memoryBudget?: MemoryBudget | Promise<MemoryBudget | undefined>;
  /** Remediation: limits to inject into services that have none. */
  defaults?: LimitDefaults;
  /** Standard health-check timing for services whose checks are more aggressive. */
  healthcheckDefaults?: HealthcheckDefaults;
  /** What the daemon accepts (start_interval); undefined when no daemon was asked. */
  engine?: HealthcheckEngine;
  /** Absolute path for the generated override file; required for remediation. */
  overridePath?: string;
  /** Absolute directory that findings' paths are relative to (the CLI's cwd, GITHUB_WORKSPACE). */
  displayBase: string;
  /** The environment Compose interpolates from, so its values can be kept out of error messages. */
  env?: NodeJS.ProcessEnv;
  /** The daemon's volumes and networks (listDaemonResources), for `shared-resources`; undefined offline. */
  daemonResources?: DaemonResources;
  /** The daemon, to read the images' own HEALTHCHECK (nothing is pulled); without it they are unknown. */
  images?: Pick<DockerApi, 'inspectImage'>;
  /**
   * The host the stack's binds land on (workspace, runner directories, symlink resolution); by
   * default the display base is the workspace and paths are judged as written.
   */
  host?: HostFacts;
  /** Rules the workflow's policy-allow input allows. */
  allow?: readonly RuleId[];
}

export interface PolicyResult {
  findings: Finding[];
  suppressed: SuppressedFinding[];
  counts: FindingCounts;
  /** The model as Compose will run it, the generated override included. */
  model: ComposeModel;
  reservation: StackReservation;
  injected: InjectedLimit[];
  /** Health-check timing changed by the standard timing, per field. */
  standardised: HealthcheckChange[];
  /** Services whose standard start_interval was not written: the engine does not support it. */
  startIntervalSkipped: string[];
  /** What the override file holds (limits, health-check timing); others may add to it. */
  override: ComposeOverride;
  /** Absolute path of the override written for remediation; pass it to up/down as an extra -f. */
  overrideFile?: string;
}

/** Input the check cannot use: malformed suppressions, unknown rules, profiles no service declares. */
export class PolicyInputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'PolicyInputError';
  }
}

export async function runPolicyCheck(compose: ComposeCli, target: StackTarget, io: PolicyIo, options: PolicyCheckOptions): Promise<PolicyResult> {
  const displayPath = displayPathFor(target, options.displayBase);
  const files = target.files.map((file) => path.resolve(target.workingDirectory, file));
  const host = options.host ?? hostFacts({ workspace: options.displayBase, env: options.env ?? {} });
  let sources: ComposeSources;
  try {
    // Files outside the workspace are judged (outside-workspace), never opened here.
    sources = ComposeSources.load(files, io.readText, { canRead: (file) => isWithin(host.workspace, host.resolve(file)) });
  } catch (error) {
    if (error instanceof ComposeSourceError) throw new ComposeSourceError(displayPath(error.file), error.line, error.column, error.detail);
    throw error;
  }
  const suppressions = new Map<string, Suppressions>();
  const problems: string[] = [];
  for (const source of sources.files) {
    const scanned = scanSuppressions(source.text);
    suppressions.set(source.path, scanned);
    for (const problem of scanned.problems) problems.push(`${displayPath(source.path)}:${problem.line}: ${problem.message}`);
  }
  if (problems.length > 0) throw new PolicyInputError(problems);

  // The rules judge the stack as it will run with the injected limits; health-check timing is
  // judged as written (its findings become notes where the standard timing replaces it).
  const config = async (overrides: string[] = [], stack: StackTarget = target): Promise<ComposeModel> => {
    try {
      return await compose.config(stack, overrides);
    } catch (error) {
      if (!(error instanceof ComposeConfigError)) throw error;
      const envFiles = envFilePaths(target.workingDirectory, target.envFiles).map((file) => {
        try {
          return parseEnvFile(io.readText(file));
        } catch {
          return {};
        }
      });
      const names = referencedVariables(sources.files.map((source) => source.text));
      throw new ComposeConfigError(error.files, redactValues(error.detail, names, [options.env ?? {}, ...envFiles]));
    }
  };
  let model = await config();
  // Compose starts the stack without a profile nobody declares: a typo would test less, silently.
  // With services selected, the model holds only those: a profile of another service is no typo.
  const declaring = (loaded: ComposeModel): ((profile: string) => boolean) => (profile) =>
    profile === '*' || Object.values(loaded.services).some((service) => service.profiles?.includes(profile));
  let undeclared = target.profiles.filter((profile) => !declaring(model)(profile));
  if (undeclared.length > 0 && target.services?.length) {
    const whole = await config([], { ...target, services: [] });
    undeclared = undeclared.filter((profile) => !declaring(whole)(profile));
  }
  if (undeclared.length > 0) {
    // With every profile on, services that were off load too; if one of them fails, the typo is
    // still the error to report.
    const declared = await config([], { ...target, profiles: ['*'], services: [] }).then(
      (everything) => [...new Set(Object.values(everything.services).flatMap((service) => service.profiles ?? []))].sort(),
      () => undefined,
    );
    const known = declared === undefined ? 'the declared ones could not be listed' : declared.length ? `declared: ${declared.join(', ')}` : 'none is declared';
    throw new PolicyInputError(
      undeclared.map((profile) => `profile '${profile}' is declared by no service of ${files.map(displayPath).join(', ')} (${known}); Compose would start the stack without it`),
    );
  }
  // The images' health checks are read while the override is generated and loaded.
  const images = imageHealth(options.images, model);
  let override = emptyOverride();
  let injected: InjectedLimit[] = [];
  let overrideFile: string | undefined;
  const writeOverride = (header: string[]): void => {
    if (!options.overridePath) throw new Error('runPolicyCheck: remediation needs overridePath');
    io.writeText(options.overridePath, renderOverride(override, header));
    overrideFile = options.overridePath;
  };
  if (options.defaults && (options.defaults.memoryBytes !== undefined || options.defaults.cpus !== undefined)) {
    const remediation = limitsOverride(model, options.defaults);
    if (!isEmptyOverride(remediation.override)) {
      override = remediation.override;
      injected = remediation.injected;
      writeOverride(remediationHeader(options.defaults, injected));
      model = await config([overrideFile!]);
    }
  }
  let standardised: HealthcheckChange[] = [];
  let startIntervalSkipped: string[] = [];
  if (options.healthcheckDefaults) {
    const standard = healthcheckOverride(model, options.healthcheckDefaults, override, options.engine);
    startIntervalSkipped = standard.skipped;
    if (standard.changes.length > 0) {
      override = standard.override;
      standardised = standard.changes;
      writeOverride([...(options.defaults ? remediationHeader(options.defaults, injected) : []), 'Standard health-check timing (healthcheck-defaults).']);
    }
  }

  const memoryBudget = await options.memoryBudget;
  const { findings, suppressed } = evaluatePolicy({
    model,
    sources,
    firstFile: files[0] ?? target.workingDirectory,
    config: options.config,
    memoryBudget,
    engine: options.engine,
    injected: new Map(injected.map((entry): [string, InjectedLimits] => [entry.service, entry])),
    standardised: groupByService(standardised),
    daemon: options.daemonResources,
    images: await images,
    displayPath,
    suppressions,
    host,
    references: [...sources.references(), ...projectEnvFiles(target, files, (file) => readable(io, file))],
    allow: options.allow,
  });
  const finalModel = standardised.length > 0 ? withHealthcheckTiming(model, override) : model;
  return {
    findings,
    suppressed,
    counts: countFindings(findings),
    model: finalModel,
    reservation: stackReservation(finalModel),
    injected,
    standardised,
    startIntervalSkipped,
    override,
    overrideFile,
  };
}

/**
 * The env files Compose reads besides those the files name: the ones given (`--env-file`), else
 * the project's `.env` — which Compose reads only when it is there (as a reference at no line).
 */
function projectEnvFiles(target: StackTarget, files: string[], exists: (file: string) => boolean): FileReference[] {
  const implicit = target.envFiles.length === 0;
  const candidates = [...envFilePaths(target.workingDirectory, target.envFiles), ...(implicit && files[0] ? [path.join(path.dirname(files[0]), '.env')] : [])];
  return [...new Set(candidates)]
    .filter((file) => !implicit || exists(file))
    .map((file): FileReference => ({ kind: 'env_file', target: file, at: { file, line: 0, column: 0 } }));
}

function readable(io: PolicyIo, file: string): boolean {
  try {
    io.readText(file);
    return true;
  } catch {
    return false;
  }
}

function groupByService(changes: HealthcheckChange[]): Map<string, HealthcheckChange[]> {
  const grouped = new Map<string, HealthcheckChange[]>();
  for (const change of changes) grouped.set(change.service, [...(grouped.get(change.service) ?? []), change]);
  return grouped;
}

/** The model as Compose will run it with the standard timing (what the override file says). */
function withHealthcheckTiming(model: ComposeModel, override: ComposeOverride): ComposeModel {
  const services = { ...model.services };
  for (const [name, patch] of Object.entries(override.services)) {
    const service = services[name];
    if (service?.healthcheck && patch.healthcheck) services[name] = { ...service, healthcheck: { ...service.healthcheck, ...patch.healthcheck } };
  }
  return { ...model, services };
}

function remediationHeader(defaults: LimitDefaults, injected: InjectedLimit[]): string[] {
  const parts = [
    defaults.memoryBytes !== undefined ? `memory ${formatBytes(defaults.memoryBytes)} (default-memory-limit)` : '',
    defaults.cpus !== undefined ? `${defaults.cpus} CPUs (default-cpu-limit)` : '',
  ].filter(Boolean);
  const raised = injected.filter((entry) => entry.memoryRaised || entry.cpusRaised).map(describeInjection);
  return [`Limits for services that set none: ${parts.join(', ')}.`, ...(raised.length ? ['Raised where a service declares more:', ...raised.map((line) => `  ${line}`)] : [])];
}

/**
 * Paths as the user gave them: a compose file named on the command line (or in the input) is
 * shown as written when it resolves the same from the display base; other files (included,
 * extended) relative to the display base. Always with forward slashes, as annotations expect.
 */
export function displayPathFor(target: StackTarget, displayBase: string): (absolutePath: string) => string {
  const given = new Map<string, string>();
  for (const file of target.files) {
    const absolute = path.resolve(target.workingDirectory, file);
    if (path.resolve(displayBase, file) === absolute) given.set(absolute, file);
  }
  return (absolutePath) => given.get(absolutePath) ?? (path.relative(displayBase, absolutePath) || path.basename(absolutePath)).split(path.sep).join('/');
}

/** Why the step fails under the `policy` input, or undefined when it does not. */
export function policyFailure(counts: FindingCounts, mode: 'error' | 'warn' | 'off'): string | undefined {
  if (mode !== 'error' || counts.error === 0) return undefined;
  return `The compose policy found ${counts.error} error${counts.error === 1 ? '' : 's'} (policy: error); see the annotations and the job summary, fix them, suppress them with a reason, or set policy: warn.`;
}
