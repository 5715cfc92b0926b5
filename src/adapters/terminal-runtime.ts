import { appendFileSync } from 'node:fs';
import type { ActionRuntime, Annotation } from '../ports/runtime.js';

// The CLI's stand-in for the runner: the same ActionRuntime the action's phases report to, but
// inputs come from flags, outputs are kept in memory, the summary goes to a file (--summary),
// and log lines go to stderr (stdout stays the test command's).

export interface TerminalRuntime extends ActionRuntime {
  readonly outputs: Record<string, string>;
}

export function terminalRuntime(options: {
  inputs: Record<string, string>;
  env?: NodeJS.ProcessEnv;
  summaryFile?: string;
  write?: (text: string) => void;
}): TerminalRuntime {
  const write = options.write ?? ((text: string) => process.stderr.write(text));
  const outputs: Record<string, string> = {};
  const state: Record<string, string> = {};
  const where = (annotation?: Annotation): string =>
    annotation?.file ? ` (${annotation.file}${annotation.startLine ? `:${annotation.startLine}` : ''}${annotation.startColumn ? `:${annotation.startColumn}` : ''})` : '';
  return {
    env: options.env ?? process.env,
    outputs,
    input: (name) => options.inputs[name] ?? '',
    setOutput: (name, value) => void (outputs[name] = String(value)),
    saveState: (name, value) => void (state[name] = value),
    state: (name) => state[name] ?? '',
    setFailed: (message) => {
      write(`docker-stability: error: ${message}\n`);
      process.exitCode = 1;
    },
    debug: () => undefined,
    info: (message) => write(`${message}\n`),
    notice: (message, annotation) => write(`note${where(annotation)}: ${message}\n`),
    warning: (message, annotation) => write(`warning${where(annotation)}: ${message}\n`),
    error: (message, annotation) => write(`error${where(annotation)}: ${message}\n`),
    group: async (name, fn) => {
      write(`── ${name}\n`);
      return fn();
    },
    appendSummary: async (markdown) => {
      if (options.summaryFile) appendFileSync(options.summaryFile, markdown);
    },
  };
}
