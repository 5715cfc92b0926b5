import { describe, expect, test } from 'vitest';
import type { DaemonResources } from '../../../../src/compose/declared-resources.js';
import type { ComposeModel } from '../../../../src/compose/model.js';
import { defaultPolicyConfig } from '../../../../src/policy/config.js';
import { SHARED_RESOURCE_RULES } from '../../../../src/policy/rules/shared-resources.js';
import { hitsOf, placed, ruleContext } from '../rule-context.js';

// shared-resources: a volume or network the stack would use without owning it — external on
// purpose (a warning), or under a fixed name the daemon already has for someone else.

const YAML = `name: p1
services:
  db:
    image: x
    volumes:
      - shared:/var/lib/data
      - type: volume
        source: own
        target: /own
    networks: [corp]
volumes:
  shared:
    name: team-data
  own: {}
networks:
  corp:
    external: true
`;
const MODEL = {
  name: 'p1',
  services: {
    db: {
      image: 'x',
      volumes: [
        { type: 'volume', source: 'shared', target: '/var/lib/data' },
        { type: 'volume', source: 'own', target: '/own' },
      ],
      networks: { corp: null },
    },
  },
  volumes: { shared: { name: 'team-data' }, own: { name: 'p1_own' } },
  networks: { corp: { name: 'corp', external: true } },
} as unknown as ComposeModel;

const resource = (kind: 'volume' | 'network', name: string, labels: Record<string, string> = {}) => ({ kind, name, id: name, labels });
const daemon = (volumes: ReturnType<typeof resource>[], networks: ReturnType<typeof resource>[] = []): DaemonResources => ({ volumes, networks });

describe('shared-resources', () => {
  test('without a daemon: only the external network, where the service joins it', () => {
    const hits = hitsOf(SHARED_RESOURCE_RULES, 'shared-resources', ruleContext(YAML, { model: MODEL }));
    expect(placed(hits)).toEqual(['db@10']);
    expect(hits[0]!.message).toMatch(/^Service db uses the external network corp \(networks\.corp\): it belongs to someone else/);
  });

  test('an external resource the daemon lacks: the stack will not start, said too', () => {
    const [hit] = hitsOf(SHARED_RESOURCE_RULES, 'shared-resources', ruleContext(YAML, { model: MODEL, daemon: daemon([]) }));
    expect(hit!.message).toContain('It does not exist on this daemon, so the stack will not start.');
  });

  test.each([
    ['error', 'warning'],
    ['warning', undefined],
    ['note', undefined],
  ] as const)('external is a choice: configured as %s, it is reported as %s at most', (configured, reported) => {
    const config = defaultPolicyConfig();
    config.rules['shared-resources'].severity = configured;
    const [hit] = hitsOf(SHARED_RESOURCE_RULES, 'shared-resources', ruleContext(YAML, { model: MODEL, config }));
    expect(hit!.severity).toBe(reported);
  });

  test.each([
    ['another project\'s', { 'com.docker.compose.project': 'dev' }, 'it belongs to Compose project dev'],
    ['not made by Compose', {}, 'it was not created by Compose'],
    ['a label that is not a project name', { 'com.docker.compose.project': 'Evil Name; rm -rf' }, 'it belongs to another Compose project'],
  ])('a fixed name the daemon has, %s: reported at the mount, saying whose', (_name, labels, whose) => {
    const hits = hitsOf(SHARED_RESOURCE_RULES, 'shared-resources', ruleContext(YAML, { model: MODEL, daemon: daemon([resource('volume', 'team-data', labels)], [resource('network', 'corp')]) }));
    expect(placed(hits)).toEqual(['db@6', 'db@10']);
    expect(hits[0]!.message).toContain(`uses volume team-data (volumes.shared, name: team-data), which already exists on this daemon and is not this stack's (${whose})`);
    expect(hits[0]!.message).toContain('Remove name: so Compose scopes it to the project (p1_shared)');
  });

  test('a fixed name the daemon has for this very project is its own', () => {
    const hits = hitsOf(SHARED_RESOURCE_RULES, 'shared-resources', ruleContext(YAML, { model: MODEL, daemon: daemon([resource('volume', 'team-data', { 'com.docker.compose.project': 'p1' })], [resource('network', 'corp')]) }));
    expect(placed(hits)).toEqual(['db@10']);
  });
});
