// A private Docker daemon for tests that stop, freeze or restart a daemon: its own data root,
// exec root (and so its own containerd), pid file and socket, in its own network namespace
// (`unshare --net`). The namespace matters: a dockerd started with --bridge=none deletes the
// host's docker0 interface at start-up (moby removeDefaultBridgeInterface), which breaks the
// shared daemon's default network. The busybox test image is copied into it.
//
// With `{ tcp: true }` it also serves the API on tcp://127.0.0.1:<free port> of the host's
// loopback, although it lives in its own network namespace: the test opens the listening socket
// here and hands it to dockerd by systemd socket activation (`-H fd://`, LISTEN_FDS/LISTEN_PID);
// a socket stays in the namespace it was created in.
//
// With `{ dataRoot }` its data root is that directory (a small loop-mounted file system, for the
// disk-full tests). `freeze()`/`thaw()` SIGSTOP/SIGCONT dockerd alone (its containerd and the
// containers run on): the socket still accepts connections, but nothing answers.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { alive } from './processes.js';
import { sleep } from './step-output.js';

export class OwnDockerd {
  readonly dir = mkdtempSync('/tmp/dsa-dockerd-');
  readonly host = `unix://${path.join(this.dir, 'docker.sock')}`;
  private readonly pidFile = path.join(this.dir, 'docker.pid');
  /** tcp://127.0.0.1:<port> once started with `{ tcp: true }`. */
  tcpHost?: string;

  private frozen = false;

  constructor(private readonly options: { tcp?: boolean; dataRoot?: string } = {}) {}

  /** The daemon's data root (DockerRootDir). */
  get dataRoot(): string {
    return this.options.dataRoot ?? path.join(this.dir, 'data');
  }

  /** Starts the daemon and waits until it answers. */
  async start(): Promise<void> {
    const log = path.join(this.dir, 'dockerd.log');
    const listener = this.options.tcp ? await loopbackListener() : undefined;
    // `exec` all the way (unshare --net execs too), so LISTEN_PID=$$ is dockerd's own pid.
    const child = spawn(
      'sh',
      [
        '-c',
        `${listener ? 'LISTEN_PID=$$ LISTEN_FDS=1 ' : ''}exec unshare --net dockerd --data-root "$3" --exec-root "$1/exec" --pidfile "$1/docker.pid" ${listener ? '-H fd:// ' : ''}-H "$2" --bridge=none --iptables=false --ip-masq=false >>"$1/dockerd.log" 2>&1`,
        'sh',
        this.dir,
        this.host,
        this.dataRoot,
      ],
      { detached: true, stdio: listener ? ['ignore', 'ignore', 'ignore', listener.fd] : 'ignore' },
    );
    child.unref();
    if (listener) {
      // dockerd has its copy of the socket; ours must not accept its connections.
      listener.server.close();
      this.tcpHost = `tcp://127.0.0.1:${listener.port}`;
    }
    for (let attempt = 0; attempt < 120; attempt += 1) {
      if (this.answers()) return;
      await sleep(250);
    }
    throw new Error(`the private dockerd did not answer within 30 s; log: ${existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : '(none)'}`);
  }

  /** SIGSTOP to this daemon only: calls to it hang until thaw(). Always thaw in a finally. */
  freeze(): void {
    const pid = this.pid();
    if (pid === undefined) throw new Error('the private dockerd has no pid file: not started');
    process.kill(pid, 'SIGSTOP');
    this.frozen = true;
  }

  /** SIGCONT: the daemon answers again (harmless when it is not frozen). */
  thaw(): void {
    const pid = this.pid();
    if (pid !== undefined && alive(pid)) process.kill(pid, 'SIGCONT');
    this.frozen = false;
  }

  get isFrozen(): boolean {
    return this.frozen;
  }

  /** SIGTERM to this daemon only (by its own pid file), and wait until it is gone. */
  async stop(): Promise<void> {
    const pid = this.pid();
    if (pid === undefined) return;
    // A stopped process keeps SIGTERM pending until it runs again.
    if (this.frozen) this.thaw();
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      return;
    }
    for (let attempt = 0; attempt < 240 && alive(pid); attempt += 1) await sleep(250);
    if (alive(pid)) process.kill(pid, 'SIGKILL');
  }

  answers(): boolean {
    try {
      this.docker(['version', '--format', '{{.Server.Version}}'], 5000);
      return true;
    } catch {
      return false;
    }
  }

  docker(args: string[], timeoutMs = 60_000): string {
    return execFileSync('docker', args, { encoding: 'utf8', timeout: timeoutMs, env: { ...process.env, DOCKER_HOST: this.host }, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  }

  /** Copies an image of the shared daemon into this one (no registry here). */
  loadImage(image: string): void {
    const saved = execFileSync('docker', ['save', image], { maxBuffer: 512 * 1024 * 1024, timeout: 60_000 });
    execFileSync('docker', ['load'], { input: saved, env: { ...process.env, DOCKER_HOST: this.host }, timeout: 60_000, stdio: ['pipe', 'ignore', 'pipe'] });
  }

  /** Stops the daemon and removes its directories (and whatever it left mounted there). */
  async dispose(): Promise<void> {
    await this.stop();
    unmountUnder(this.dir);
    rmSync(this.dir, { recursive: true, force: true });
  }

  private pid(): number | undefined {
    try {
      return Number(readFileSync(this.pidFile, 'utf8').trim()) || undefined;
    } catch {
      return undefined;
    }
  }
}

/**
 * Mounts left under a directory, deepest first. dockerd bind-mounts parts of its data root and
 * unmounts them when it stops; where it could not (killed, or a mount namespace without shared
 * propagation, as in a fresh root made with pivot_root), rmdir would fail with EBUSY.
 */
function unmountUnder(dir: string): void {
  const mounts = readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .map((line) => line.split(' ')[4] ?? '')
    .filter((point) => point === dir || point.startsWith(`${dir}/`))
    .sort((a, b) => b.length - a.length);
  for (const point of mounts) {
    try {
      execFileSync('umount', ['-l', point], { stdio: 'ignore', timeout: 10_000 });
    } catch {
      // Already gone with its parent.
    }
  }
}

/** A listening socket on a free loopback port, and its file descriptor to hand to a child. */
async function loopbackListener(): Promise<{ server: net.Server; port: number; fd: number }> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  // node exposes a listening socket's descriptor only on its internal handle.
  const fd = (server as unknown as { _handle?: { fd?: number } })._handle?.fd;
  if (typeof fd !== 'number' || fd < 0) throw new Error('could not get the listening socket\'s file descriptor');
  return { server, port: (server.address() as net.AddressInfo).port, fd };
}
