import { isMap, isScalar, isSeq, Scalar, type Document, type YAMLMap } from 'yaml';
import type { Finding, Severity } from '../policy/finding.js';
import { parseUntrustedYaml, UntrustedYamlError, type ParsedYaml } from '../yaml/untrusted.js';
import { composeLifecycleCall } from './direct-compose.js';
import { effectiveWords, simpleCommands } from './shell-commands.js';

// Workflow lint: jobs that start or stop Compose stacks with direct `docker compose` calls
// instead of going through this action (the audit: "every entry point through one manager"),
// and jobs that start the same stack at the same time without a lock group. Workflows are read
// with `yaml` as documents with positions, never by regexes over the whole file.

export const WORKFLOW_RULES = {
  directCompose: 'direct-compose',
  unlockedStack: 'unlocked-stack',
} as const;

export interface WorkflowFile {
  /** Path as the user gave it (shown in findings). */
  path: string;
  text: string;
}

export interface WorkflowScanOptions {
  /** Whether a `uses:` value is this action or one of its reusable workflows. */
  isOurAction?: (uses: string) => boolean;
  severity?: Partial<Record<(typeof WORKFLOW_RULES)[keyof typeof WORKFLOW_RULES], Severity>>;
}

/** `org/docker-stability-action@v1`, `…/check@v1`, `…/.github/workflows/compose-stack.yml@v1`. */
export const defaultIsOurAction = (uses: string): boolean => /(^|\/)docker-stability-action(\/[^@]*)?(@|$)/.test(uses.trim());

/** A workflow that is not YAML, or not a workflow: reported, never guessed at. */
export class WorkflowParseError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'WorkflowParseError';
  }
}

interface JobInfo {
  id: string;
  usesAction: boolean;
  /** Line and column of the step that uses the action. */
  actionAt?: { line: number; column: number };
  stackKey?: string;
  lockGroup: boolean;
  matrix: boolean;
}

export function scanWorkflow(file: WorkflowFile, options: WorkflowScanOptions = {}): Finding[] {
  const isOurAction = options.isOurAction ?? defaultIsOurAction;
  // A pull request's workflows are untrusted text; read through the document API only (no toJS).
  let parsed: ParsedYaml;
  try {
    parsed = parseUntrustedYaml(file.text);
  } catch (error) {
    if (error instanceof UntrustedYamlError) throw new WorkflowParseError(file.path, error.line, error.detail);
    throw error;
  }
  const { doc: document, lines } = parsed;
  const jobs = (document as Document).get('jobs', true);
  if (!isMap(jobs)) return [];

  const position = (offset: number | undefined): { line: number; column: number } => {
    const { line, col } = lines.linePos(offset ?? 0);
    return { line, column: col };
  };
  const findings: Finding[] = [];
  const infos: JobInfo[] = [];

  for (const pair of jobs.items) {
    const id = String(isScalar(pair.key) ? pair.key.value : pair.key);
    if (!isMap(pair.value)) continue;
    const job = pair.value;
    const strategy = job.get('strategy', true);
    const info: JobInfo = { id, usesAction: false, lockGroup: false, matrix: isMap(strategy) && hasMatrix(strategy) };
    const reusable = job.get('uses', true);
    if (isScalar(reusable) && isOurAction(String(reusable.value))) {
      info.usesAction = true;
      info.actionAt = position(reusable.range?.[0]);
      readStackInputs(job.get('with', true), info);
    }
    const steps = job.get('steps', true);
    const runSteps: Scalar[] = [];
    if (isSeq(steps)) {
      for (const step of steps.items) {
        if (!isMap(step)) continue;
        const uses = step.get('uses', true);
        if (isScalar(uses) && isOurAction(String(uses.value))) {
          info.usesAction = true;
          info.actionAt ??= position(uses.range?.[0]);
          readStackInputs(step.get('with', true), info);
        }
        const run = step.get('run', true);
        if (isScalar(run) && typeof run.value === 'string') runSteps.push(run);
      }
    }
    infos.push(info);
    if (info.usesAction) continue;
    for (const run of runSteps) {
      for (const command of simpleCommands(String(run.value))) {
        const call = composeLifecycleCall(command.words);
        if (!call) continue;
        const at = commandPosition(file.text, lines, run, command.line, effectiveWords(command.words));
        findings.push({
          rule: WORKFLOW_RULES.directCompose,
          severity: options.severity?.[WORKFLOW_RULES.directCompose] ?? 'warning',
          service: id,
          file: file.path,
          line: at.line,
          column: at.column,
          message: `Job '${id}' runs '${call.tool} ${call.subcommand}' directly: the stack starts without the preflight, policy, lease and cleanup this action gives (another job or a developer's stack may hold its ports, and nothing guarantees it is removed). Use the docker-stability action in this job, or 'docker-stability up/down/run' for scripts.`,
        });
      }
    }
  }
  findings.push(...unlockedStacks(infos, file.path, options.severity?.[WORKFLOW_RULES.unlockedStack] ?? 'warning'));
  return findings;
}

