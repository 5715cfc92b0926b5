import type { Log } from 'sarif';
import type { AbsentFinding } from '../accepted-findings.js';
import type { SuppressedFinding } from '../evaluate.js';
import type { Redactor } from '../../core/untrusted.js';
import { type Finding } from '../finding.js';
/** The partial fingerprint's name: a versioned hierarchical string, as §3.27.17 asks. */
export declare const FINGERPRINT_KEY = "dockerStabilityFinding/v1";
export interface SarifOptions {
    toolVersion: string;
    informationUri?: string;
    /** Blanks the run's secret values, should a message or a path ever hold one. */
    redactor?: Pick<Redactor, 'redactJson'>;
    /** The accepted-findings file applied: every result then has a baselineState. */
    baseline?: {
        file: string;
        absent: AbsentFinding[];
    };
}
/** The log: one result per finding (with its refused suppressions), one per suppressed finding. */
export declare function buildSarif(findings: Finding[], options: SarifOptions, suppressed?: SuppressedFinding[]): Log;
export declare function formatSarif(findings: Finding[], options: SarifOptions, suppressed?: SuppressedFinding[]): string;
/** The log of a check that could not run: why, as an error notification, and no results. */
export declare function buildSarifFailure(message: string, exitCode: number, options: SarifOptions): Log;
export declare function formatSarifFailure(message: string, exitCode: number, options: SarifOptions): string;
