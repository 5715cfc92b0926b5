export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skip';
export interface CheckResult {
    id: string;
    title: string;
    status: CheckStatus;
    /** What was measured and, when it is not a pass, what to do. */
    detail: string;
}
export declare function worstStatus(results: CheckResult[]): CheckStatus;
