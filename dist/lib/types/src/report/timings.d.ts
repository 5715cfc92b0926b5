import type { RunReport } from './run-report.js';
export declare function timingsLine(report: RunReport): string | undefined;
