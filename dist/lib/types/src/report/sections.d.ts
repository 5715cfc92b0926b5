import type { MonitorReport } from '../monitor/analysis.js';
import type { PolicySection, RunReport } from './run-report.js';
export declare const TIMELINE_ROWS = 80;
export declare const CLEANUP_ROWS = 50;
/** One row per service: declared limits next to what the monitor saw. */
export declare function servicesSection(report: RunReport): string | undefined;
/** Host memory, the stack's own peak, and the lease when there is one. */
export declare function hostSection(report: RunReport): string | undefined;
/** OOM kills, exits, restarts and health changes, with times relative to the start. */
export declare function timelineSection(monitor: MonitorReport | undefined, maxRows?: number): string | undefined;
/** "+1m 05s" from ms since the start. */
export declare function relative(ms: number): string;
/** The policy's full table (P's renderer), plus the health-check timing the action standardised. */
export declare function policySection(policy: PolicySection | undefined): string | undefined;
export declare function cleanupSection(report: RunReport): string | undefined;
