import type { Log } from 'sarif';
import type { Redactor } from '../../core/untrusted.js';
import type { Finding } from '../finding.js';
export interface SarifOptions {
    toolVersion: string;
    informationUri?: string;
    /** Blanks the run's secret values, should a message or a path ever hold one. */
    redactor?: Pick<Redactor, 'redactJson'>;
}
export declare function buildSarif(findings: Finding[], options: SarifOptions): Log;
export declare function formatSarif(findings: Finding[], options: SarifOptions): string;
