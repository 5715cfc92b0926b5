import { describe, expect, test } from 'vitest';
import { defaultPolicyConfig } from '../../../src/policy/config.js';
import { evaluateFixture, lineOf, MiB } from './support.js';

// memory-fit on its fixture: what each service declares against its limit, through list and map
// environment, string and list commands, an anchor, extends, include and a second -f file.
// Expected lines are read from the files by content, so a finding on the wrong line fails.

interface Case {
  service: string;
  severity: 'error' | 'warning';
  file?: string;
  snippet: string;
  occurrence?: number;
  /** What the message must say: the declared size, the limit, and a limit that fits. */
  says: RegExp;
}

const failing: Case[] = [
  { service: 'es', severity: 'error', snippet: '- ES_JAVA_OPTS=', says: /JVM heap of 512 MiB \(-Xmx512m in ES_JAVA_OPTS\), which reaches its 256 MiB memory limit \(compose\.yaml:11\).*mem_limit: 704m or more/ },
  { service: 'anchored', severity: 'error', snippet: 'JAVA_TOOL_OPTIONS: "-Dfile', says: /512 MiB \(-Xmx512m in JAVA_TOOL_OPTIONS\), which reaches its 512 MiB memory limit/ },
  { service: 'logstash', severity: 'error', file: 'ci.yaml', snippet: 'LS_JAVA_OPTS:', says: /256 MiB \(-Xmx256m in LS_JAVA_OPTS\), which reaches its 200 MiB memory limit.*mem_limit: 384m/ },
  { service: 'redis', severity: 'error', snippet: 'command: redis-server --appendonly', says: /Redis data \(maxmemory\) of up to 512 MiB \(--maxmemory 512mb in its command\), which reaches its 64 MiB memory limit/ },
  { service: 'redis-list', severity: 'warning', snippet: '- --maxmemory', says: /50 MiB \(--maxmemory 50mb in its command\), 78% of its 64 MiB memory limit.*mem_limit: 128m/ },
  { service: 'pg', severity: 'error', snippet: '"shared_buffers=1GB"', says: /shared_buffers and connections of 1\.1 GiB \(shared_buffers=1GB in its command, plus 100 connections × 1 MiB\), which reaches its 256 MiB/ },
  { service: 'mysql', severity: 'error', snippet: 'command: --innodb-buffer-pool-size=1G', says: /InnoDB buffer pool of 1 GiB .*reaches its 512 MiB memory limit.*mem_limit: 1408m/ },
  { service: 'node', severity: 'error', snippet: 'NODE_OPTIONS:', says: /Node\.js old space of 1 GiB \(--max-old-space-size=1024 in NODE_OPTIONS\), which reaches its 1 GiB memory limit/ },
  { service: 'tmpfs-big', severity: 'error', snippet: '- /var/lib/postgresql/data:size=1g', says: /tmpfs \/var\/lib\/postgresql\/data of 1 GiB, which reaches its 128 MiB memory limit.*tmpfs pages are charged/ },
  { service: 'shm-big', severity: 'error', snippet: 'shm_size: 2g', says: /\/dev\/shm of 2 GiB \(shm_size\), which reaches its 256 MiB memory limit/ },
  { service: 'together', severity: 'error', snippet: '"-Xmx320m"', says: /320 MiB .*tmpfs \/scratch of 256 MiB: 576 MiB together, which reaches its 512 MiB memory limit.*mem_limit: 768m/ },
  { service: 'close', severity: 'warning', snippet: 'exec java -Xmx256m', says: /416 MiB together, 81% of its 512 MiB memory limit.*mem_limit: 576m/ },
  { service: 'percent', severity: 'warning', snippet: 'JAVA_OPTS: -XX:MaxRAMPercentage=90', says: /JVM heap of 90% of its limit, 460\.8 MiB/ },
  { service: 'deploy-limit', severity: 'error', snippet: '"--maxmemory", "256mb"', says: /256 MiB .*reaches its 128 MiB memory limit \(compose\.yaml:102\)/ },
  // The heap is written in the service it extends; the limit in its own definition.
  { service: 'extended', severity: 'error', snippet: 'JAVA_OPTS: -Xmx1g', occurrence: 2, says: /1 GiB \(-Xmx1g in JAVA_OPTS\), which reaches its 256 MiB memory limit \(compose\.yaml:115\)/ },
  { service: 'inc-redis', severity: 'error', file: 'included.yaml', snippet: '"--maxmemory", "1gb"', says: /1 GiB .*reaches its 128 MiB memory limit \(included\.yaml:6\)/ },
];

