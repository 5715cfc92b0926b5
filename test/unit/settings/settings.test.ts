import { describe, expect, test } from 'vitest';
import { parseSettings, SettingsError, type SettingsSources } from '../../../src/settings/settings.js';
import { defaultProjectName, projectSlug } from '../../../src/settings/stack-target.js';
import { splitList } from '../../../src/core/lists.js';
import { fakeFiles } from './fakes.js';

const WORKSPACE = '/ws';
const runnerEnv = { GITHUB_WORKSPACE: WORKSPACE, GITHUB_RUN_ID: '4242', GITHUB_RUN_ATTEMPT: '2', GITHUB_JOB: 'Integration Tests' };

function sources(inputs: Record<string, string>, files = ['/ws/compose.yaml'], links: Record<string, string> = {}): SettingsSources {
  return { input: (name) => inputs[name] ?? '', env: runnerEnv, files: fakeFiles(files, links), randomHex: () => 'abc123' };
}

function problemsOf(inputs: Record<string, string>, files?: string[], links?: Record<string, string>): string[] {
  try {
    parseSettings(sources(inputs, files, links));
  } catch (error) {
    if (error instanceof SettingsError) return error.problems;
    throw error;
  }
  throw new Error('expected a SettingsError');
}

describe('parseSettings', () => {
  test('defaults: the compose file Compose would pick, a unique project name, 120 s wait', () => {
    const settings = parseSettings(sources({}));
    expect(settings).toEqual({
      confined: true,
      stack: {
        workingDirectory: '/ws',
        files: ['compose.yaml'],
        projectName: 'dsa-4242-2-integration-tests-abc123',
        profiles: [],
        envFiles: [],
      },
      waitTimeoutMs: 120_000,
      compose: { upFlags: [], build: 'missing', pull: 'missing' },
      policy: { mode: 'error', configFile: undefined, sarifFile: undefined, defaults: { memoryBytes: undefined, cpus: undefined }, healthcheckDefaults: undefined, checkWorkflows: false, allow: [] },
      minFreeDiskBytes: 2 * 1024 ** 3,
      sampleIntervalMs: 2000,
      failOn: [{ kind: 'oom' }],
      lease: { groups: [], memoryBudget: { kind: 'share', fraction: 0.75, text: '75%' }, lockTimeoutMs: 30 * 60_000, leaseTtlMs: 6 * 3_600_000, namespace: 'default' },
      cleanup: { mode: 'always', stopTimeoutSeconds: 0, removeBuiltImages: false },
      history: { baseline: true, thresholds: { memory: 0.25, startup: 0.25 }, imageCache: false },
      readiness: { waitFor: [], exportEnv: false },
      logs: { upload: 'on-failure', maxBytesPerService: 10 * 1024 ** 2 },
    });
  });

  test('every capability\'s inputs, parsed into the one settings object', () => {
    const settings = parseSettings(
      sources({
        policy: 'warn',
        'policy-config': 'ci/policy.yml',
        'sarif-file': 'results.sarif',
        'default-memory-limit': '512m',
        'default-cpu-limit': '0.5',
        'healthcheck-defaults': 'interval=10s,timeout=5s,retries=5,start-period=20s',
        'check-workflows': 'true',
        'lock-group': 'test-stack, db',
        'memory-budget': '6g',
        'lock-timeout': '10m',
        'lease-ttl': '2h',
        cleanup: 'on-success',
        'stop-timeout': '5s',
        'remove-built-images': 'true',
        baseline: 'false',
        'baseline-regression': 'memory=40%,startup=off',
        'image-cache': 'true',
      }),
    );
    expect(settings.policy).toEqual({
      mode: 'warn',
      configFile: 'ci/policy.yml',
      sarifFile: 'results.sarif',
      defaults: { memoryBytes: 512 * 1024 ** 2, cpus: 0.5 },
      healthcheckDefaults: { intervalMs: 10_000, timeoutMs: 5000, retries: 5, startPeriodMs: 20_000 },
      checkWorkflows: true,
      allow: [],
    });
    expect(settings.lease).toEqual({ groups: ['test-stack', 'db'], memoryBudget: { kind: 'size', bytes: 6 * 1024 ** 3, text: '6g' }, lockTimeoutMs: 600_000, leaseTtlMs: 7_200_000, namespace: 'default' });
    expect(settings.cleanup).toEqual({ mode: 'on-success', stopTimeoutSeconds: 5, removeBuiltImages: true });
    expect(settings.history).toEqual({ baseline: false, thresholds: { memory: 0.4, startup: undefined }, imageCache: true });
  });

  test('policy-baseline: an accepted-findings file in the workspace, as an absolute path', () => {
    const settings = parseSettings(sources({ 'policy-baseline': 'ci/accepted.json' }, ['/ws/compose.yaml', '/ws/ci/accepted.json']));
    expect(settings.policy.baselineFile).toBe('/ws/ci/accepted.json');
    expect(parseSettings(sources({})).policy.baselineFile).toBeUndefined();
    // A link that leads out of the workspace is outside it.
    expect(problemsOf({ 'policy-baseline': 'link.json' }, ['/ws/compose.yaml', '/ws/link.json'], { '/ws/link.json': '/etc/accepted.json' })).toEqual([
      "policy-baseline: 'link.json' is outside the workspace /ws",
    ]);
  });

  test('the CLI (confine: false) takes paths outside its directory; the action does not', () => {
    const files = ['/ws/sub/.keep', '/ws/compose.yaml', '/ws/accepted.json'];
    const cli = (inputs: Record<string, string>): SettingsSources => ({ ...sources(inputs, files), workspace: '/ws/sub', confine: false });
    const settings = parseSettings(cli({ 'compose-files': '../compose.yaml', 'policy-baseline': '../accepted.json' }));
    expect(settings.stack).toMatchObject({ workingDirectory: '/ws/sub', files: ['../compose.yaml'] });
    expect(settings.policy.baselineFile).toBe('/ws/accepted.json');
    expect(() => parseSettings({ ...cli({ 'compose-files': '../compose.yaml' }), confine: undefined })).toThrow("compose-files: '../compose.yaml' is outside the workspace /ws/sub");
  });

  test('lists accept newlines and commas, relative to the working directory', () => {
    const settings = parseSettings(
      sources(
        {
          'working-directory': 'stack',
          'compose-files': 'compose.yml\n  compose.ci.yml ,\n# a comment\n',
          profiles: 'db, cache',
          'env-files': '.env.ci',
          'project-name': 'my_stack-1',
          'wait-timeout': '1m30s',
        },
        ['/ws/stack/compose.yml', '/ws/stack/compose.ci.yml', '/ws/stack/.env.ci'],
      ),
    );
    expect(settings.stack).toEqual({
      workingDirectory: '/ws/stack',
      files: ['compose.yml', 'compose.ci.yml'],
      projectName: 'my_stack-1',
      profiles: ['db', 'cache'],
      envFiles: ['.env.ci'],
    });
    expect(settings.waitTimeoutMs).toBe(90_000);
  });

  test.each([
    [{ 'wait-timeout': 'soon' }, "wait-timeout: 'soon' is not a duration"],
    [{ 'wait-timeout': '-1' }, "wait-timeout: '-1' is not a duration"],
    [{ 'wait-timeout': '1e99' }, "wait-timeout: '1e99' is not a duration"],
    [{ 'wait-timeout': '7h' }, "wait-timeout: '7h' is out of range"],
    [{ 'project-name': 'My Stack' }, "project-name: 'My Stack' is not a valid Compose project name"],
    [{ 'project-name': '-stack' }, "project-name: '-stack' is not a valid Compose project name"],
    [{ 'compose-files': 'missing.yml' }, "compose-files: compose file 'missing.yml' does not exist (looked at /ws/missing.yml)"],
    [{ 'compose-files': '../outside.yml' }, "compose-files: '../outside.yml' is outside the workspace /ws"],
    [{ 'compose-files': '/etc/compose.yml' }, "compose-files: '/etc/compose.yml' is outside the workspace /ws"],
    [{ 'working-directory': '../..' }, "working-directory: '../..' is outside the workspace /ws"],
    [{ 'working-directory': 'nope' }, "working-directory: 'nope' is not a directory (looked at /ws/nope)"],
    [{ 'env-files': '.env.missing' }, "env-files: env file '.env.missing' does not exist"],
    [{ policy: 'strict' }, "policy: 'strict' is not a policy mode"],
    [{ 'default-memory-limit': '1m' }, "default-memory-limit: '1m' is below Docker's minimum memory limit of 6 MiB"],
    [{ 'healthcheck-defaults': 'interval=fast' }, "healthcheck-defaults: interval: 'fast' is not a duration"],
    [{ 'check-workflows': 'yes' }, "check-workflows: 'yes' is not a boolean"],
    [{ 'memory-budget': '6 gigs' }, "memory-budget: '6 gigs'"],
    [{ 'lock-timeout': 'forever' }, "lock-timeout: 'forever' is not a duration"],
    [{ 'lease-ttl': '10s' }, "lease-ttl: '10s' is shorter than the minimum of 1m"],
    [{ cleanup: 'sometimes' }, "cleanup: 'sometimes' is not a cleanup mode; use always, on-success, never"],
    [{ 'stop-timeout': '1h' }, "stop-timeout: '1h' is longer than 600s"],
    [{ 'baseline-regression': 'ram=10%' }, "baseline-regression: unknown metric 'ram'"],
    [{ 'image-cache': 'maybe' }, "image-cache: 'maybe' is not a boolean"],
    [{ 'min-free-disk': 'lots' }, "min-free-disk: 'lots' is not a size; use a number with an optional unit, like 512m, 6g or 6GiB"],
    [{ 'sample-interval': 'often' }, "sample-interval: 'often' is not a duration"],
    [{ 'sample-interval': '100ms' }, "sample-interval: '100ms' is out of range; use between 0.5s and 60s"],
    [{ 'sample-interval': '2m' }, "sample-interval: '2m' is out of range; use between 0.5s and 60s"],
    [{ 'fail-on': 'oom, crash' }, "fail-on: 'crash' is not a condition; use oom, restart, unhealthy, memory-over:NN% or none"],
    [{ 'fail-on': 'memory-over:150%' }, "fail-on: 'memory-over:150%': '150%' is not a percentage between 0% and 100% (like memory-over:90%)"],
    [{ 'fail-on': 'memory-over' }, "fail-on: 'memory-over' is not a condition"],
    [{ 'policy-baseline': 'accepted.json' }, "policy-baseline: 'accepted.json' does not exist (looked at /ws/accepted.json); write it with docker-stability check --write-baseline accepted.json"],
    [{ 'policy-baseline': '../accepted.json' }, "policy-baseline: '../accepted.json' is outside the workspace /ws"],
    [{ 'wait-for': 'db' }, "wait-for: 'db': expected service:port, service:http:/path or service:log:/pattern/"],
    [{ 'wait-for': 'db:70000' }, "wait-for: 'db:70000': '70000' is not a port (1-65535, the port inside the container)"],
    [{ 'export-env': 'yes' }, "export-env: 'yes' is not a boolean"],
    [{ 'upload-logs': 'sometimes' }, "upload-logs: 'sometimes' is not one of on-failure, always, never"],
    [{ 'logs-max-size': 'huge' }, "logs-max-size: 'huge' is not a size"],
    [{ 'logs-max-size': '1k' }, "logs-max-size: '1k' is out of range; use between 64k and 1g"],
  ])('%j → %s', (inputs, message) => {
    expect(problemsOf(inputs).join('\n')).toContain(message);
  });

  test('monitoring and fail-on inputs', () => {
    const settings = parseSettings(
      sources({ 'min-free-disk': '512m', 'sample-interval': '1s', 'fail-on': 'oom\nrestart, unhealthy\nmemory-over:90%' }),
    );
    expect(settings.minFreeDiskBytes).toBe(512 * 1024 ** 2);
    expect(settings.sampleIntervalMs).toBe(1000);
    expect(settings.failOn).toEqual([{ kind: 'oom' }, { kind: 'restart' }, { kind: 'unhealthy' }, { kind: 'memory-over', fraction: 0.9 }]);
    expect(parseSettings(sources({ 'fail-on': 'none' })).failOn).toEqual([]);
  });

  test('readiness, ports and logs inputs', () => {
    const settings = parseSettings(
      sources({ 'wait-for': 'db:5432\napi:8080:http:/healthz, cache:6379/tcp\nworker:log:/ready, steady/', 'export-env': 'true', 'upload-logs': 'always', 'logs-max-size': '2m' }),
    );
    expect(settings.readiness).toEqual({
      waitFor: [
        { service: 'db', kind: 'tcp', port: 5432, text: 'db:5432' },
        { service: 'api', kind: 'http', port: 8080, path: '/healthz', text: 'api:8080:http:/healthz' },
        { service: 'cache', kind: 'tcp', port: 6379, text: 'cache:6379/tcp' },
        { service: 'worker', kind: 'log', pattern: 'ready, steady', text: 'worker:log:/ready, steady/' },
      ],
      exportEnv: true,
    });
    expect(settings.logs).toEqual({ upload: 'always', maxBytesPerService: 2 * 1024 ** 2 });
  });

  test('a symlink that leads out of the workspace is refused', () => {
    const problems = problemsOf({ 'compose-files': 'linked.yml' }, ['/ws/compose.yaml', '/ws/linked.yml'], { '/ws/linked.yml': '/etc/passwd' });
    expect(problems).toEqual(["compose-files: 'linked.yml' is outside the workspace /ws"]);
  });

  test('without compose-files, the default file and its override file, as Compose picks them', () => {
    const settings = parseSettings(sources({}, ['/ws/docker-compose.yml', '/ws/docker-compose.override.yml']));
    expect(settings.stack.files).toEqual(['docker-compose.yml', 'docker-compose.override.yml']);
  });

  test('no compose file anywhere names every name Compose looks for', () => {
    expect(problemsOf({}, ['/ws/README.md'])).toEqual([
      'compose-files: no compose file given and none found in /ws (looked for compose.yaml, compose.yml, docker-compose.yaml, docker-compose.yml)',
    ]);
  });

  test('every problem is reported at once', () => {
    const problems = problemsOf({ 'wait-timeout': 'x', 'project-name': 'UPPER', 'compose-files': 'a.yml' });
    expect(problems).toHaveLength(3);
    expect(new SettingsError(problems).message).toMatch(/^Invalid inputs:\n {2}- /);
  });
});

