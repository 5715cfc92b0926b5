import type { InputKey } from '../../settings/keys.js';
/**
 * What `up` does differently from the action: the policy is reported but does not block (`--policy
 * error` blocks), as `up` starts someone's own stack, not a pull request's; and there is no
 * monitor to read (no post step).
 */
export declare const UP_DEFAULTS: Partial<Record<InputKey, string>>;
