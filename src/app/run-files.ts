import path from 'node:path';
import type { Redactor } from '../core/untrusted.js';
import type { Files } from '../ports/files.js';
import { reportDocument, type RunReport } from '../report/run-report.js';
import type { StartSections } from './pipeline/report.js';

// Files a run keeps in its run directory under RUNNER_TEMP (the runner empties it after every
// job): the start's report sections, the monitor's config and samples, the override file and
// the report.json the finish leaves behind. Passing them as files keeps the state small (each
// STATE_ value becomes an environment variable of post).

export function runDirectory(files: Files, env: NodeJS.ProcessEnv, temporaryDirectory: string, projectName: string): string {
  return files.makeDirectory(path.join(env.RUNNER_TEMP || temporaryDirectory, 'docker-stability', projectName));
}

const START_SECTIONS = 'main-report.json';

/**
 * Written atomically (temp file, then rename) so a killed main never leaves half a file; without
 * the secret values main knows (post, which reads it, does not know them).
 */
export function writeStartSections(files: Files, runDir: string, sections: StartSections, redactor: Pick<Redactor, 'redactJson'>): void {
  files.writeAtomic(path.join(runDir, START_SECTIONS), JSON.stringify(redactor.redactJson(sections), null, 2));
}

export function readStartSections(files: Files, runDir: string): StartSections | undefined {
  const text = files.readText(path.join(runDir, START_SECTIONS));
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as StartSections;
  } catch {
    return undefined;
  }
}

/** Where the monitor's config and samples live in the run directory. */
export function monitorFiles(runDir: string): { configFile: string; samplesFile: string } {
  return { configFile: path.join(runDir, 'monitor-config.json'), samplesFile: path.join(runDir, 'monitor.ndjson') };
}

/** The generated override file every compose call of the stack uses. */
export function overrideFilePath(runDir: string): string {
  return path.join(runDir, 'docker-stability.override.yaml');
}

/** report.json, next to the summary's other material; returns its path (the `report-file` output). */
export function writeReportJson(files: Files, file: string, report: RunReport, redactor: Pick<Redactor, 'redactJson'>): string {
  files.writeAtomic(file, `${JSON.stringify(reportDocument(report, redactor), null, 2)}\n`);
  return file;
}
