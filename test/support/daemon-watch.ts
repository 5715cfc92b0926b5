// Watches a daemon while jobs run, independently of the code under test (the docker CLI and the
// containers' cgroup files): does the daemon answer, which containers of the watched projects
// run with which memory limit and use, and which leases of those projects are admitted with what
// reservation. The audit's resource-stability test asserts on the samples.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { sleep } from './step-output.js';

export interface DaemonSample {
  atMs: number;
  /** Round trip of `docker version`; undefined when it failed or did not answer within 5 s. */
  versionMs?: number;
  error?: string;
  /** Running containers of the watched projects. */
  containers: Array<{ project: string; id: string; limitBytes: number; usageBytes?: number }>;
  /** Admitted leases of the watched projects (one per lease id, whatever its generations). */
  leases: Array<{ id: string; project: string; memoryBytes: number }>;
}

export interface DaemonWatch {
  /** Stops after the sample in progress and returns every sample. */
  stop(): Promise<DaemonSample[]>;
}

/** `partial`: a failed command's output still counts (inspect of several ids, one just removed). */
function docker(args: string[], env: NodeJS.ProcessEnv, options: { partial?: boolean } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('docker', args, { env, timeout: 5000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout) => {
      if (error && !(options.partial && !error.killed)) reject(error);
      else resolve(stdout.trim());
    });
  });
}

const lines = (text: string): string[] => text.split('\n').filter(Boolean);

/** Memory a container uses now, from its cgroup (v1 or v2, cgroupfs or systemd driver). */
export function cgroupMemoryBytes(id: string): number | undefined {
  for (const file of [
    `/sys/fs/cgroup/memory/docker/${id}/memory.usage_in_bytes`,
    `/sys/fs/cgroup/docker/${id}/memory.current`,
    `/sys/fs/cgroup/system.slice/docker-${id}.scope/memory.current`,
  ]) {
    try {
      return Number(readFileSync(file, 'utf8').trim());
    } catch {
      // Not this layout.
    }
  }
  return undefined;
}

async function sample(watched: (project: string) => boolean, env: NodeJS.ProcessEnv): Promise<DaemonSample> {
  const atMs = Date.now();
  const result: DaemonSample = { atMs, containers: [], leases: [] };
  try {
    await docker(['version', '--format', '{{.Server.Version}}'], env);
    result.versionMs = Date.now() - atMs;
  } catch (error) {
    result.error = `docker version: ${error instanceof Error ? error.message : String(error)}`;
    return result;
  }
  try {
    const running = lines(await docker(['ps', '--no-trunc', '--format', '{{.ID}} {{.Label "com.docker.compose.project"}}'], env))
      .map((line) => line.split(' ') as [string, string])
      .filter(([, project]) => watched(project));
    if (running.length > 0) {
      const limits = new Map(lines(await docker(['inspect', '--format', '{{.Id}} {{.HostConfig.Memory}}', ...running.map(([id]) => id)], env, { partial: true })).map((line) => line.split(' ') as [string, string]));
      // A container gone between the list and the inspect is no longer running.
      result.containers = running.filter(([id]) => limits.has(id)).map(([id, project]) => ({ id, project, limitBytes: Number(limits.get(id)), usageBytes: cgroupMemoryBytes(id) }));
    }
    const records = lines(
      await docker(['ps', '-a', '--filter', 'label=docker-stability.lease.project', '--format', '{{.Names}}|{{.Label "docker-stability.lease.id"}}|{{.Label "docker-stability.lease.project"}}|{{.Label "docker-stability.lease.memory-bytes"}}'], env),
    ).map((line) => line.split('|') as [string, string, string, string]);
    const held = new Map<string, DaemonSample['leases'][number]>();
    for (const [name, id, project, memory] of records) {
      if (name.includes('.held.') && watched(project)) held.set(id, { id, project, memoryBytes: Number(memory) });
    }
    result.leases = [...held.values()];
  } catch (error) {
    result.error = `listing: ${error instanceof Error ? error.message : String(error)}`;
  }
  return result;
}

/** Samples every `intervalMs` until stopped (each sample starts when the previous one ended). */
export function watchDaemon(options: { projects: (project: string) => boolean; intervalMs: number; env?: NodeJS.ProcessEnv }): DaemonWatch {
  const samples: DaemonSample[] = [];
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      samples.push(await sample(options.projects, options.env ?? process.env));
      await sleep(options.intervalMs);
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      await loop;
      return samples;
    },
  };
}
