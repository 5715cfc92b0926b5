import { type Cell } from '../core/markdown.js';
import type { RunReport } from './run-report.js';
/** Rows for the metrics table: "Pull" and "Build", when the phase ran. */
export declare function imageMetricRows(report: Pick<RunReport, 'pull' | 'build'>): Cell[][];
/** `### Images`: one row per image pulled or built (or left as it was), then a failed build's output. */
export declare function renderImagesSection(report: Pick<RunReport, 'pull' | 'build'>): string | undefined;
