import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { ComposeConfigError, type ComposeCli } from '../../../src/compose/compose-cli.js';
import type { ComposeModel } from '../../../src/compose/model.js';
import { ComposeSourceError } from '../../../src/compose/positions.js';
import { displayPathFor, PolicyInputError, policyFailure, runPolicyCheck, type PolicyIo } from '../../../src/policy/check.js';
import { defaultPolicyConfig } from '../../../src/policy/config.js';
import type { StackTarget } from '../../../src/compose/target.js';
import { fixture, fixtureDir, recordedModel } from '../../fixtures/policy/fixtures.js';

const MiB = 1024 ** 2;

/** Compose as far as `config` goes: the recorded model, with any override's services merged in. */
class FakeCompose implements Pick<ComposeCli, 'config'> {
  readonly calls: string[][] = [];
  constructor(
    private readonly model: ComposeModel,
    private readonly io: MemoryIo,
  ) {}

  async config(_target: StackTarget, overrideFiles: string[] = []): Promise<ComposeModel> {
    this.calls.push(overrideFiles);
    const merged = structuredClone(this.model);
    for (const file of overrideFiles) {
      const override = parse(this.io.written.get(file)!) as { services: Record<string, Record<string, unknown>> };
      for (const [name, patch] of Object.entries(override.services)) Object.assign(merged.services[name]!, patch);
    }
    return merged;
  }
}

class MemoryIo implements PolicyIo {
  readonly written = new Map<string, string>();
  readText = (file: string): string => readFileSync(file, 'utf8');
  writeText(file: string, text: string): void {
    this.written.set(file, text);
  }
}

function setup(name: string, files?: string[]) {
  const entry = fixture(name);
  const io = new MemoryIo();
  const compose = new FakeCompose(recordedModel(entry), io);
  const target: StackTarget = { workingDirectory: fixtureDir(entry), files: files ?? entry.files, projectName: 'p', profiles: [], envFiles: [] };
  return { io, compose: compose as unknown as ComposeCli & FakeCompose, target };
}

