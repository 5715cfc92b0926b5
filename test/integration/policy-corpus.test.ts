import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ProcessCommandRunner } from '../../src/adapters/command-runner.js';
import { ComposeConfigError, DockerComposeCli } from '../../src/compose/compose-cli.js';
import { runPolicyCheck, type PolicyIo } from '../../src/policy/check.js';
import { defaultPolicyConfig } from '../../src/policy/config.js';
import type { Finding } from '../../src/policy/finding.js';
import { REPO_ROOT } from '../support/runner.js';

// Every compose file of the awesome-compose corpus (CC0; a copy in test/fixtures/corpus, so the
// check runs wherever the repository is cloned) through the real Compose and the whole check:
// none may crash, the one that needs a variable fails with Compose's own error, and every
// finding points at a line that holds what the rule is about.

const CORPUS = path.join(REPO_ROOT, 'test/fixtures/corpus/awesome-compose');
const compose = new DockerComposeCli(new ProcessCommandRunner());
const io: PolicyIo = {
  readText: (file) => readFileSync(file, 'utf8'),
  writeText: () => {
    throw new Error('the corpus check writes nothing');
  },
};

function corpusFiles(): Array<[string, string]> {
  return readdirSync(CORPUS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      readdirSync(path.join(CORPUS, entry.name))
        .filter((name) => /^(docker-)?compose\.ya?ml$/.test(name))
        .map((name): [string, string] => [entry.name, name]),
    )
    .sort(([a], [b]) => a.localeCompare(b));
}

/** What the line a finding points at must mention: its key, or the service when it is the fallback. */
const TOKENS: Record<string, RegExp> = {
  'memory-limit': /$^/,
  'cpu-limit': /$^/,
  healthcheck: /$^/,
  'tmpfs-size': /tmpfs|target/,
  'memory-budget': /^services:/,
  'healthcheck-timing': /interval|timeout|healthcheck/,
  'restart-policy': /restart|condition/,
  'port-conflict': /\d|target|ports/,
  'port-bind-all': /\d|target|ports/,
  'container-name': /container_name/,
  'image-tag': /image/,
  privileged: /privileged/,
  'docker-socket': /sock|source|target|type|:\//,
  'host-namespace': /host/,
  capabilities: /cap_add|[A-Z_]{3,}/,
  'unsafe-durability': /command|entrypoint|environment|=|--/,
  'memory-fit': /Xmx|MaxRAM|maxmemory|shared_buffers|buffer.pool|old.space|_OPTS|_OPTIONS|tmpfs|size|shm_size|target/,
  'fixed-name': /name:/,
  'host-path': /:\/|source|device|type|~|\.\./,
  devices: /dev|devices/,
  'security-opt': /seccomp|apparmor|label|systempaths|security_opt/,
  'dangerous-capabilities': /cap_add|[A-Z_]{3,}/,
  'cgroup-parent': /cgroup_parent/,
  sysctls: /sysctls|\w\.\w/,
  'foreign-container': /container:|network_mode|pid|ipc|volumes_from/,
  'outside-workspace': /include|file|env_file|context|build|\.\./,
};

function pointsAtItsValue(finding: Finding, lines: string[]): boolean {
  const text = lines[finding.line - 1] ?? '';
  const serviceKey = finding.service !== '' && text.trim().replace(/['"]/g, '').startsWith(`${finding.service}:`);
  const dependency = finding.rule === 'depends-on-healthy' && text.includes(/depends on (\S+),/.exec(finding.message)?.[1] ?? '\0');
  return serviceKey || dependency || (TOKENS[finding.rule] ?? /$^/).test(text);
}

describe('the awesome-compose corpus', () => {
  const files = corpusFiles();

  test('holds the 39 files', () => {
    expect(files).toHaveLength(39);
  });

  test.each(files)('%s/%s', async (dir, file) => {
    const workingDirectory = path.join(CORPUS, dir);
    const target = { workingDirectory, files: [file], projectName: 'dsa-corpus', profiles: [], envFiles: [] };
    const run = runPolicyCheck(compose, target, io, { config: defaultPolicyConfig(), memoryBudget: { bytes: 16 * 1024 ** 3, label: 'test' }, displayBase: workingDirectory });
    if (dir === 'plex') {
      const error = await run.catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ComposeConfigError);
      expect((error as Error).message).toMatch(/^Compose could not load compose\.yaml: .*PLEX_MEDIA_PATH/s);
      return;
    }
    const result = await run;
    expect(result.findings.length).toBeGreaterThan(0);
    const lines = readFileSync(path.join(workingDirectory, file), 'utf8').split('\n');
    for (const finding of result.findings) {
      expect(finding.file).toBe(file);
      expect(finding.line, `${finding.rule} ${finding.service}`).toBeGreaterThan(0);
      expect(pointsAtItsValue(finding, lines), `${finding.rule} ${finding.service} at line ${finding.line}: ${lines[finding.line - 1]}`).toBe(true);
    }
  });
});
