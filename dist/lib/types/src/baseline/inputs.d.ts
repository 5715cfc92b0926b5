/** How much worse than the baseline a figure may get before it counts as a regression. */
export interface RegressionThresholds {
    /** Per-service peak memory, as a fraction (0.25 = 25 % more); undefined: not checked. */
    memory?: number;
    /** Stack start-up time and per-service time to healthy. */
    startup?: number;
    /** Per-service average CPU; off unless asked for (CPU is the noisiest figure on shared runners). */
    cpu?: number;
}
export declare const DEFAULT_REGRESSION = "25%";
/** A `true|false` input as GitHub's core.getBooleanInput reads it (YAML 1.2 core schema words). */
export declare function parseSwitch(input: string, text: string, fallback: boolean): boolean | {
    error: string;
};
/**
 * `baseline-regression`: `25%` (memory and start-up), or per metric `memory=25%, startup=40%,
 * cpu=50%` (comma or newline separated; a metric not named keeps its default; `off` turns one
 * off). Growth can exceed 100 %, so this is not parsePercent (a share in (0, 1]).
 */
export declare function parseRegressionThresholds(text: string, input?: string): RegressionThresholds | {
    problems: string[];
};