describe('runPolicyCheck', () => {
  test('without remediation: one config call, findings counted, the reservation of the model', async () => {
    const { io, compose, target } = setup('resources');
    const result = await runPolicyCheck(compose, target, io, { config: defaultPolicyConfig(), displayBase: target.workingDirectory });
    expect(compose.calls).toEqual([[]]);
    expect(result.counts).toEqual({ error: 3, warning: 1, note: 1 });
    expect(result.overrideFile).toBeUndefined();
    expect(result.reservation.unlimited).toEqual(['unlimited']);
  });

  test('with default limits: the override is written, Compose reloads with it, injected services get notes', async () => {
    const { io, compose, target } = setup('remediation');
    const overridePath = '/tmp/run/override.yaml';
    const result = await runPolicyCheck(compose, target, io, {
      config: defaultPolicyConfig(),
      displayBase: target.workingDirectory,
      defaults: { memoryBytes: 256 * MiB, cpus: 1 },
      overridePath,
      memoryBudget: { bytes: 1024 * MiB, label: 'test' },
    });
    expect(compose.calls).toEqual([[], [overridePath]]);
    expect(result.overrideFile).toBe(overridePath);
    expect(parse(io.written.get(overridePath)!)).toEqual({
      services: {
        bare: { mem_limit: String(256 * MiB), cpus: 1 },
        'deploy-cpus': { deploy: { resources: { limits: { memory: String(256 * MiB) } } } },
        'legacy-cpus': { mem_limit: String(256 * MiB) },
      },
    });
    const memory = result.findings.filter((finding) => finding.rule === 'memory-limit');
    expect(memory.map((finding) => [finding.service, finding.severity])).toEqual([
      ['bare', 'note'],
      ['deploy-cpus', 'note'],
      ['legacy-cpus', 'note'],
    ]);
    expect(result.findings.filter((finding) => finding.rule === 'memory-limit' && finding.severity === 'error')).toEqual([]);
    expect(result.injected.map((entry) => entry.service)).toEqual(['bare', 'deploy-cpus', 'legacy-cpus']);
    // The reservation reads the reloaded model: complete's 1 GiB plus three injected limits.
    expect(result.reservation.totalBytes).toBe(1024 * MiB + 3 * 256 * MiB);
  });

  test('injection raises a service that declares more than the default, and a budget it overflows says by how much', async () => {
    const { io, compose, target } = setup('memory-fit');
    const overridePath = '/tmp/run/override.yaml';
    const result = await runPolicyCheck(compose, target, io, {
      config: defaultPolicyConfig(),
      displayBase: target.workingDirectory,
      defaults: { memoryBytes: 256 * MiB },
      overridePath,
      memoryBudget: { bytes: 8 * 1024 * MiB, label: 'test' },
    });
    // `unlimited` runs -Xmx1g: 1 GiB at 75 % is 1366 MiB, rounded up to 1408 MiB, not the default 256 MiB.
    expect(result.injected).toEqual([
      expect.objectContaining({ service: 'unlimited', memoryBytes: 1408 * MiB, memoryRaised: expect.objectContaining({ defaultBytes: 256 * MiB }) }),
    ]);
    expect(parse(io.written.get(overridePath)!)).toEqual({ services: { unlimited: { mem_limit: String(1408 * MiB) } } });
    expect(io.written.get(overridePath)).toContain('# Raised where a service declares more:\n#   unlimited: memory 1.38 GiB (raised from default-memory-limit 256 MiB: a JVM heap of 1 GiB (-Xmx1g in JAVA_OPTS)');
    const note = result.findings.find((finding) => finding.rule === 'memory-limit' && finding.service === 'unlimited')!;
    expect(note.severity).toBe('note');
    expect(note.message).toContain('the action injected 1.38 GiB (raised from default-memory-limit 256 MiB: a JVM heap of 1 GiB (-Xmx1g in JAVA_OPTS) needs 1.38 GiB with headroom');
    // The raised limit holds what the service declares: memory-fit has nothing to say about it.
    expect(result.findings.filter((finding) => finding.rule === 'memory-fit' && finding.service === 'unlimited')).toEqual([]);

    const tight = await runPolicyCheck(compose, target, io, {
      config: defaultPolicyConfig(),
      displayBase: target.workingDirectory,
      defaults: { memoryBytes: 256 * MiB },
      overridePath,
      memoryBudget: { bytes: result.reservation.totalBytes - 100 * MiB, label: 'test' },
    });
    const budget = tight.findings.find((finding) => finding.rule === 'memory-budget')!;
    expect(budget.message).toMatch(/, 100 MiB more than the budget of .*; largest: jvm-base 2 GiB \(\d+%\), unlimited 1\.38 GiB \(\d+%, injected and raised for what it declares\), /);
    expect(budget.message).toContain('The limits injected by default-memory-limit make up 1.38 GiB of it.');
  });

  test('with several services at the default, the budget message names a default that would fit', async () => {
    const { io, compose, target } = setup('remediation');
    const result = await runPolicyCheck(compose, target, io, {
      config: defaultPolicyConfig(),
      displayBase: target.workingDirectory,
      defaults: { memoryBytes: 512 * MiB },
      overridePath: '/tmp/run/override.yaml',
      memoryBudget: { bytes: 2 * 1024 * MiB, label: '75% of a small daemon' },
    });
    // complete's 1 GiB plus three injected 512 MiB is 2.5 GiB: 512 MiB over; 1 GiB left for three.
    const budget = result.findings.find((finding) => finding.rule === 'memory-budget')!;
    expect(budget.message).toContain('The stack reserves 2.5 GiB, 512 MiB more than the budget of 2 GiB (75% of a small daemon); largest: complete 1 GiB (40%), bare 512 MiB (20%, injected)');
    expect(budget.message).toContain('The limits injected by default-memory-limit make up 1.5 GiB of it (3 × 512 MiB); a default-memory-limit of 336 MiB or less would fit.');
  });

  test("the images' own HEALTHCHECK is read from the daemon the check is given", async () => {
    const { io, compose, target } = setup('health');
    const asked: string[] = [];
    const images = {
      inspectImage: async (reference: string) => {
        asked.push(reference);
        return reference === 'dsa-test/busybox:1' ? { id: 'sha256:b', healthcheck: { test: ['CMD', 'true'], intervalNs: 0, timeoutNs: 2e9, retries: 0, startPeriodNs: 0 } } : undefined;
      },
    };
    const result = await runPolicyCheck(compose, target, io, { config: defaultPolicyConfig(), displayBase: target.workingDirectory, images });
    expect(asked).toContain('dsa-test/busybox:1');
    // only-interval (busybox, interval 10s) takes its 2 s timeout from the image: no finding.
    expect(result.findings.filter((finding) => finding.service === 'only-interval' && finding.rule === 'healthcheck-timing')).toEqual([]);
    const without = await runPolicyCheck(compose, target, io, { config: defaultPolicyConfig(), displayBase: target.workingDirectory });
    expect(without.findings.filter((finding) => finding.service === 'only-interval' && finding.rule === 'healthcheck-timing')).toHaveLength(1);
  });

  test('paths are shown as given, other files relative to the display base', () => {
    const target: StackTarget = { workingDirectory: '/w/app', files: ['compose.yaml', '../shared/base.yaml'], projectName: 'p', profiles: [], envFiles: [] };
    const fromApp = displayPathFor(target, '/w/app');
    expect(fromApp('/w/app/compose.yaml')).toBe('compose.yaml');
    expect(fromApp('/w/shared/base.yaml')).toBe('../shared/base.yaml');
    expect(fromApp('/w/app/sub/included.yaml')).toBe('sub/included.yaml');
    expect(displayPathFor(target, '/w')('/w/app/compose.yaml')).toBe('app/compose.yaml');
  });

  test('a file Compose must not see is refused before Compose is called, named as given', async () => {
    const entry = fixture('clean');
    const io = new MemoryIo();
    const compose = new FakeCompose(recordedModel(entry), io);
    const root = path.resolve(fixtureDir(entry), '../../bad');
    const target: StackTarget = { workingDirectory: root, files: ['alias-bomb/compose.yaml'], projectName: 'p', profiles: [], envFiles: [] };
    await expect(runPolicyCheck(compose as unknown as ComposeCli, target, io, { config: defaultPolicyConfig(), displayBase: root })).rejects.toSatisfy(
      (error: unknown) => error instanceof ComposeSourceError && error.file === 'alias-bomb/compose.yaml' && /alias bomb/.test(error.message),
    );
    expect(compose.calls).toEqual([]);
  });

  test('a profile no service declares is bad input, also when the stack with every profile on does not load', async () => {
    const { io, compose, target } = setup('clean');
    const secret = 'hunter2-not-for-logs';
    // With every profile on, a service that was off fails to load, its value in Compose's message.
    const failingAll = {
      config: (stack: StackTarget, overrides: string[] = []) =>
        stack.profiles.includes('*') ? Promise.reject(new ComposeConfigError(['compose.yaml'], `service "off": invalid value ${secret}`)) : compose.config(stack, overrides),
    } as unknown as ComposeCli;
    const failure = runPolicyCheck(failingAll, { ...target, profiles: ['tset'] }, io, { config: defaultPolicyConfig(), displayBase: target.workingDirectory });
    await expect(failure).rejects.toThrow(new PolicyInputError(["profile 'tset' is declared by no service of compose.yaml (the declared ones could not be listed); Compose would start the stack without it"]));
    await expect(failure).rejects.not.toThrow(secret);
  });

  test('a suppression naming an unknown rule is bad input', async () => {
    const entry = fixture('clean');
    const io = new MemoryIo();
    const root = path.resolve(fixtureDir(entry), '../../bad');
    const target: StackTarget = { workingDirectory: root, files: ['unknown-suppression/compose.yaml'], projectName: 'p', profiles: [], envFiles: [] };
    await expect(
      runPolicyCheck(new FakeCompose(recordedModel(entry), io) as unknown as ComposeCli, target, io, { config: defaultPolicyConfig(), displayBase: root }),
    ).rejects.toThrow(new PolicyInputError(["unknown-suppression/compose.yaml:4: docker-stability-ignore names unknown rule 'memory-limits'"]));
  });
});

describe('policyFailure', () => {
  test.each([
    [{ error: 2, warning: 0, note: 0 }, 'error', 'The compose policy found 2 errors (policy: error)'],
    [{ error: 1, warning: 5, note: 0 }, 'error', 'The compose policy found 1 error (policy: error)'],
    [{ error: 0, warning: 5, note: 1 }, 'error', undefined],
    [{ error: 3, warning: 0, note: 0 }, 'warn', undefined],
    [{ error: 3, warning: 0, note: 0 }, 'off', undefined],
  ] as const)('%j under policy: %s', (counts, mode, expected) => {
    const failure = policyFailure(counts, mode);
    if (expected === undefined) expect(failure).toBeUndefined();
    else expect(failure).toContain(expected);
  });
});
