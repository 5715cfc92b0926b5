/** Action inputs (kebab-case, as declared in action.yml) with the default each one has. */
export declare const INPUTS: {
    readonly composeFiles: {
        readonly name: "compose-files";
        readonly default: "";
    };
    readonly workingDirectory: {
        readonly name: "working-directory";
        readonly default: ".";
    };
    readonly projectName: {
        readonly name: "project-name";
        readonly default: "";
    };
    readonly profiles: {
        readonly name: "profiles";
        readonly default: "";
    };
    readonly envFiles: {
        readonly name: "env-files";
        readonly default: "";
    };
    readonly waitTimeout: {
        readonly name: "wait-timeout";
        readonly default: "120s";
    };
    readonly policy: {
        readonly name: "policy";
        readonly default: "error";
    };
    readonly policyConfig: {
        readonly name: "policy-config";
        readonly default: "";
    };
    readonly sarifFile: {
        readonly name: "sarif-file";
        readonly default: "";
    };
    readonly defaultMemoryLimit: {
        readonly name: "default-memory-limit";
        readonly default: "";
    };
    readonly defaultCpuLimit: {
        readonly name: "default-cpu-limit";
        readonly default: "";
    };
    readonly healthcheckDefaults: {
        readonly name: "healthcheck-defaults";
        readonly default: "";
    };
    readonly checkWorkflows: {
        readonly name: "check-workflows";
        readonly default: "false";
    };
    readonly policyBaseline: {
        readonly name: "policy-baseline";
        readonly default: "";
    };
    readonly minFreeDisk: {
        readonly name: "min-free-disk";
        readonly default: "2g";
    };
    readonly sampleInterval: {
        readonly name: "sample-interval";
        readonly default: "2s";
    };
    readonly failOn: {
        readonly name: "fail-on";
        readonly default: "oom";
    };
    readonly lockGroup: {
        readonly name: "lock-group";
        readonly default: "";
    };
    readonly memoryBudget: {
        readonly name: "memory-budget";
        readonly default: "75%";
    };
    readonly lockTimeout: {
        readonly name: "lock-timeout";
        readonly default: "30m";
    };
    readonly leaseTtl: {
        readonly name: "lease-ttl";
        readonly default: "6h";
    };
    readonly leaseNamespace: {
        readonly name: "lease-namespace";
        readonly default: "default";
    };
    readonly cleanup: {
        readonly name: "cleanup";
        readonly default: "always";
    };
    readonly stopTimeout: {
        readonly name: "stop-timeout";
        readonly default: "0";
    };
    readonly removeBuiltImages: {
        readonly name: "remove-built-images";
        readonly default: "false";
    };
    readonly baseline: {
        readonly name: "baseline";
        readonly default: "true";
    };
    readonly baselineRegression: {
        readonly name: "baseline-regression";
        readonly default: "25%";
    };
    readonly imageCache: {
        readonly name: "image-cache";
        readonly default: "false";
    };
    readonly policyAllow: {
        readonly name: "policy-allow";
        readonly default: "";
    };
    readonly services: {
        readonly name: "services";
        readonly default: "";
    };
    readonly upFlags: {
        readonly name: "up-flags";
        readonly default: "";
    };
    readonly composeFlags: {
        readonly name: "compose-flags";
        readonly default: "";
    };
    readonly build: {
        readonly name: "build";
        readonly default: "missing";
    };
    readonly pull: {
        readonly name: "pull";
        readonly default: "missing";
    };
    readonly waitFor: {
        readonly name: "wait-for";
        readonly default: "";
    };
    readonly exportEnv: {
        readonly name: "export-env";
        readonly default: "false";
    };
    readonly uploadLogs: {
        readonly name: "upload-logs";
        readonly default: "on-failure";
    };
    readonly logsMaxSize: {
        readonly name: "logs-max-size";
        readonly default: "10m";
    };
};
export type InputKey = keyof typeof INPUTS;
/** Action outputs. */
export declare const OUTPUTS: {
    readonly projectName: "project-name";
    readonly startupSeconds: "startup-seconds";
    readonly policyErrors: "policy-errors";
    readonly policyWarnings: "policy-warnings";
    readonly sarifFile: "sarif-file";
    readonly lockWaitSeconds: "lock-wait-seconds";
    readonly peakMemoryBytes: "peak-memory-bytes";
    readonly oomKills: "oom-kills";
    readonly restarts: "restarts";
    readonly reportFile: "report-file";
    readonly baselineFound: "baseline-found";
    readonly regressions: "regressions";
    readonly pullSeconds: "pull-seconds";
    readonly buildSeconds: "build-seconds";
    readonly ports: "ports";
    readonly logsDir: "logs-dir";
};
/** What main hands to post through GITHUB_STATE. One JSON document, rewritten as main progresses. */
export declare const STATE_KEYS: {
    readonly run: "docker-stability-run";
    /** The stack's secret values, so post redacts the logs it keeps as main redacted everything else. */
    readonly secrets: "docker-stability-secrets";
};
/**
 * Set to `failure` (e.g. `echo DOCKER_STABILITY_JOB_STATUS=failure >> "$GITHUB_ENV"` in a step
 * with `if: failure()`) so that `cleanup: on-success` keeps the stack: a post step cannot see
 * whether the job's other steps failed, but it sees the environment they exported.
 */
export declare const JOB_STATUS_ENV = "DOCKER_STABILITY_JOB_STATUS";
