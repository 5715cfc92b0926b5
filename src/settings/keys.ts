// Every input, output and state key, named once, so main, post and action.yml cannot drift
// apart (a unit test compares these tables with action.yml and the README).

/** Action inputs (kebab-case, as declared in action.yml) with the default each one has. */
export const INPUTS = {
  composeFiles: { name: 'compose-files', default: '' },
  workingDirectory: { name: 'working-directory', default: '.' },
  projectName: { name: 'project-name', default: '' },
  profiles: { name: 'profiles', default: '' },
  envFiles: { name: 'env-files', default: '' },
  waitTimeout: { name: 'wait-timeout', default: '120s' },
  minFreeDisk: { name: 'min-free-disk', default: '2g' },
  sampleInterval: { name: 'sample-interval', default: '2s' },
  failOn: { name: 'fail-on', default: 'oom' },
} as const;

export type InputKey = keyof typeof INPUTS;

/** Action outputs. */
export const OUTPUTS = {
  projectName: 'project-name',
  startupSeconds: 'startup-seconds',
  peakMemoryBytes: 'peak-memory-bytes',
  oomKills: 'oom-kills',
  restarts: 'restarts',
  reportFile: 'report-file',
} as const;

/** What main hands to post through GITHUB_STATE. One JSON document, rewritten as main progresses. */
export const STATE_KEYS = {
  run: 'docker-stability-run',
} as const;