const passing = ['redis-ok', 'pg-ok', 'node-ok', 'fits', 'jvm-base', 'unlimited'];

describe('memory-fit', () => {
  const findings = evaluateFixture('memory-fit').findings.filter((finding) => finding.rule === 'memory-fit');

  test.each(failing)('$service: $severity at "$snippet"', ({ service, severity, file = 'compose.yaml', snippet, occurrence, says }) => {
    const mine = findings.filter((finding) => finding.service === service);
    expect(mine).toHaveLength(1);
    expect(`${mine[0]!.file}:${mine[0]!.line}`).toBe(`${file}:${lineOf('memory-fit', file, snippet, occurrence)}`);
    expect(mine[0]!.severity).toBe(severity);
    expect(mine[0]!.message).toMatch(says);
  });

  test.each(passing)('%s passes', (service) => {
    expect(findings.filter((finding) => finding.service === service)).toEqual([]);
  });

  test('nothing else is reported', () => {
    expect(findings.map((finding) => finding.service).sort()).toEqual(failing.map((entry) => entry.service).sort());
  });

  test('the line is right through a -f file, the column at the value', () => {
    const logstash = findings.find((finding) => finding.service === 'logstash')!;
    expect(logstash.column).toBe('      LS_JAVA_OPTS: '.length + 1);
  });

  test('severity follows the configuration: note makes both tiers notes, off silences it', () => {
    const config = defaultPolicyConfig();
    config.rules['memory-fit'].severity = 'note';
    const notes = evaluateFixture('memory-fit', { config }).findings.filter((finding) => finding.rule === 'memory-fit');
    expect(new Set(notes.map((finding) => finding.severity))).toEqual(new Set(['note']));
    config.rules['memory-fit'].severity = 'off';
    expect(evaluateFixture('memory-fit', { config }).findings.filter((finding) => finding.rule === 'memory-fit')).toEqual([]);
  });

  test("the seed's test stack: the Redis maxmemory and the tmpfs against their limits", () => {
    const seed = evaluateFixture('seed').findings;
    expect(seed.filter((finding) => finding.severity === 'error').map((finding) => [finding.rule, finding.service, finding.line])).toEqual([
      ['memory-fit', 'db', lineOf('seed', 'compose.yaml', '- /var/lib/postgresql/data:size=1g')],
      ['memory-fit', 'cache', lineOf('seed', 'compose.yaml', '"--maxmemory", "512mb"')],
    ]);
    expect(seed.find((finding) => finding.service === 'cache')!.message).toContain('512 MiB (--maxmemory 512mb in its command), which reaches its 64 MiB memory limit');
    expect(seed.find((finding) => finding.service === 'db' && finding.rule === 'memory-fit')!.message).toContain('tmpfs /var/lib/postgresql/data of 1 GiB, which reaches its 128 MiB memory limit');
  });

  test('the budget counts each limit once: tmpfs sits inside it', () => {
    // The seed reserves 128 + 64 + 32 MiB, its 1 GiB tmpfs inside db's 128 MiB limit.
    const over = evaluateFixture('seed', { memoryBudget: { bytes: 200 * MiB, label: 'test' } }).findings.filter((finding) => finding.rule === 'memory-budget');
    expect(over.map((finding) => finding.message)).toEqual([expect.stringMatching(/^The stack reserves 224 MiB, 24 MiB more than the budget of 200 MiB \(test\); largest: db 128 MiB \(57%\), cache 64 MiB \(29%\), tests 32 MiB \(14%\)\./)]);
    expect(evaluateFixture('seed', { memoryBudget: { bytes: 224 * MiB, label: 'test' } }).findings.filter((finding) => finding.rule === 'memory-budget')).toEqual([]);
  });
});
