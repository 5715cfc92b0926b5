import { describe, expect, test } from 'vitest';
import type { ComposeModel } from '../../../../src/compose/model.js';
import { HOST_ACCESS_RULES } from '../../../../src/policy/rules/host-access.js';
import { hitsOf, placed, ruleContext, WORKSPACE } from '../rule-context.js';

// docker-socket, host-path, devices: what a service mounts from the host, judged by where it
// really leads (symlinks followed, a named volume's driver options read).

const bind = (source: string, target: string, read_only = false) => ({ type: 'bind', source, target, ...(read_only ? { read_only } : {}) });

function mounts(entries: Array<{ written: string; mount: ReturnType<typeof bind> }>) {
  const yaml = `services:\n  app:\n    image: x\n    volumes:\n${entries.map((entry) => `      - ${entry.written}\n`).join('')}`;
  const model = { services: { app: { image: 'x', volumes: entries.map((entry) => entry.mount) } } } as unknown as ComposeModel;
  return { yaml, model };
}

describe('docker-socket and host-path', () => {
  test.each<[string, string, ReturnType<typeof bind>, 'docker-socket' | 'host-path']>([
    ['the socket itself', '/var/run/docker.sock:/var/run/docker.sock', bind('/var/run/docker.sock', '/var/run/docker.sock'), 'docker-socket'],
    ['its directory, read-only', '/run:/host-run:ro', bind('/run', '/host-run', true), 'docker-socket'],
    ['/etc', '/etc:/host-etc:ro', bind('/etc', '/host-etc', true), 'host-path'],
    // The root holds the socket: that is what makes it worst.
    ['the root', '/:/host', bind('/', '/host'), 'docker-socket'],
    ['/usr, writable', '/usr:/u', bind('/usr', '/u'), 'host-path'],
    ['a home directory', '/home/runner/.ssh:/keys:ro', bind('/home/runner/.ssh', '/keys', true), 'host-path'],
  ])('%s → %s', (_name, written, mount, rule) => {
    const { yaml, model } = mounts([{ written, mount }]);
    const context = ruleContext(yaml, { model });
    expect(placed(hitsOf(HOST_ACCESS_RULES, rule, context))).toEqual(['app@5']);
    const other = rule === 'docker-socket' ? 'host-path' : 'docker-socket';
    expect(hitsOf(HOST_ACCESS_RULES, other, context)).toEqual([]);
  });

  test.each([
    ['a directory of the workspace', './data:/data', bind(`${WORKSPACE}/data`, '/data')],
    ['the time zone, read-only', '/etc/localtime:/etc/localtime:ro', bind('/etc/localtime', '/etc/localtime', true)],
    ['CA certificates, read-only', '/etc/ssl/certs:/certs:ro', bind('/etc/ssl/certs', '/certs', true)],
    ['/usr read-only', '/usr/share:/share:ro', bind('/usr/share', '/share', true)],
    ['a path outside every protected directory', '/data/cache:/cache', bind('/data/cache', '/cache')],
  ])('%s passes', (_name, written, mount) => {
    const { yaml, model } = mounts([{ written, mount }]);
    const context = ruleContext(yaml, { model });
    expect([...hitsOf(HOST_ACCESS_RULES, 'docker-socket', context), ...hitsOf(HOST_ACCESS_RULES, 'host-path', context)]).toEqual([]);
  });

  test('a link in the workspace is judged where it leads, and the message says so', () => {
    const { yaml, model } = mounts([{ written: './sock:/var/run/docker.sock', mount: bind(`${WORKSPACE}/sock`, '/var/run/docker.sock') }]);
    const realPath = (file: string) => (file === `${WORKSPACE}/sock` ? '/var/run/docker.sock' : file);
    const [hit] = hitsOf(HOST_ACCESS_RULES, 'docker-socket', ruleContext(yaml, { model, realPath }));
    expect(hit!.message).toContain(`mounts ${WORKSPACE}/sock (a link to /var/run/docker.sock) at /var/run/docker.sock, which reaches the container runtime socket`);
  });

  test('the runner\'s own directories are protected when the environment names them', () => {
    const { yaml, model } = mounts([{ written: '${RUNNER_TEMP}:/t', mount: bind('/home/runner/work/_temp', '/t') }]);
    const [hit] = hitsOf(HOST_ACCESS_RULES, 'host-path', ruleContext(yaml, { model, env: { RUNNER_TEMP: '/home/runner/work/_temp' } }));
    expect(hit!.message).toContain("which reaches the runner's RUNNER_TEMP (/home/runner/work/_temp)");
  });

  test('a named volume whose driver options bind a host path is a host mount, pointed at its device', () => {
    const yaml = `services:
  app:
    image: x
    volumes:
      - root:/host
volumes:
  root:
    driver_opts:
      type: none
      o: bind
      device: /etc
`;
    const model = { services: { app: { image: 'x', volumes: [{ type: 'volume', source: 'root', target: '/host' }] } }, volumes: { root: { driver_opts: { type: 'none', o: 'bind', device: '/etc' } } } } as unknown as ComposeModel;
    const hits = hitsOf(HOST_ACCESS_RULES, 'host-path', ruleContext(yaml, { model }));
    expect(placed(hits)).toEqual(['app@11']);
    expect(hits[0]!.message).toContain('mounts volume root (driver_opts device /etc) at /host, which reaches the system directory /etc');
  });

  test('a remote volume (nfs) is no host mount', () => {
    const model = { services: { app: { image: 'x', volumes: [{ type: 'volume', source: 'share', target: '/s' }] } }, volumes: { share: { driver_opts: { type: 'nfs', o: 'addr=10.0.0.1', device: ':/export' } } } } as unknown as ComposeModel;
    expect(hitsOf(HOST_ACCESS_RULES, 'host-path', ruleContext('services: {}\n', { model }))).toEqual([]);
  });
});

describe('devices', () => {
  test('each host device at its entry, and device cgroup rules', () => {
    const yaml = `services:
  app:
    image: x
    devices:
      - /dev/sda:/dev/xvda:rwm
      - source: /dev/kvm
        target: /dev/kvm
    device_cgroup_rules:
      - 'b 8:* rmw'
  plain:
    image: x
`;
    const hits = hitsOf(HOST_ACCESS_RULES, 'devices', ruleContext(yaml));
    expect(placed(hits)).toEqual(['app@5', 'app@6', 'app@9']);
    expect(hits.map((hit) => hit.message.match(/host device (\S+):|device_cgroup_rules \(([^)]+)\)/)!.slice(1).find(Boolean))).toEqual(['/dev/sda', '/dev/kvm', 'b 8:* rmw']);
  });
});
