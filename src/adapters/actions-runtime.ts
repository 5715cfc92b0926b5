import * as core from '@actions/core';
import type { ActionRuntime, Annotation } from '../ports/runtime.js';

/** The GitHub runner through @actions/core: file commands, annotations, groups and the summary. */
export function actionsRuntime(env: NodeJS.ProcessEnv = process.env): ActionRuntime {
  return {
    env,
    input: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, String(value)),
    saveState: (name, value) => core.saveState(name, value),
    state: (name) => core.getState(name),
    setFailed: (message) => core.setFailed(message),
    debug: (message) => core.debug(message),
    info: (message) => core.info(message),
    notice: (message, annotation) => core.notice(message, toProperties(annotation)),
    warning: (message, annotation) => core.warning(message, toProperties(annotation)),
    error: (message, annotation) => core.error(message, toProperties(annotation)),
    group: (name, fn) => core.group(name, fn),
    appendSummary: async (markdown) => {
      if (!env.GITHUB_STEP_SUMMARY) {
        core.info('No job summary file (GITHUB_STEP_SUMMARY is not set); the summary follows in the log.');
        core.info(markdown);
        return;
      }
      await core.summary.addRaw(markdown, true).write();
    },
  };
}

function toProperties(annotation: Annotation | undefined): core.AnnotationProperties | undefined {
  if (!annotation) return undefined;
  return {
    title: annotation.title,
    file: annotation.file,
    startLine: annotation.startLine,
    startColumn: annotation.startColumn,
  };
}
