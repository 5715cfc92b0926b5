import { appendFileSync } from 'node:fs';
import { inertLine, inertText, oneLine, Redactor, splitLines } from '../core/untrusted.js';
import type { ActionRuntime, Annotation } from '../ports/runtime.js';

// The CLI's stand-in for the runner: the same ActionRuntime the action's phases report to, but
// inputs come from flags, outputs are kept in memory, the summary goes to a file (--summary),
// and log lines go to stderr (stdout stays the test command's). Lines are redacted and made inert
// as in the action — the CLI may itself run inside a workflow step, whose runner reads stderr for
// commands too, and a terminal must not obey escape sequences a container printed.

export interface TerminalRuntime extends ActionRuntime {
  readonly outputs: Record<string, string>;
  /** What exportVariable was given: `run` hands them to its command. */
  readonly exported: Record<string, string>;
}

export function terminalRuntime(options: {
  inputs: Record<string, string>;
  env?: NodeJS.ProcessEnv;
  summaryFile?: string;
  write?: (text: string) => void;
}): TerminalRuntime {
  const write = options.write ?? ((text: string) => process.stderr.write(text));
  const redactor = new Redactor();
  const text = (message: string): string => inertText(redactor.redact(message));
  const outputs: Record<string, string> = {};
  const state: Record<string, string> = {};
  const exported: Record<string, string> = {};
  const where = (annotation?: Annotation): string =>
    annotation?.file
      ? ` (${inertLine(oneLine(redactor.redact(annotation.file)))}${annotation.startLine ? `:${annotation.startLine}` : ''}${annotation.startColumn ? `:${annotation.startColumn}` : ''})`
      : '';
  return {
    env: options.env ?? process.env,
    outputs,
    exported,
    redactor,
    input: (name) => options.inputs[name] ?? '',
    setOutput: (name, value) => void (outputs[name] = String(value)),
    exportVariable: (name, value) => void (exported[name] = value),
    saveState: (name, value) => void (state[name] = value),
    state: (name) => state[name] ?? '',
    setFailed: (message) => {
      write(`docker-stability: error: ${text(message)}\n`);
      process.exitCode = 1;
    },
    debug: () => undefined,
    info: (message) => write(`${text(message)}\n`),
    notice: (message, annotation) => write(`note${where(annotation)}: ${text(message)}\n`),
    warning: (message, annotation) => write(`warning${where(annotation)}: ${text(message)}\n`),
    error: (message, annotation) => write(`error${where(annotation)}: ${text(message)}\n`),
    group: async (name, fn) => {
      write(`── ${inertLine(oneLine(redactor.redact(name)))}\n`);
      return fn();
    },
    // No stop-commands block on a terminal: the lines are made inert one by one instead.
    output: (output) => {
      const lines = (typeof output === 'string' ? [output] : [...output]).flatMap((line) => splitLines(redactor.redact(line)));
      write(lines.map((line) => `  │ ${inertLine(line)}\n`).join(''));
    },
    appendSummary: async (markdown) => {
      if (options.summaryFile) appendFileSync(options.summaryFile, redactor.redact(markdown));
    },
  };
}
