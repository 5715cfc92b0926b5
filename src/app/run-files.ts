import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Redactor } from '../core/untrusted.js';
import { reportDocument, type RunReport } from '../report/run-report.js';

// Files a run keeps under RUNNER_TEMP (the runner empties it after every job): main's part of
// the report, the monitor's config and samples, the report.json post leaves behind. Passing
// them as files keeps the state small (each STATE_ value becomes an environment variable of post).

export function runDirectory(env: NodeJS.ProcessEnv, projectName: string): string {
  const base = env.RUNNER_TEMP || os.tmpdir();
  const dir = path.join(base, 'docker-stability', projectName);
  mkdirSync(dir, { recursive: true });
  return dir;
}

const MAIN_REPORT = 'main-report.json';

/**
 * Written atomically (temp file, then rename) so a killed main never leaves half a file; without
 * the secret values main knows (post, which reads it, does not know them).
 */
export function writeMainReport(runDir: string, report: RunReport, redactor?: Redactor): void {
  writeJsonAtomic(path.join(runDir, MAIN_REPORT), redactor ? redactor.redactJson(report) : report);
}

export function readMainReport(runDir: string): RunReport | undefined {
  try {
    return JSON.parse(readFileSync(path.join(runDir, MAIN_REPORT), 'utf8')) as RunReport;
  } catch {
    return undefined;
  }
}

/** Where the monitor's config and samples live in the run directory. */
export function monitorFiles(runDir: string): { configFile: string; samplesFile: string } {
  return { configFile: path.join(runDir, 'monitor-config.json'), samplesFile: path.join(runDir, 'monitor.ndjson') };
}

/** report.json, next to the summary's other material; returns its path (the `report-file` output). */
export function writeReportJson(runDir: string, report: RunReport, redactor?: Redactor): string {
  const file = path.join(runDir, 'report.json');
  writeJsonAtomic(file, reportDocument(report, redactor));
  return file;
}

export function writeJsonAtomic(file: string, value: unknown): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(value, null, 2));
  renameSync(temporary, file);
}
