import { describe, expect, test } from 'vitest';
import { RESOURCE_RULES } from '../../../../src/policy/rules/resources.js';
import { hitsOf, placed, ruleContext } from '../rule-context.js';

// memory-limit, cpu-limit, tmpfs-size, memory-budget run directly on a context: who breaks
// them, who passes, where each finding points and what it says.

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;

const STACK = `services:
  bare:
    image: nginx:1.27
  limited:
    image: nginx:1.27
    mem_limit: "268435456"
    cpus: 0.5
  deployed:
    image: nginx:1.27
    deploy:
      resources:
        limits:
          memory: "134217728"
          cpus: "1"
`;

describe('memory-limit and cpu-limit', () => {
  test.each(['memory-limit', 'cpu-limit'] as const)('%s: only the service without one, at its key', (rule) => {
    const hits = hitsOf(RESOURCE_RULES, rule, ruleContext(STACK));
    expect(placed(hits)).toEqual(['bare@2']);
    expect(hits[0]!.severity).toBeUndefined();
  });

  test('a limit the action injected is a note saying what and why', () => {
    const injected = new Map([['bare', { memoryBytes: 512 * MiB, cpus: 1, memoryRaised: { defaultBytes: 256 * MiB, because: 'a JVM heap of 384 MiB' } }]]);
    const memory = hitsOf(RESOURCE_RULES, 'memory-limit', ruleContext(STACK, { injected }));
    expect(memory).toEqual([
      expect.objectContaining({ service: 'bare', severity: 'note', message: expect.stringContaining('the action injected 512 MiB (raised from default-memory-limit 256 MiB: a JVM heap of 384 MiB)') }),
    ]);
    const cpu = hitsOf(RESOURCE_RULES, 'cpu-limit', ruleContext(STACK, { injected }));
    expect(cpu).toEqual([expect.objectContaining({ severity: 'note', message: expect.stringContaining('the action injected 1 CPUs (default-cpu-limit)') })]);
  });

  test('a zero limit is no limit', () => {
    const hits = hitsOf(RESOURCE_RULES, 'memory-limit', ruleContext('services:\n  zero:\n    image: x\n    mem_limit: "0"\n'));
    expect(placed(hits)).toEqual(['zero@2']);
  });
});

describe('tmpfs-size', () => {
  const yaml = `services:
  app:
    image: x
    mem_limit: "268435456"
    tmpfs:
      - /sized:size=64m
      - /unsized
    volumes:
      - type: tmpfs
        target: /data
      - type: tmpfs
        target: /cache
        tmpfs:
          size: 1048576
`;
  test('each unsized mount, at its own entry, with the fix for how it was written', () => {
    const hits = hitsOf(RESOURCE_RULES, 'tmpfs-size', ruleContext(yaml));
    expect(placed(hits)).toEqual(['app@7', 'app@9']);
    expect(hits[0]!.message).toContain('write it as "/unsized:size=256m"');
    expect(hits[1]!.message).toContain('add tmpfs: {size: 256m} to the volume');
  });
});

describe('memory-budget', () => {
  const yaml = `services:
  db:
    image: postgres:15
    mem_limit: "1073741824"
  cache:
    image: redis:7
    mem_limit: "536870912"
  web:
    image: nginx:1.27
`;

  test('no budget known: a note on the stack, not a pass', () => {
    const hits = hitsOf(RESOURCE_RULES, 'memory-budget', ruleContext(yaml));
    expect(hits).toEqual([expect.objectContaining({ service: '', severity: 'note', message: expect.stringMatching(/^The memory budget was not checked/) })]);
  });

  test('within the budget: nothing', () => {
    expect(hitsOf(RESOURCE_RULES, 'memory-budget', ruleContext(yaml, { memoryBudget: { bytes: 2 * GiB, label: '2g' } }))).toEqual([]);
  });

  test('over it: by how much, the largest services, and that unlimited services make it a floor', () => {
    const [hit] = hitsOf(RESOURCE_RULES, 'memory-budget', ruleContext(yaml, { memoryBudget: { bytes: GiB, label: "75% of the daemon's 1.3 GiB" } }));
    expect(hit!.message).toBe(
      "The stack reserves 1.5 GiB (a floor: 1 service has no memory limit), 512 MiB more than the budget of 1 GiB (75% of the daemon's 1.3 GiB); largest: db 1 GiB (67%), cache 512 MiB (33%). Lower the limits (each covers its tmpfs and /dev/shm), or raise memory-budget.",
    );
    expect(placed([hit!])).toEqual(['@1']);
  });

  test('over it because of injected limits: which default-memory-limit would fit', () => {
    const model = { services: { a: { image: 'x', mem_limit: String(512 * MiB) }, b: { image: 'x', mem_limit: String(512 * MiB) }, c: { image: 'x', mem_limit: String(512 * MiB) } } };
    const injected = new Map([['b', { memoryBytes: 512 * MiB }], ['c', { memoryBytes: 512 * MiB }]]);
    const [hit] = hitsOf(RESOURCE_RULES, 'memory-budget', ruleContext('services:\n  a: {}\n  b: {}\n  c: {}\n', { model: model as never, injected, memoryBudget: { bytes: GiB, label: '1g' } }));
    expect(hit!.message).toContain('largest: a 512 MiB (33%), b 512 MiB (33%, injected), c 512 MiB (33%, injected).');
    expect(hit!.message).toContain('The limits injected by default-memory-limit make up 1 GiB of it (2 × 512 MiB); a default-memory-limit of 256 MiB or less would fit.');
  });

  test('when the fixed limits alone reach the budget, no default would fit', () => {
    const model = { services: { a: { image: 'x', mem_limit: String(GiB) }, b: { image: 'x', mem_limit: String(256 * MiB) } } };
    const [hit] = hitsOf(RESOURCE_RULES, 'memory-budget', ruleContext('services:\n  a: {}\n  b: {}\n', { model: model as never, injected: new Map([['b', { memoryBytes: 256 * MiB }]]), memoryBudget: { bytes: GiB, label: '1g' } }));
    expect(hit!.message).toContain('the other services alone reach the budget, so no default-memory-limit would fit.');
  });
});
