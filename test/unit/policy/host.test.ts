import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { isWithin, resolveExisting } from '../../../src/core/paths.js';
import { hostFacts, judgeHostPath } from '../../../src/policy/host.js';

// Where a bind source really leads, and what the policy makes of it: a fake file system of
// links (each link → its target), a runner's environment.

const LINKS: Record<string, string> = {
  '/var/run': '/run',
  '/home/runner/work/repo/repo/sock': '/var/run/docker.sock',
  '/home/runner/work/repo/repo/up': '/',
  '/home/runner/work/repo/repo/tz': '/etc/localtime',
  '/etc/localtime': '/usr/share/zoneinfo/Etc/UTC',
  '/etc/resolv.conf': '/run/systemd/resolve/stub-resolv.conf',
  '/home/runner/work/repo/repo/data-link': '/home/runner/work/repo/repo/data',
};

/** realpath over LINKS, following links inside link targets too; missing paths resolve to themselves. */
function realPath(absolute: string): string {
  for (let depth = 0, current = absolute; depth < 10; depth += 1) {
    const link = Object.keys(LINKS).find((from) => isWithin(from, current));
    if (!link) return current;
    current = path.join(LINKS[link]!, path.relative(link, current));
    if (depth === 9) return current;
  }
  return absolute;
}

const WORKSPACE = '/home/runner/work/repo/repo';
const facts = hostFacts({
  workspace: WORKSPACE,
  env: { HOME: '/home/runner', RUNNER_WORKSPACE: '/home/runner/work/repo', RUNNER_TEMP: '/home/runner/work/_temp', RUNNER_TOOL_CACHE: '/opt/hostedtoolcache' },
  realPath,
});

describe('resolveExisting', () => {
  test.each([
    ['a path without links', '/srv/data/x', '/srv/data/x'],
    ['a link itself', `${WORKSPACE}/sock`, '/run/docker.sock'],
    ['a missing file below a linked directory', `${WORKSPACE}/up/etc/new.sarif`, '/etc/new.sarif'],
    ['a link into a linked directory', '/var/run/docker.sock', '/run/docker.sock'],
    ['lexical .. first, as Compose cleans paths', `${WORKSPACE}/../repo/sock`, '/run/docker.sock'],
  ])('%s', (_name, input, expected) => {
    expect(resolveExisting(input, realPath)).toBe(expected);
  });
});

