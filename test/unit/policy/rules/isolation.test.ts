import { describe, expect, test } from 'vitest';
import { ISOLATION_RULES, looseningOption } from '../../../../src/policy/rules/isolation.js';
import { hitsOf, placed, ruleContext } from '../rule-context.js';

// security-opt, dangerous-capabilities, cgroup-parent, sysctls, foreign-container: the walls
// between a container and the host or the daemon's other tenants.

describe('looseningOption', () => {
  test.each([
    ['seccomp=unconfined', 'turns the seccomp filter off: every system call reaches the host kernel'],
    ['seccomp:./profile.json', "replaces Docker's seccomp filter with the profile ./profile.json from the checked-out tree, which may allow anything"],
    ['apparmor=unconfined', 'turns AppArmor confinement off'],
    ['apparmor=docker-default', undefined],
    ['label=disable', 'turns SELinux separation off'],
    ['label:type:spc_t', 'turns SELinux separation off'],
    ['label=level:s0:c100,c200', undefined],
    ['systempaths=unconfined', expect.stringMatching(/^unmasks \/proc and \/sys/)],
    ['no-new-privileges:false', undefined],
    ['no-new-privileges', undefined],
  ])('%s → %s', (entry, why) => {
    expect(looseningOption(entry)).toEqual(why);
  });
});

const STACK = `name: p
services:
  loose:
    image: x
    security_opt:
      - no-new-privileges:true
      - seccomp=unconfined
    cap_add: [ALL, NET_BIND_SERVICE, cap_sys_admin]
    cgroup_parent: /system.slice
    sysctls:
      net.core.somaxconn: 1024
      net.core.rmem_max: 26214400
  listed:
    image: x
    sysctls:
      - kernel.msgmax=65536
      - net.ipv4.tcp_syncookies=1
  joiner:
    image: x
    network_mode: container:other-tenant
    pid: container:p-loose-1
    volumes_from:
      - container:someone-else:ro
      - loose
      - container:fixed
  fixed:
    image: x
    container_name: fixed
`;

describe('isolation rules', () => {
  test('security-opt: the loosening entry only, at its line', () => {
    const hits = hitsOf(ISOLATION_RULES, 'security-opt', ruleContext(STACK));
    expect(placed(hits)).toEqual(['loose@7']);
    expect(hits[0]!.message).toContain('seccomp=unconfined');
  });

  test('dangerous-capabilities: one finding per dangerous capability, named as the subject', () => {
    const hits = hitsOf(ISOLATION_RULES, 'dangerous-capabilities', ruleContext(STACK));
    expect(hits.map((hit) => [hit.service, hit.subject, hit.at.line])).toEqual([
      ['loose', 'ALL', 8],
      ['loose', 'SYS_ADMIN', 8],
    ]);
  });

  test('cgroup-parent: set and not empty', () => {
    expect(placed(hitsOf(ISOLATION_RULES, 'cgroup-parent', ruleContext(STACK)))).toEqual(['loose@9']);
    expect(hitsOf(ISOLATION_RULES, 'cgroup-parent', ruleContext('services:\n  a:\n    image: x\n    cgroup_parent: ""\n'))).toEqual([]);
  });

  test('sysctls: those outside the safe set, in mapping and list form, each at its entry', () => {
    const hits = hitsOf(ISOLATION_RULES, 'sysctls', ruleContext(STACK));
    expect(hits.map((hit) => [hit.service, hit.message.match(/kernel parameter (\S+),/)![1], hit.at.line])).toEqual([
      ['listed', 'kernel.msgmax', 16],
      ['loose', 'net.core.rmem_max', 12],
    ]);
  });

  test('foreign-container: namespaces and volumes of containers outside the project; its own are fine', () => {
    const hits = hitsOf(ISOLATION_RULES, 'foreign-container', ruleContext(STACK));
    expect(placed(hits)).toEqual(['joiner@20', 'joiner@23']);
    expect(hits[0]!.message).toContain('network_mode: container:other-tenant');
    expect(hits[1]!.message).toContain('mounts the volumes of container someone-else');
  });
});
