import path from 'node:path';
import { isWithin, resolveExisting, type RealPath } from '../core/paths.js';

// What a bind source reaches on the host, judged by where it really leads: Docker follows a
// symlink in the workspace when it mounts it, so `./sock → /var/run/docker.sock` is the socket
// and `./up → /` is the root. Protected are the container runtime's sockets (and every directory
// holding one), the system's own directories, home directories and the runner's directories
// (another job's workspace, RUNNER_TEMP with the file commands of the steps that follow,
// RUNNER_TOOL_CACHE that outlives the job). The workspace itself is the project's own tree.

export interface HostFacts {
  /** Real path of the workspace (GITHUB_WORKSPACE, the CLI's directory). */
  workspace: string;
  /**
   * Whether files Compose reads must stay inside the workspace (`outside-workspace`): the action
   * confines them (a pull request's files on a runner); a developer's CLI does not (`--confine`).
   */
  confined: boolean;
  /** Runner directories, resolved, each with what names it (RUNNER_TEMP, the work folder). */
  runnerDirs: Array<{ label: string; path: string }>;
  /** Home directories: HOME's, and where homes live. */
  homes: string[];
  /** Unix sockets of container runtimes on this host (DOCKER_HOST's, the usual places), resolved. */
  sockets: string[];
  /** Follows symlinks as far as the path exists; the identity for a daemon on another host. */
  resolve(absolutePath: string): string;
}

export interface HostEnvironment {
  workspace: string;
  /** Default true: the action's rule. */
  confined?: boolean;
  env: NodeJS.ProcessEnv;
  /** The file system's realpath; undefined when the daemon is remote (its paths are not ours). */
  realPath?: RealPath;
}

const SOCKET_PATHS = [
  '/var/run/docker.sock',
  '/run/docker.sock',
  '/run/containerd/containerd.sock',
  '/var/run/containerd/containerd.sock',
  '/run/podman/podman.sock',
  '/run/crio/crio.sock',
  '/run/buildkit/buildkitd.sock',
];
/** Names of runtime sockets wherever they are (a rootless daemon's lives under /run/user/<uid>). */
const SOCKET_NAME = /^(docker|containerd|podman|crio|buildkitd|dockershim)\.sock$/;

/** Directories whose every path is host takeover, read-only or not. */
const SYSTEM_DIRECTORIES = [
  '/etc',
  '/root',
  '/home',
  '/Users',
  '/proc',
  '/sys',
  '/dev',
  '/boot',
  '/run',
  '/var/run',
  '/var/lib/docker',
  '/var/lib/containerd',
  '/var/lib/kubelet',
];
/** Directories that are harmless to read but take over the host when written. */
const WRITE_PROTECTED = ['/usr', '/lib', '/lib32', '/lib64', '/libx32', '/bin', '/sbin', '/opt', '/var/lib', '/var/log', '/var/cache', '/var/spool', '/srv'];
/**
 * Host files commonly bound read-only that reveal nothing (time zone, name resolution, CA
 * certificates, the user table without passwords): allowed as written, read-only. Judged on the
 * path as written, because /etc/resolv.conf and /etc/localtime are the host's own links (into
 * /run and /usr), which a pull request cannot change.
 */
const HARMLESS_READ_ONLY = ['/etc/localtime', '/etc/timezone', '/etc/hostname', '/etc/hosts', '/etc/resolv.conf', '/etc/machine-id', '/etc/os-release', '/etc/passwd', '/etc/group', '/dev/null', '/dev/zero', '/dev/urandom', '/dev/random'];
const HARMLESS_READ_ONLY_TREES = ['/etc/ssl/certs', '/etc/ca-certificates', '/etc/pki/ca-trust', '/usr/share/zoneinfo'];

export const RUNNER_DIRECTORY_VARIABLES = ['RUNNER_WORKSPACE', 'RUNNER_TEMP', 'RUNNER_TOOL_CACHE'] as const;

