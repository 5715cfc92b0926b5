import { type RunReport } from '../report/run-report.js';
export declare function runDirectory(env: NodeJS.ProcessEnv, projectName: string): string;
/** Written atomically (temp file, then rename) so a killed main never leaves half a file. */
export declare function writeMainReport(runDir: string, report: RunReport): void;
export declare function readMainReport(runDir: string): RunReport | undefined;
/** Where the monitor's config and samples live in the run directory. */
export declare function monitorFiles(runDir: string): {
    configFile: string;
    samplesFile: string;
};
/** report.json, next to the summary's other material; returns its path (the `report-file` output). */
export declare function writeReportJson(runDir: string, report: RunReport): string;
export declare function writeJsonAtomic(file: string, value: unknown): void;
