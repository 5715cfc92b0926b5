// Every input, output and state key, named once, so main, post, the CLI and action.yml cannot
// drift apart (unit tests compare these tables with action.yml, the README and the reusable
// workflow). The CLI's flags carry the same names and defaults.

/** Action inputs (kebab-case, as declared in action.yml) with the default each one has. */
export const INPUTS = {
  // The stack
  composeFiles: { name: 'compose-files', default: '' },
  workingDirectory: { name: 'working-directory', default: '.' },
  projectName: { name: 'project-name', default: '' },
  profiles: { name: 'profiles', default: '' },
  envFiles: { name: 'env-files', default: '' },
  waitTimeout: { name: 'wait-timeout', default: '120s' },
  // Policy
  policy: { name: 'policy', default: 'error' },
  policyConfig: { name: 'policy-config', default: '' },
  sarifFile: { name: 'sarif-file', default: '' },
  defaultMemoryLimit: { name: 'default-memory-limit', default: '' },
  defaultCpuLimit: { name: 'default-cpu-limit', default: '' },
  healthcheckDefaults: { name: 'healthcheck-defaults', default: '' },
  checkWorkflows: { name: 'check-workflows', default: 'false' },
  policyBaseline: { name: 'policy-baseline', default: '' },
  // Preflight and monitoring
  minFreeDisk: { name: 'min-free-disk', default: '2g' },
  sampleInterval: { name: 'sample-interval', default: '2s' },
  failOn: { name: 'fail-on', default: 'oom' },
  // Leases
  lockGroup: { name: 'lock-group', default: '' },
  memoryBudget: { name: 'memory-budget', default: '75%' },
  lockTimeout: { name: 'lock-timeout', default: '30m' },
  leaseTtl: { name: 'lease-ttl', default: '6h' },
  leaseNamespace: { name: 'lease-namespace', default: 'default' },
  // Cleanup
  cleanup: { name: 'cleanup', default: 'always' },
  stopTimeout: { name: 'stop-timeout', default: '0' },
  removeBuiltImages: { name: 'remove-built-images', default: 'false' },
  // History across runs
  baseline: { name: 'baseline', default: 'true' },
  baselineRegression: { name: 'baseline-regression', default: '25%' },
  imageCache: { name: 'image-cache', default: 'false' },
  // Policy: security rules only the workflow may allow (never a file of the checked-out tree)
  policyAllow: { name: 'policy-allow', default: '' },
  // What Compose starts, and how
  services: { name: 'services', default: '' },
  upFlags: { name: 'up-flags', default: '' },
  composeFlags: { name: 'compose-flags', default: '' },
  build: { name: 'build', default: 'missing' },
  pull: { name: 'pull', default: 'missing' },
  // Readiness, ports and logs
  waitFor: { name: 'wait-for', default: '' },
  exportEnv: { name: 'export-env', default: 'false' },
  uploadLogs: { name: 'upload-logs', default: 'on-failure' },
  logsMaxSize: { name: 'logs-max-size', default: '10m' },
} as const;

export type InputKey = keyof typeof INPUTS;

/** Action outputs. */
export const OUTPUTS = {
  projectName: 'project-name',
  startupSeconds: 'startup-seconds',
  policyErrors: 'policy-errors',
  policyWarnings: 'policy-warnings',
  sarifFile: 'sarif-file',
  lockWaitSeconds: 'lock-wait-seconds',
  peakMemoryBytes: 'peak-memory-bytes',
  oomKills: 'oom-kills',
  restarts: 'restarts',
  reportFile: 'report-file',
  baselineFound: 'baseline-found',
  regressions: 'regressions',
  pullSeconds: 'pull-seconds',
  buildSeconds: 'build-seconds',
  ports: 'ports',
  logsDir: 'logs-dir',
} as const;

/** What main hands to post through GITHUB_STATE. One JSON document, rewritten as main progresses. */
export const STATE_KEYS = {
  run: 'docker-stability-run',
  /** The stack's secret values, so post redacts the logs it keeps as main redacted everything else. */
  secrets: 'docker-stability-secrets',
} as const;

/**
 * Set to `failure` (e.g. `echo DOCKER_STABILITY_JOB_STATUS=failure >> "$GITHUB_ENV"` in a step
 * with `if: failure()`) so that `cleanup: on-success` keeps the stack: a post step cannot see
 * whether the job's other steps failed, but it sees the environment they exported.
 */
export const JOB_STATUS_ENV = 'DOCKER_STABILITY_JOB_STATUS';
