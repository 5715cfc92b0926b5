import { describe, expect, test } from 'vitest';
import { MEMORY_FIT_RULES } from '../../../../src/policy/rules/memory-fit.js';
import { hitsOf, placed, ruleContext } from '../rule-context.js';

// memory-fit: what a service tells its programs to hold, its sized tmpfs and /dev/shm, against
// the memory limit that every byte of it is charged to.

const MiB = 1024 ** 2;

function service(body: string, extra = ''): string {
  return `services:\n  app:\n    image: app:1\n    mem_limit: "${512 * MiB}"\n${body}${extra}`;
}

describe('memory-fit', () => {
  test.each([
    ['a heap well inside the limit', '    environment:\n      JAVA_TOOL_OPTIONS: -Xmx256m\n', []],
    ['no limit: nothing to fit into (memory-limit says so)', '', []],
  ])('%s → nothing', (_name, body, expected) => {
    expect(hitsOf(MEMORY_FIT_RULES, 'memory-fit', ruleContext(service(body)))).toEqual(expected);
  });

  test('a heap that reaches the limit is an error at the variable, with a limit that fits', () => {
    const [hit, ...rest] = hitsOf(MEMORY_FIT_RULES, 'memory-fit', ruleContext(service('    environment:\n      JAVA_TOOL_OPTIONS: -Xmx512m -Dfoo=secret-ish\n')));
    expect(rest).toEqual([]);
    expect(hit!.severity).toBeUndefined();
    expect(hit!.at.line).toBe(6);
    expect(hit!.message).toMatch(/^app declares a JVM heap of 512 MiB \(-Xmx512m in JAVA_TOOL_OPTIONS\), which reaches its 512 MiB memory limit \(compose\.yaml:4\): the JVM grows its heap/);
    expect(hit!.message).toContain('Set mem_limit: 704m or more (the declared 512 MiB is then at most 75% of it)');
    // Only the switch is repeated, never the rest of the variable.
    expect(hit!.message).not.toContain('secret-ish');
  });

  test('above 75% but below the limit: a warning (when the rule is an error), saying how far', () => {
    const [hit] = hitsOf(MEMORY_FIT_RULES, 'memory-fit', ruleContext(service('    command: ["redis-server", "--maxmemory", "400mb"]\n')));
    expect(hit!.severity).toBe('warning');
    expect(hit!.message).toMatch(/^app declares Redis .*400 MiB.*, 78% of its 512 MiB memory limit/);
    expect(hit!.message).toContain('or lower the declared size to 384 MiB or less');
    expect(hit!.at.line).toBe(5);
  });

  test('several needs together: their sum, pointed at the largest', () => {
    const yaml = service('    shm_size: "134217728"\n    tmpfs:\n      - /scratch:size=128m\n    environment:\n      JAVA_TOOL_OPTIONS: -Xmx256m\n');
    const [hit] = hitsOf(MEMORY_FIT_RULES, 'memory-fit', ruleContext(yaml));
    expect(hit!.message).toContain('a JVM heap of 256 MiB (-Xmx256m in JAVA_TOOL_OPTIONS), tmpfs /scratch of 128 MiB, /dev/shm of 128 MiB (shm_size): 512 MiB together, which reaches its 512 MiB memory limit');
    expect(placed([hit!])).toEqual(['app@9']);
  });

  test('a tmpfs larger than the limit on its own: a finding of its own at the mount', () => {
    const [hit] = hitsOf(MEMORY_FIT_RULES, 'memory-fit', ruleContext(service('    tmpfs:\n      - /data:size=1g\n')));
    expect(hit!.message).toMatch(/^app declares tmpfs \/data of 1 GiB, which reaches its 512 MiB memory limit .*: writing that much to it gets the container OOM-killed/);
    expect(hit!.at.line).toBe(6);
  });

  test('a limit default-memory-limit injected is named as such', () => {
    const injected = new Map([['app', { memoryBytes: 512 * MiB }]]);
    const [hit] = hitsOf(MEMORY_FIT_RULES, 'memory-fit', ruleContext(service('    environment:\n      JAVA_TOOL_OPTIONS: -Xmx600m\n'), { injected }));
    expect(hit!.message).toContain('its 512 MiB memory limit (injected by default-memory-limit)');
  });
});
