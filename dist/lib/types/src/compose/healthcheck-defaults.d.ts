import type { ComposeModel } from './model.js';
import { type ComposeOverride } from './override.js';
export interface HealthcheckDefaults {
    intervalMs?: number;
    timeoutMs?: number;
    retries?: number;
    startPeriodMs?: number;
    startIntervalMs?: number;
}
declare const FIELDS: {
    readonly interval: "intervalMs";
    readonly timeout: "timeoutMs";
    readonly retries: "retries";
    readonly 'start-period': "startPeriodMs";
    readonly 'start-interval': "startIntervalMs";
};
/** The first Engine API version that accepts healthcheck StartInterval (Docker Engine 25.0). */
export declare const START_INTERVAL_API = "1.44";
/** Whether an engine of this API version ("1.41", "1.51") honours `start_interval`. */
export declare function supportsStartInterval(apiVersion: string): boolean;
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
/** What the daemon accepts; unknown (no daemon asked, as in `check`) counts as not supported. */
export interface HealthcheckEngine {
    startInterval: boolean;
}
/**
 * The standard timing for each service whose check is more aggressive: checks more often,
 * times out sooner, gives up after fewer failures, or has a shorter (or no) start period.
 * Such a service also gets the standard `start_interval` when it sets none (or a shorter one)
 * and the engine supports it; `skipped` says why it was not written otherwise.
 */
export declare function healthcheckOverride(model: ComposeModel, defaults: HealthcheckDefaults, base?: ComposeOverride, engine?: HealthcheckEngine): {
    override: ComposeOverride;
    changes: HealthcheckChange[];
    skipped: string[];
};
export {};