describe('judgeHostPath', () => {
  test.each<[string, string, boolean, 'socket' | 'host' | undefined, string?]>([
    ['the socket', '/var/run/docker.sock', false, 'socket', 'the container runtime socket'],
    ['the socket through a workspace link', `${WORKSPACE}/sock`, true, 'socket', 'the container runtime socket'],
    ['the directory holding the socket', '/run', true, 'socket', 'which holds the container runtime socket'],
    ['/var/run, a link to it', '/var/run', true, 'socket'],
    ['the root', '/', true, 'socket'],
    ['the root through a workspace link', `${WORKSPACE}/up`, true, 'socket'],
    ['a rootless daemon socket by its name', '/run/user/1000/docker.sock', true, 'socket'],
    ['containerd', '/run/containerd/containerd.sock', true, 'socket'],
    ['/etc read-only', '/etc', true, 'host', 'the system directory /etc'],
    ['/etc/shadow read-only', '/etc/shadow', true, 'host', 'the system directory /etc'],
    ['/proc', '/proc', true, 'host'],
    ['/sys/fs/cgroup', '/sys/fs/cgroup', true, 'host'],
    ['/dev', '/dev', false, 'host'],
    ['/boot', '/boot', true, 'host'],
    ['Docker\'s data', '/var/lib/docker/volumes', true, 'host'],
    ['root\'s home', '/root', true, 'host', 'a home directory (/root)'],
    ['the runner user\'s ssh keys', '/home/runner/.ssh', true, 'host', 'a home directory (/home/runner)'],
    ['another user\'s home', '/home/alice', true, 'host', 'a home directory (/home)'],
    ['RUNNER_WORKSPACE', '/home/runner/work/repo', true, 'host', 'the runner\'s RUNNER_WORKSPACE'],
    ['RUNNER_TEMP, with the file commands of later steps', '/home/runner/work/_temp/_runner_file_commands', false, 'host', 'the runner\'s RUNNER_TEMP'],
    ['the tool cache', '/opt/hostedtoolcache/node', true, 'host', 'the runner\'s RUNNER_TOOL_CACHE'],
    ['another repository\'s workspace', '/home/runner/work/other/other', true, 'host', 'the runner\'s work folder'],
    ['/usr writable', '/usr/local/bin', false, 'host', 'the system directory /usr, writable'],
    ['/var/lib writable', '/var/lib/postgresql', false, 'host'],
    ['/usr read-only', '/usr/share/fonts', true, undefined],
    ['/usr/share/zoneinfo read-only', '/usr/share/zoneinfo', true, undefined],
    ['/etc/localtime read-only (the host\'s own link into /usr)', '/etc/localtime', true, undefined],
    ['/etc/resolv.conf read-only (the host\'s own link into /run)', '/etc/resolv.conf', true, undefined],
    ['/etc/ssl/certs read-only', '/etc/ssl/certs', true, undefined],
    ['/etc/hosts writable', '/etc/hosts', false, 'host'],
    ['a workspace link to /etc/localtime, read-only: /usr', `${WORKSPACE}/tz`, true, undefined],
    ['the workspace', WORKSPACE, false, undefined],
    ['a directory of the workspace', `${WORKSPACE}/data`, false, undefined],
    ['a link inside the workspace to the workspace', `${WORKSPACE}/data-link`, false, undefined],
    ['/tmp', '/tmp/cache', false, undefined],
    ['/srv read-only', '/srv/fixtures', true, undefined],
  ])('%s', (_name, source, readOnly, kind, what) => {
    const access = judgeHostPath(source, readOnly, facts);
    expect(access?.kind).toBe(kind);
    if (what) expect(access?.what).toContain(what);
  });

  test('without the file system (a remote daemon) paths are judged as written', () => {
    const remote = hostFacts({ workspace: WORKSPACE, env: {} });
    expect(judgeHostPath(`${WORKSPACE}/sock`, false, remote)).toBeUndefined();
    expect(judgeHostPath('/var/run/docker.sock', false, remote)?.kind).toBe('socket');
    expect(judgeHostPath('/run/docker.sock', false, remote)?.kind).toBe('socket');
  });

  test('a directory that holds the workspace is host access where paths are confined, wherever the workspace is', () => {
    const selfHosted = hostFacts({ workspace: '/data/ci/build/repo', env: {}, realPath });
    expect(judgeHostPath('/data/ci/build', true, selfHosted)).toEqual({ kind: 'host', resolved: '/data/ci/build', what: '/data/ci/build, which holds the workspace /data/ci/build/repo' });
    expect(judgeHostPath('/data/ci', false, selfHosted)?.kind).toBe('host');
    expect(judgeHostPath('/data/ci/build/repo', false, selfHosted)).toBeUndefined();
    expect(judgeHostPath('/data/ci/build/other', false, selfHosted)).toBeUndefined();
    // A developer's CLI (not confined) may mount the monorepo above its compose file.
    const laptop = hostFacts({ workspace: '/data/ci/build/repo', confined: false, env: {}, realPath });
    expect(judgeHostPath('/data/ci/build', false, laptop)).toBeUndefined();
  });

  test('the socket DOCKER_HOST names counts wherever it is', () => {
    const custom = hostFacts({ workspace: WORKSPACE, env: { DOCKER_HOST: 'unix:///srv/docker/engine.sock' } });
    expect(judgeHostPath('/srv/docker', true, custom)?.kind).toBe('socket');
    expect(judgeHostPath('/srv/other', true, custom)).toBeUndefined();
  });
});
