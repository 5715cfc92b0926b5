import type { Finding, Severity } from '../policy/finding.js';
export declare const WORKFLOW_RULES: {
    readonly directCompose: "direct-compose";
    readonly unlockedStack: "unlocked-stack";
};
export interface WorkflowFile {
    /** Path as the user gave it (shown in findings). */
    path: string;
    text: string;
}
export interface WorkflowScanOptions {
    /** Whether a `uses:` value is this action or one of its reusable workflows. */
    isOurAction?: (uses: string) => boolean;
    severity?: Partial<Record<(typeof WORKFLOW_RULES)[keyof typeof WORKFLOW_RULES], Severity>>;
}
/** `org/docker-stability-action@v1`, `…/check@v1`, `…/.github/workflows/compose-stack.yml@v1`. */
export declare const defaultIsOurAction: (uses: string) => boolean;
/** A workflow that is not YAML, or not a workflow: reported, never guessed at. */
export declare class WorkflowParseError extends Error {
    readonly file: string;
    readonly line: number;
    constructor(file: string, line: number, detail: string);
}
export declare function scanWorkflow(file: WorkflowFile, options?: WorkflowScanOptions): Finding[];
