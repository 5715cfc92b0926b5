// A private Docker daemon for tests that stop, freeze or restart a daemon: its own data root,
// exec root (and so its own containerd), pid file and socket, in its own network namespace
// (`unshare --net`). The namespace matters: a dockerd started with --bridge=none deletes the
// host's docker0 interface at start-up (moby removeDefaultBridgeInterface), which breaks the
// shared daemon's default network. The busybox test image is copied into it.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

export class OwnDockerd {
  readonly dir = mkdtempSync('/tmp/dsa-dockerd-');
  readonly host = `unix://${path.join(this.dir, 'docker.sock')}`;
  private readonly pidFile = path.join(this.dir, 'docker.pid');

  /** Starts the daemon and waits until it answers. */
  async start(): Promise<void> {
    const log = path.join(this.dir, 'dockerd.log');
    const child = spawn(
      'sh',
      ['-c', `exec unshare --net dockerd --data-root "$1/data" --exec-root "$1/exec" --pidfile "$1/docker.pid" -H "$2" --bridge=none --iptables=false --ip-masq=false >>"$1/dockerd.log" 2>&1`, 'sh', this.dir, this.host],
      { detached: true, stdio: 'ignore' },
    );
    child.unref();
    for (let attempt = 0; attempt < 120; attempt += 1) {
      if (this.answers()) return;
      await sleep(250);
    }
    throw new Error(`the private dockerd did not answer within 30 s; log: ${existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : '(none)'}`);
  }

  /** SIGTERM to this daemon only (by its own pid file), and wait until it is gone. */
  async stop(): Promise<void> {
    const pid = this.pid();
    if (pid === undefined) return;
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

  /** Stops the daemon and removes its directories. */
  async dispose(): Promise<void> {
    await this.stop();
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

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