describe('project names', () => {
  test.each([
    ['Integration Tests', 'integration-tests'],
    ['build & test (ubuntu)', 'build-test-ubuntu'],
    ['---', ''],
    ['a'.repeat(40), 'a'.repeat(24)],
  ])('slug of %s', (text, slug) => expect(projectSlug(text)).toBe(slug));

  test('outside a runner the default is still valid and unique', () => {
    expect(defaultProjectName({}, 'ff00aa')).toBe('dsa-ff00aa');
  });

  test('splitList', () => {
    expect(splitList(' a,b\n\n c \n#x')).toEqual(['a', 'b', 'c']);
  });
});

describe('what Compose starts, and how', () => {
  test('services go into the stack (every compose call selects them), flags are judged and normalised', () => {
    const settings = parseSettings(sources({ services: 'web\nworker, web', 'up-flags': '-t 5', 'compose-flags': '--compatibility', build: 'always', pull: 'never' }));
    expect(settings.stack).toMatchObject({ services: ['web', 'worker'], composeFlags: ['--compatibility'] });
    expect(settings.compose).toEqual({ upFlags: ['--timeout=5'], build: 'always', pull: 'never' });
  });

  test('every problem named by its input', () => {
    expect(problemsOf({ services: 'web, -d, a b', 'up-flags': '--wait', 'compose-flags': '-p x', build: 'sometimes', pull: 'yes' })).toEqual([
      "services: '-d' is not a service name; use letters, digits, '.', '_' and '-', starting with a letter or digit",
      "services: 'a b' is not a service name; use letters, digits, '.', '_' and '-', starting with a letter or digit",
      "up-flags: '--wait' is refused: every start already waits for each service to be running and healthy; remove it",
      "compose-flags: '-p' is refused: use the project-name input",
      "build: 'sometimes' is not a policy; use missing, always, never",
      "pull: 'yes' is not a policy; use missing, always, never",
    ]);
  });
});
