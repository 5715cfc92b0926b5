import type { Redactor } from '../core/untrusted.js';
import type { Files } from '../ports/files.js';
import { type RunReport } from '../report/run-report.js';
import type { StartSections } from './pipeline/report.js';
export declare function runDirectory(files: Files, env: NodeJS.ProcessEnv, temporaryDirectory: string, projectName: string): string;
/**
 * Written atomically (temp file, then rename) so a killed main never leaves half a file; without
 * the secret values main knows (post, which reads it, does not know them).
 */
export declare function writeStartSections(files: Files, runDir: string, sections: StartSections, redactor: Pick<Redactor, 'redactJson'>): void;
export declare function readStartSections(files: Files, runDir: string): StartSections | undefined;
/** Where the monitor's config and samples live in the run directory. */
export declare function monitorFiles(runDir: string): {
    configFile: string;
    samplesFile: string;
};
/** The generated override file every compose call of the stack uses. */
export declare function overrideFilePath(runDir: string): string;
/** report.json, next to the summary's other material; returns its path (the `report-file` output). */
export declare function writeReportJson(files: Files, file: string, report: RunReport, redactor: Pick<Redactor, 'redactJson'>): string;
