import { randomBytes } from 'node:crypto';
import * as core from '@actions/core';
import { inertText, oneLine, inertLine, Redactor, splitLines, stopCommandsBlock, stopToken } from '../core/untrusted.js';
import type { ActionRuntime, Annotation } from '../ports/runtime.js';

/**
 * The GitHub runner through @actions/core: file commands, annotations, groups and the summary.
 * Every message is redacted and made inert here (defence in depth: callers print container
 * output through output(), but a message that quotes it cannot start a command either).
 */
export function actionsRuntime(env: NodeJS.ProcessEnv = process.env): ActionRuntime {
  // Values from the workflow's own environment are masked by the runner too, for the whole job.
  const redactor = new Redactor((value) => core.setSecret(value));
  const text = (message: string): string => inertText(redactor.redact(message));
  const annotation = (where: Annotation | undefined): core.AnnotationProperties | undefined => toProperties(where, (value) => inertLine(oneLine(redactor.redact(value))));
  return {
    env,
    redactor,
    input: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, String(value)),
    exportVariable: (name, value) => core.exportVariable(name, value),
    saveState: (name, value) => core.saveState(name, value),
    state: (name) => core.getState(name),
    setFailed: (message) => core.setFailed(text(message)),
    debug: (message) => core.debug(text(message)),
    info: (message) => core.info(text(message)),
    notice: (message, where) => core.notice(text(message), annotation(where)),
    warning: (message, where) => core.warning(text(message), annotation(where)),
    error: (message, where) => core.error(text(message), annotation(where)),
    group: (name, fn) => core.group(inertLine(oneLine(redactor.redact(name))), fn),
    output: (output) => {
      const lines = (typeof output === 'string' ? [output] : [...output]).flatMap((line) => splitLines(redactor.redact(line)));
      const token = stopToken(() => randomBytes(16).toString('hex'), lines);
      // One write: nothing of ours can land inside the block, where the runner would ignore it.
      core.info(stopCommandsBlock(lines, token).join('\n'));
    },
    appendSummary: async (markdown) => {
      const redacted = redactor.redact(markdown);
      if (!env.GITHUB_STEP_SUMMARY) {
        core.info('No job summary file (GITHUB_STEP_SUMMARY is not set); the summary follows in the log.');
        core.info(inertText(redacted));
        return;
      }
      await core.summary.addRaw(redacted, true).write();
    },
  };
}

function toProperties(annotation: Annotation | undefined, clean: (value: string) => string): core.AnnotationProperties | undefined {
  if (!annotation) return undefined;
  return {
    title: annotation.title === undefined ? undefined : clean(annotation.title),
    file: annotation.file === undefined ? undefined : clean(annotation.file),
    startLine: annotation.startLine,
    startColumn: annotation.startColumn,
  };
}
