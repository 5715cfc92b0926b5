// Memory as the kernel charges it, on the real daemon through `docker-stability run`: a service
// that runs a JVM heap (JAVA_TOOL_OPTIONS=-Xmx96m; no JVM image can be pulled, and the policy
// reads the variable, not the program) gets an injected limit above its heap instead of the 32 MiB
// default, and the container runs with that limit; a limited service whose tmpfs is as large as
// its limit is admitted for its limit, not for limit plus tmpfs. Both read from the daemon (docker
// inspect, the lease record's label), not from the code under test.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EngineApi } from '../../src/adapters/docker-api.js';
import { ProcessCommandRunner } from '../../src/adapters/command-runner.js';
import { DockerComposeCli } from '../../src/compose/compose-cli.js';
import { runPolicyCheck } from '../../src/policy/check.js';
import { defaultPolicyConfig } from '../../src/policy/config.js';
import { docker, forceRemoveProject, NOTHING_LEFT, projectResources, requireImages } from '../support/docker.js';
import { removeNamespace, startCli, uniqueNamespace } from './lease-helpers.js';

const MiB = 1024 ** 2;
const ns = uniqueNamespace('memfit');
const project = `dsa-memfit-${ns.slice(-8)}`;
const IDLE = `["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done"]`;
/** An image of our own with a HEALTHCHECK, built from the local busybox (nothing is pulled). */
const HEALTHY_IMAGE = `dsa-memfit-${ns.slice(-8)}/health:1`;

beforeAll(() => requireImages('dsa-test/busybox:1'));
afterAll(() => {
  forceRemoveProject(project);
  removeNamespace(ns);
  try {
    docker(['rmi', HEALTHY_IMAGE]);
  } catch {
    // Not built (the test did not get that far).
  }
});

function stackDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dsa-memfit-'));
  writeFileSync(
    path.join(dir, 'compose.yaml'),
    [
      'services:',
      '  jvm:',
      '    image: dsa-test/busybox:1',
      `    command: ${IDLE}`,
      '    network_mode: none',
      '    environment:',
      '      JAVA_TOOL_OPTIONS: "-Dfile.encoding=UTF-8 -Xmx96m"',
      '  scratch:',
      '    image: dsa-test/busybox:1',
      `    command: ${IDLE}`,
      '    network_mode: none',
      '    mem_limit: 64m',
      '    cpus: 0.25',
      '    tmpfs:',
      '      - /scratch:size=64m',
      '',
    ].join('\n'),
  );
  return dir;
}

/** What the command run inside the stack's lifetime prints: the daemon's view of limits and lease. */
const PROBE = [
  `for s in jvm scratch; do echo "limit $s $(docker inspect --format '{{.HostConfig.Memory}}' $(docker ps -q --filter label=com.docker.compose.project=${project} --filter label=com.docker.compose.service=$s))"; done`,
  `docker ps -a --filter label=docker-stability.lease.project=${project} --format 'lease {{.Names}} {{.Label "docker-stability.lease.memory-bytes"}}'`,
].join('; ');

describe('memory as the kernel charges it', () => {
  test('injection raises a JVM service above its heap; a tmpfs as large as the limit is reserved inside it', async () => {
    const cwd = stackDir();
    const run = startCli(
      ['run', '-p', project, '--namespace', ns, '--default-memory-limit', '32m', '--default-cpu-limit', '0.25', '--policy', 'warn', '--memory-budget', '4g', '--wait-timeout', '60s', '--report', 'report.json', '--', 'sh', '-c', PROBE],
      { cwd },
    );
    const code = await run.exited;
    expect(code, run.stderr().slice(-3000)).toBe(0);
    const out = run.stdout();

    // fittingLimit(96 MiB): the heap at 75 % of the limit is 128 MiB, not the 32 MiB default.
    expect(out).toContain(`limit jvm ${128 * MiB}`);
    expect(out).toContain(`limit scratch ${64 * MiB}`);
    expect(run.stderr()).toContain('Injected into jvm: memory 128 MiB (raised from default-memory-limit 32 MiB: a JVM heap of 96 MiB (-Xmx96m in JAVA_TOOL_OPTIONS) needs 128 MiB with headroom');

    // The lease the daemon holds: 128 MiB + 64 MiB; scratch's 64 MiB tmpfs is inside its limit.
    const leases = out.split('\n').filter((line) => line.startsWith('lease ') && line.includes('.held.'));
    expect(leases).toHaveLength(1);
    expect(Number(leases[0]!.split(' ')[2])).toBe(192 * MiB);

    const report = JSON.parse(readFileSync(path.join(cwd, 'report.json'), 'utf8')) as { stack: { reservationBytes: number }; lease: { ownBytes: number } };
    expect(report.stack.reservationBytes).toBe(192 * MiB);
    expect(report.lease.ownBytes).toBe(192 * MiB);
    // The policy said so too, at the tmpfs entry: it reaches scratch's limit (reported; policy: warn).
    expect(run.stderr()).toMatch(/error \(compose\.yaml:15:\d+\): scratch declares tmpfs \/scratch of 64 MiB, which reaches its 64 MiB memory limit \(compose\.yaml:12\)/);
    expect(projectResources(project)).toEqual(NOTHING_LEFT);
  });
});

describe("the images' own HEALTHCHECK, from the daemon", () => {
  test('a timeout the image sets is used; an image the daemon lacks is unknown', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dsa-memfit-image-'));
    writeFileSync(path.join(dir, 'Dockerfile'), 'FROM dsa-test/busybox:1\nHEALTHCHECK --interval=7s --timeout=2s --start-period=15s CMD true\n');
    docker(['build', '-q', '-t', HEALTHY_IMAGE, dir], 120_000);
    const api = new EngineApi();
    expect(await api.inspectImage(HEALTHY_IMAGE)).toMatchObject({ healthcheck: { test: ['CMD-SHELL', 'true'], intervalNs: 7e9, timeoutNs: 2e9, startPeriodNs: 15e9 } });
    expect(await api.inspectImage(`dsa-memfit-absent-${ns.slice(-8)}/none:1`)).toBeUndefined();

    writeFileSync(
      path.join(dir, 'compose.yaml'),
      [
        'services:',
        '  local:',
        `    image: ${HEALTHY_IMAGE}`,
        '    healthcheck:',
        '      interval: 10s',
        '  absent:',
        `    image: dsa-memfit-absent-${ns.slice(-8)}/none:1`,
        '    healthcheck:',
        '      test: ["CMD", "true"]',
        '      interval: 10s',
        '',
      ].join('\n'),
    );
    const result = await runPolicyCheck(
      new DockerComposeCli(new ProcessCommandRunner()),
      { workingDirectory: dir, files: ['compose.yaml'], projectName: project, profiles: [], envFiles: [] },
      { readText: (file) => readFileSync(file, 'utf8'), writeText: () => undefined },
      { config: defaultPolicyConfig(), displayBase: dir, images: api },
    );
    const timing = result.findings.filter((finding) => finding.rule === 'healthcheck-timing');
    // local's 2 s timeout comes from its image: below the 10 s interval, nothing to say.
    expect(timing.map((finding) => finding.service)).toEqual(['absent']);
    expect(timing[0]!.message).toContain("Docker's default unless the image's own HEALTHCHECK sets another: unknown, as the image is not on this daemon");
  });
});
