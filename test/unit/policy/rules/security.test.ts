import { describe, expect, test } from 'vitest';
import { defaultPolicyConfig } from '../../../../src/policy/config.js';
import { SECURITY_RULES } from '../../../../src/policy/rules/security.js';
import { hitsOf, placed, ruleContext } from '../rule-context.js';

// privileged, host-namespace, capabilities: the ways a compose file reaches the host itself.

const STACK = `services:
  priv:
    image: x
    privileged: true
  unpriv:
    image: x
    privileged: false
  hostnet:
    image: x
    network_mode: host
    pid: host
    uts: host
  bridged:
    image: x
    network_mode: bridge
    ipc: shareable
  caps:
    image: x
    cap_add: [SYS_ADMIN, CAP_CHOWN, fowner]
`;

describe('security rules', () => {
  test('privileged: only privileged: true, at the value', () => {
    expect(placed(hitsOf(SECURITY_RULES, 'privileged', ruleContext(STACK)))).toEqual(['priv@4']);
  });

  test('host-namespace: one finding per namespace shared with the host, none for other modes', () => {
    const hits = hitsOf(SECURITY_RULES, 'host-namespace', ruleContext(STACK));
    expect(placed(hits)).toEqual(['hostnet@10', 'hostnet@11', 'hostnet@12']);
    expect(hits.map((hit) => hit.message.match(/sets (\w+): host, sharing the runner's ([^:]+):/)!.slice(1))).toEqual([
      ['network_mode', 'network'],
      ['pid', 'processes'],
      ['uts', 'host name'],
    ]);
  });

  test('capabilities: the added ones that are not dangerous (those are another rule\'s), names normalised', () => {
    const hits = hitsOf(SECURITY_RULES, 'capabilities', ruleContext(STACK));
    expect(hits).toEqual([expect.objectContaining({ service: 'caps', message: expect.stringMatching(/^Service caps adds CHOWN, FOWNER, widening/) })]);
    expect(placed(hits)).toEqual(['caps@19']);
  });

  test('capabilities the policy configuration allows are not reported', () => {
    const config = defaultPolicyConfig();
    config.capabilities.allow = ['CHOWN', 'FOWNER'];
    expect(hitsOf(SECURITY_RULES, 'capabilities', ruleContext(STACK, { config }))).toEqual([]);
  });
});
