import type { ComposeModel } from './model.js';
import { type ComposeOverride } from './override.js';
export interface HealthcheckDefaults {
    intervalMs?: number;
    timeoutMs?: number;
    retries?: number;
    startPeriodMs?: number;
}
declare const FIELDS: {
    readonly interval: "intervalMs";
    readonly timeout: "timeoutMs";
    readonly retries: "retries";
    readonly 'start-period': "startPeriodMs";
};
type Field = keyof typeof FIELDS;
/**
 * "interval=10s,timeout=5s,retries=5,start-period=20s" (any subset). Empty means off. Every
 * problem names its field.
 */
export declare function parseHealthcheckDefaults(text: string): HealthcheckDefaults | undefined | {
    problems: string[];
};
export interface HealthcheckChange {
    service: string;
    field: Field;
    before: string;
    after: string;
}
/**
 * The standard timing for each service whose check is more aggressive: checks more often,
 * times out sooner, gives up after fewer failures, or has a shorter (or no) start period.
 */
export declare function healthcheckOverride(model: ComposeModel, defaults: HealthcheckDefaults, base?: ComposeOverride): {
    override: ComposeOverride;
    changes: HealthcheckChange[];
};
export {};