/** The facts for a check: from the environment the action (or CLI) runs in and the file system. */
export function hostFacts({ workspace, env, realPath, confined = true }: HostEnvironment): HostFacts {
  const resolve = (absolute: string): string => (realPath ? resolveExisting(absolute, realPath) : path.resolve(absolute));
  const runnerDirs = RUNNER_DIRECTORY_VARIABLES.flatMap((name) => {
    const value = env[name];
    return value && path.isAbsolute(value) ? [{ label: name, path: resolve(value) }] : [];
  });
  // The runner's work folder (`_work`) holds every repository's workspace and the runner's own
  // directories; on a self-hosted runner its parent is the runner's installation.
  const work = env.RUNNER_WORKSPACE && path.isAbsolute(env.RUNNER_WORKSPACE) ? [{ label: 'work folder', path: resolve(path.dirname(env.RUNNER_WORKSPACE)) }] : [];
  const dockerHost = /^unix:\/\/(\/.+)$/.exec(env.DOCKER_HOST ?? '')?.[1];
  return {
    workspace: resolve(workspace),
    confined,
    runnerDirs: [...runnerDirs, ...work],
    homes: [...new Set([env.HOME, '/home', '/root', '/Users'].filter((home): home is string => Boolean(home && path.isAbsolute(home) && home !== '/')).map(resolve))],
    sockets: [...new Set([...SOCKET_PATHS, ...(dockerHost ? [dockerHost] : [])].flatMap((socket) => [socket, resolve(socket)]))],
    resolve,
  };
}

export type HostAccess =
  | { kind: 'socket'; resolved: string; what: string }
  | { kind: 'host'; resolved: string; what: string };

/**
 * What mounting `source` (absolute, as Compose printed it) reaches, or undefined when it is
 * harmless: inside the workspace, or outside every protected directory.
 */
export function judgeHostPath(source: string, readOnly: boolean, facts: HostFacts): HostAccess | undefined {
  const written = path.resolve('/', source);
  if (readOnly && (HARMLESS_READ_ONLY.includes(written) || HARMLESS_READ_ONLY_TREES.some((tree) => isWithin(tree, written)))) return undefined;
  const resolved = facts.resolve(written);
  const holds = (protectedPath: string): boolean => isWithin(resolved, protectedPath);
  const socket = facts.sockets.find(holds);
  if (socket) return { kind: 'socket', resolved, what: resolved === socket ? 'the container runtime socket' : `${resolved}, which holds the container runtime socket ${socket}` };
  if (SOCKET_NAME.test(path.basename(resolved)) && !isWithin(facts.workspace, resolved)) return { kind: 'socket', resolved, what: 'a container runtime socket' };
  // Paths inside the workspace are the project's own.
  if (isWithin(facts.workspace, resolved)) return undefined;
  for (const runner of facts.runnerDirs) {
    if (holds(runner.path) || isWithin(runner.path, resolved)) return { kind: 'host', resolved, what: `the runner's ${runner.label} (${runner.path})` };
  }
  for (const home of facts.homes) {
    if (holds(home) || isWithin(home, resolved)) return { kind: 'host', resolved, what: `a home directory (${home})` };
  }
  for (const system of SYSTEM_DIRECTORIES) {
    const real = facts.resolve(system);
    if (holds(system) || holds(real) || isWithin(system, resolved) || isWithin(real, resolved)) {
      return { kind: 'host', resolved, what: resolved === '/' ? 'the host\'s root file system' : `the system directory ${system}` };
    }
  }
  // A directory that holds the workspace (`..` of the repository, the folder of every checkout)
  // reaches beyond the project: other checkouts, the runner's files beside it. Where paths are
  // confined (the action, --confine) that is host access wherever the workspace lives; a
  // developer's CLI may mount the monorepo above its compose file.
  if (facts.confined && holds(facts.workspace)) return { kind: 'host', resolved, what: `${resolved}, which holds the workspace ${facts.workspace}` };
  if (!readOnly) {
    const system = WRITE_PROTECTED.find((dir) => holds(dir) || isWithin(dir, resolved));
    if (system) return { kind: 'host', resolved, what: `the system directory ${system}, writable` };
  }
  return undefined;
}
