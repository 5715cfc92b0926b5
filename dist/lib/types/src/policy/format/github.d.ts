import type { Finding } from '../finding.js';
export declare function annotationLevel(finding: Finding): 'error' | 'warning' | 'notice';
/** "docker-stability memory-limit (db)": the annotation's title. */
export declare function annotationTitle(finding: Finding): string;
export declare function formatGithubCommand(finding: Finding): string;
export declare function formatGithub(findings: Finding[]): string;
