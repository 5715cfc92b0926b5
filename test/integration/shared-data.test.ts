// Other tenants' data on the real daemon: a developer's volume (made by hand, a file inside) and
// a dev stack's network, both used by a test stack under fixed names. The policy finds them before
// anything starts; the record taken before `up` names them; the teardown removes the stack's own
// volume, network and containers (anonymous volumes included) and keeps theirs, with their data.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ProcessCommandRunner } from '../../src/adapters/command-runner.js';
import { EngineApi } from '../../src/adapters/docker-api.js';
import { withOwnership } from '../../src/cleanup/ownership.js';
import { listDaemonResources, recordPreExisting } from '../../src/cleanup/pre-existing.js';
import { tearDown } from '../../src/cleanup/teardown.js';
import { DockerComposeCli } from '../../src/compose/compose-cli.js';
import { emptyOverride, renderOverride } from '../../src/compose/override.js';
import type { StackTarget } from '../../src/compose/target.js';
import { defaultPolicyConfig } from '../../src/policy/config.js';
import { runPolicyCheck } from '../../src/policy/check.js';
import { docker, requireImages } from '../support/docker.js';

const api = new EngineApi();
const compose = new DockerComposeCli(new ProcessCommandRunner());
const id = randomBytes(3).toString('hex');
const devVolume = `dsa-it-devdata-${id}`;
const devNetwork = `dsa-it-devnet-${id}`;
const devProject = `dsa-it-devproj-${id}`;
const dir = mkdtempSync(path.join(os.tmpdir(), 'dsa-shared-it-'));
const COMPOSE = `services:
  db:
    image: dsa-test/busybox:1
    command: ["sleep", "300"]
    volumes:
      - data:/data
      - own:/own
      - /anonymous
    networks: [front, default]
volumes:
  data:
    name: ${devVolume}
  own: {}
networks:
  front:
    name: ${devNetwork}
`;
writeFileSync(path.join(dir, 'compose.yaml'), COMPOSE);

const target = (project: string): StackTarget => ({ workingDirectory: dir, files: ['compose.yaml'], projectName: project, profiles: [], envFiles: [] });
const volumeFile = (): string => docker(['run', '--rm', '-v', `${devVolume}:/data`, 'dsa-test/busybox:1', 'cat', '/data/precious.txt']);
const exists = (kind: 'volume' | 'network', name: string): boolean => docker([kind, 'ls', '-q', '--filter', `name=^${name}$`]).length > 0;

beforeAll(() => {
  requireImages('dsa-test/busybox:1');
  docker(['volume', 'create', devVolume]);
  docker(['run', '--rm', '-v', `${devVolume}:/data`, 'dsa-test/busybox:1', 'sh', '-c', 'echo developer data > /data/precious.txt']);
  // As a dev stack that declared it would have made it: Compose's labels, another project.
  docker(['network', 'create', '--label', `com.docker.compose.project=${devProject}`, '--label', 'com.docker.compose.network=front', devNetwork]);
});

afterAll(() => {
  for (const [kind, name] of [['volume', devVolume], ['network', devNetwork]] as const) {
    try {
      docker([kind, 'rm', name]);
    } catch {
      // Already gone (a failed test).
    }
  }
});

/** `up` as the action does it: the stack's resources labelled with the run's owner through the override file. */
async function upOwned(project: string, owner: string): Promise<void> {
  const model = await compose.config(target(project));
  const override = path.join(dir, `${project}.override.yaml`);
  const [namespace, leaseId] = owner.split('/') as [string, string];
  writeFileSync(override, renderOverride(withOwnership(emptyOverride(), model, { namespace, id: leaseId })));
  await compose.up(target(project), { waitTimeoutMs: 60_000, overrideFiles: [override] });
}

