import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkPolicy, tellPolicy, type PolicyOutcome } from '../../../../src/app/phases/policy.js';
import type { ComposeModel } from '../../../../src/compose/model.js';
import { probeEngine } from '../../../../src/preflight/daemon.js';
import { RUN_DIR, settingsOf, type World } from '../pipeline-support.js';
import { world, WORKSPACE, type WorldOptions } from '../world.js';

// The policy phase: the mode decides whether findings fail the start, the SARIF file is never
// written through a link, the workflow lint joins when asked, and what the daemon cannot say
// is a warning. Telling is separate from checking (the check runs beside the daemon probe).

const PRIVILEGED = { name: 'p', services: { db: { image: 'postgres:15', mem_limit: '268435456', cpus: 1, privileged: true } } } as ComposeModel;

async function policy(options: WorldOptions, arrange?: (w: World) => void): Promise<{ w: World; outcome: PolicyOutcome }> {
  const w = world(options);
  arrange?.(w);
  const engine = await probeEngine(w.docker, () => w.clock.now());
  const outcome = await checkPolicy(w.deps, settingsOf(w), { workspace: WORKSPACE, overridePath: `${RUN_DIR}/docker-stability.override.yaml`, engine });
  return { w, outcome };
}

function told(outcome: PolicyOutcome): string[] {
  const lines: string[] = [];
  const log = {
    info: (line: string) => void lines.push(line),
    notice: () => undefined,
    warning: () => undefined,
    error: () => undefined,
  };
  tellPolicy(log as never, outcome);
  return lines;
}

describe('checkPolicy', () => {
  test.each([
    { mode: 'error', failure: /^The compose policy found 1 error \(policy: error\)/, findings: 1 },
    { mode: 'warn', failure: undefined, findings: 1 },
    { mode: 'off', failure: undefined, findings: 0 },
  ])('policy: $mode with a privileged service → fails: $failure', async ({ mode, failure, findings }) => {
    const { outcome } = await policy({ model: PRIVILEGED, inputs: { policy: mode } });
    if (failure) expect(outcome.failure).toMatch(failure);
    else expect(outcome.failure).toBeUndefined();
    expect(outcome.findings.filter((finding) => finding.severity === 'error')).toHaveLength(findings);
    expect(outcome.section.mode).toBe(mode);
    // Whatever the mode, the model and the override come out of it: the rest of the start needs them.
    expect(Object.keys(outcome.check.model.services)).toEqual(['db']);
  });

  test('policy: off says so instead of counts', async () => {
    const { outcome } = await policy({ model: PRIVILEGED, inputs: { policy: 'off' } });
    expect(told(outcome)).toContain('Policy: off (rules not applied).');
  });

  test('the SARIF file goes where sarif-file says, under the workspace, and is said', async () => {
    const { w, outcome } = await policy({ inputs: { 'sarif-file': 'reports/policy.sarif' } });
    expect(outcome.sarifFile).toBe(`${WORKSPACE}/reports/policy.sarif`);
    expect(JSON.parse(w.files.readText(outcome.sarifFile!)!)).toMatchObject({ version: '2.1.0' });
    expect(told(outcome).at(-1)).toBe(`SARIF written to ${WORKSPACE}/reports/policy.sarif.`);
  });

  test('a SARIF path that is a symbolic link is refused with a way out, never written through', async () => {
    const attempt = policy({ inputs: { 'sarif-file': 'policy.sarif' } }, (w) => {
      const writeText = w.files.writeText;
      w.files.writeText = (file: string, text: string, options?: { noFollow?: boolean }) => {
        if (file.endsWith('policy.sarif') && options?.noFollow) throw Object.assign(new Error('ELOOP: too many symbolic links'), { code: 'ELOOP' });
        writeText(file, text);
      };
    });
    await expect(attempt).rejects.toThrow('sarif-file: policy.sarif is a symbolic link; the SARIF report is not written through a link, which could lead out of the workspace. Remove the link or name another file.');
  });

  test('other write errors go up as they are', async () => {
    const attempt = policy({ inputs: { 'sarif-file': 'policy.sarif' } }, (w) => {
      w.files.writeText = () => {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      };
    });
    await expect(attempt).rejects.toThrow(/^EACCES: permission denied$/);
  });

  test('check-workflows: the workflow files of the workspace are linted with the same configuration', async () => {
    const workflow = readFileSync('test/fixtures/workflows/direct.yml', 'utf8');
    const { outcome } = await policy({ inputs: { 'check-workflows': 'true' } }, (w) => {
      w.files.writeText(`${WORKSPACE}/.github/workflows/ci.yml`, workflow);
      w.files.writeText(`${WORKSPACE}/.github/workflows/notes.txt`, 'docker compose up -d');
    });
    const files = new Set(outcome.findings.filter((finding) => finding.file.startsWith('.github/')).map((finding) => finding.file));
    expect(files).toEqual(new Set(['.github/workflows/ci.yml']));
  });

  test('a daemon that cannot list volumes and networks: a warning, and the check goes on', async () => {
    const { w, outcome } = await policy({}, (w) => {
      w.docker.listNetworks = async () => {
        throw new Error('timed out');
      };
    });
    expect(w.events).toContain("warning: Could not list the daemon's volumes and networks (timed out); shared-resources judges only external ones.");
    expect(outcome.failure).toBeUndefined();
  });

  test('the stack\'s secret values are known to the redactor once the model is loaded', async () => {
    const model = { name: 'p', services: { db: { image: 'postgres:15', mem_limit: '268435456', cpus: 1, environment: { POSTGRES_PASSWORD: 'correct-horse-battery' } } } } as ComposeModel;
    const { w } = await policy({ model });
    expect(w.deps.runtime.redactor.redact('login with correct-horse-battery')).toBe('login with ***');
  });
});

describe('tellPolicy', () => {
  test('what was injected and standardised, what was skipped, then the counts', async () => {
    const { outcome } = await policy({});
    const lines = told({
      ...outcome,
      accepted: 'Baseline: 2 accepted in accepted.json (reported as notes); 0 new.',
      check: {
        ...outcome.check,
        injected: [],
        standardised: [{ service: 'db', field: 'interval', before: '30s', after: '2s' }],
        startIntervalSkipped: ['db'],
      },
      counts: { error: 0, warning: 2, note: 1 },
    } as PolicyOutcome);
    expect(lines).toEqual([
      'Baseline: 2 accepted in accepted.json (reported as notes); 0 new.',
      'Health check of db: interval 30s → 2s',
      expect.stringMatching(/^Health check start-interval not applied to db: this daemon's engine does not support start_interval/),
      'Policy: 0 errors, 2 warnings, 1 notes.',
    ]);
  });
});
