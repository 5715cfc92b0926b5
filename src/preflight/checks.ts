// Preflight results: each check passes, warns or fails, always with its numbers. A check that
// could not be made yet is 'skip' (shown as "not checked"), never a pass.

export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skip';

export interface CheckResult {
  id: string;
  title: string;
  status: CheckStatus;
  /** What was measured and, when it is not a pass, what to do. */
  detail: string;
}

export function worstStatus(results: CheckResult[]): CheckStatus {
  if (results.some((result) => result.status === 'fail')) return 'fail';
  if (results.some((result) => result.status === 'warn')) return 'warn';
  return 'pass';
}