describe('other tenants\' data on the real daemon', () => {
  test('the policy names the volume and the network at their lines, with whose they are', async () => {
    const project = `dsa-it-shpol-${id}`;
    const result = await runPolicyCheck(compose, target(project), { readText: (file) => (file.endsWith('compose.yaml') ? COMPOSE : ''), writeText: () => undefined }, {
      config: defaultPolicyConfig(),
      displayBase: dir,
      daemonResources: await listDaemonResources(api),
    });
    const shared = result.findings.filter((finding) => finding.rule === 'shared-resources').map((finding) => [finding.severity, finding.line, finding.message]);
    expect(shared).toEqual([
      ['error', 6, expect.stringContaining(`Service db uses volume ${devVolume} (volumes.data, name: ${devVolume}), which already exists on this daemon and is not this stack's (it was not created by Compose)`)],
      ['error', 9, expect.stringContaining(`Service db uses network ${devNetwork} (networks.front, name: ${devNetwork}), which already exists on this daemon and is not this stack's (it belongs to Compose project ${devProject})`)],
    ]);
  });

  test('teardown with the record: the stack\'s own volume, network and anonymous volume go; the developer\'s stay, with the file', async () => {
    const project = `dsa-it-shtd-${id}`;
    const owner = `it-${id}/L${id}`;
    try {
      const model = await compose.config(target(project));
      const preExisting = await recordPreExisting(api, model, project, Date.now());
      expect(preExisting.resources.map((resource) => `${resource.kind} ${resource.name} ${resource.project ?? '-'}`)).toEqual([`network ${devNetwork} ${devProject}`, `volume ${devVolume} -`]);
      await upOwned(project, owner);
      const anonymous = docker(['inspect', '--format', '{{range .Mounts}}{{if eq .Destination "/anonymous"}}{{.Name}}{{end}}{{end}}', `${project}-db-1`]);
      expect(anonymous).toMatch(/^[0-9a-f]{64}$/);

      const result = await tearDown({ compose, docker: api, now: Date.now }, target(project), { stopTimeoutSeconds: 0, timeoutMs: 60_000, owners: [owner], preExisting });
      expect(result.problems).toEqual([]);
      expect(result.swept?.removed.map((removal) => `${removal.resource.kind} ${removal.resource.name}`).sort()).toEqual([
        `container ${project}-db-1`,
        `network ${project}_default`,
        `volume ${project}_own`,
      ]);
      expect(result.kept).toEqual([
        { kind: 'network', name: devNetwork, why: `it existed before this run and is not ours (it belongs to Compose project ${devProject})` },
        { kind: 'volume', name: devVolume, why: 'it existed before this run and is not ours (it was not created by Compose)' },
      ]);
      expect(result.leftovers).toEqual({ containers: [], networks: [], volumes: [] });
      expect(exists('volume', anonymous)).toBe(false);
      expect(exists('network', devNetwork)).toBe(true);
      expect(volumeFile()).toBe('developer data');
    } finally {
      forceRemoveProjectKeeping(project);
    }
  });

  test('without a record (the CLI\'s down): only what carries the owner label goes; a grace period stops by name first', async () => {
    const project = `dsa-it-shnr-${id}`;
    const owner = `it-${id}/M${id}`;
    try {
      await upOwned(project, owner);
      // A volume of the same project that nobody recorded and that is not labelled ours.
      docker(['volume', 'create', '--label', `com.docker.compose.project=${project}`, `${project}-unrecorded`]);
      const result = await tearDown({ compose, docker: api, now: Date.now }, target(project), { stopTimeoutSeconds: 1, timeoutMs: 60_000, owners: [owner] });
      expect(result.problems).toEqual([]);
      expect(result.swept?.removed.map((removal) => removal.resource.name).sort()).toEqual([`${project}-db-1`, `${project}_default`, `${project}_own`]);
      expect(result.kept.map((kept) => kept.name)).toEqual([`${project}-unrecorded`]);
      expect(exists('volume', `${project}-unrecorded`)).toBe(true);
      expect(volumeFile()).toBe('developer data');
    } finally {
      docker(['volume', 'rm', `${project}-unrecorded`]);
      forceRemoveProjectKeeping(project);
    }
  });
});

/** After a failed test: the project's containers and its own volumes, never the shared ones. */
function forceRemoveProjectKeeping(project: string): void {
  const containers = docker(['ps', '-aq', '--filter', `label=com.docker.compose.project=${project}`]).split('\n').filter(Boolean);
  if (containers.length) docker(['rm', '-fv', ...containers]);
  for (const volume of docker(['volume', 'ls', '-q', '--filter', `label=com.docker.compose.project=${project}`]).split('\n').filter(Boolean)) {
    if (!volume.endsWith('-unrecorded')) docker(['volume', 'rm', volume]);
  }
  for (const network of docker(['network', 'ls', '-q', '--filter', `label=com.docker.compose.project=${project}`]).split('\n').filter(Boolean)) docker(['network', 'rm', network]);
}