function hasMatrix(strategy: YAMLMap): boolean {
  const maxParallel = strategy.get('max-parallel');
  return strategy.has('matrix') && maxParallel !== 1 && maxParallel !== '1';
}

function readStackInputs(withNode: unknown, info: JobInfo): void {
  const inputs = isMap(withNode) ? withNode : undefined;
  const text = (key: string): string => {
    const value = inputs?.get(key);
    return value === undefined || value === null ? '' : String(value).trim();
  };
  info.lockGroup = text('lock-group') !== '';
  const files = text('compose-files')
    .split(/[\n,]/)
    .map((file) => file.trim())
    .filter(Boolean)
    .join(',');
  info.stackKey = `${text('working-directory') || '.'}|${files || '(default compose file)'}`;
}

/** Jobs (or matrix legs) that start the same stack at once, with no lock group to queue them. */
function unlockedStacks(infos: JobInfo[], file: string, severity: Severity): Finding[] {
  const findings: Finding[] = [];
  const byStack = new Map<string, JobInfo[]>();
  for (const info of infos.filter((candidate) => candidate.usesAction && candidate.stackKey)) {
    byStack.set(info.stackKey!, [...(byStack.get(info.stackKey!) ?? []), info]);
  }
  for (const [key, jobs] of byStack) {
    const stack = key.split('|')[1]!;
    const others = (info: JobInfo): string[] => jobs.filter((job) => job !== info).map((job) => job.id);
    for (const info of jobs) {
      if (info.lockGroup || !info.actionAt) continue;
      const why =
        jobs.length > 1
          ? `jobs ${[info.id, ...others(info)].map((id) => `'${id}'`).join(' and ')} start the same stack (${stack})`
          : info.matrix && !stack.includes('${{')
            ? `job '${info.id}' starts the same stack (${stack}) in every leg of its matrix`
            : undefined;
      if (!why) continue;
      findings.push({
        rule: WORKFLOW_RULES.unlockedStack,
        severity,
        service: info.id,
        file,
        line: info.actionAt.line,
        column: info.actionAt.column,
        message: `${why[0]!.toUpperCase()}${why.slice(1)} without a lock group: they run at the same time on a shared daemon, which is fine only if nothing outside their own project is shared. Set 'lock-group' to queue them.`,
      });
    }
  }
  return findings;
}

/**
 * Where a command of a `run:` script is in the file. Literal blocks (`|`) keep lines, so the
 * script's line n is the indicator's line + 1 + n; other scalars fold lines, so the command is
 * looked up in the scalar's source lines, falling back to where the scalar starts.
 */
function commandPosition(
  text: string,
  lines: ParsedYaml['lines'],
  run: Scalar,
  scriptLine: number,
  words: string[],
): { line: number; column: number } {
  const [start = 0, end = start] = run.range ?? [];
  const startLine = lines.linePos(start).line;
  const sourceLines = text.split(/\r?\n/);
  const candidates =
    run.type === Scalar.BLOCK_LITERAL
      ? [startLine + 1 + scriptLine]
      : Array.from({ length: lines.linePos(end).line - startLine + 1 }, (_, i) => startLine + i);
  const needle = words.slice(0, 2);
  for (const line of candidates) {
    const source = sourceLines[line - 1] ?? '';
    const column = source.indexOf(needle[0] ?? '');
    if (column >= 0 && needle.every((word) => source.includes(word))) return { line, column: column + 1 };
  }
  const fallback = candidates[0] ?? startLine;
  const indent = /^\s*/.exec(sourceLines[fallback - 1] ?? '')?.[0].length ?? 0;
  return { line: fallback, column: indent + 1 };
}
