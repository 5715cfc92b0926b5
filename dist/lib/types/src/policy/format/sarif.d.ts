import type { Log } from 'sarif';
import type { Finding } from '../finding.js';
export interface SarifOptions {
    toolVersion: string;
    informationUri?: string;
}
export declare function buildSarif(findings: Finding[], options: SarifOptions): Log;
export declare function formatSarif(findings: Finding[], options: SarifOptions): string;
