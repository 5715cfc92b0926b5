import type { RunReport } from './run-report.js';
export declare function renderTerminalReport(report: RunReport): string;
