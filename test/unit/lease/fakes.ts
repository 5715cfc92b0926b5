// Plain fakes of the ports the lease capability uses: an in-memory daemon that keeps names
// unique as the real one does (create and rename fail with name-taken), filters by label and
// name, stamps creation times with nanoseconds and streams create/rename/destroy events; a host
// whose processes the test decides; a clock whose sleeps advance virtual time.
import type { Clock } from '../../../src/ports/clock.js';
import type {
  ContainerDetails,
  ContainerSummary,
  CreateContainerSpec,
  DockerApi,
  DockerEvent,
  EngineInfo,
  EventQuery,
  ImageSummary,
  RemoveOutcome,
} from '../../../src/ports/docker.js';
import type { HostProbe, ProcessIdentity } from '../../../src/ports/host.js';

interface FakeContainer {
  id: string;
  name: string;
  image: string;
  labels: Record<string, string>;
  created: string;
}

type Subscriber = { query: EventQuery; onEvent: (event: DockerEvent) => void };

/** Container ids are unique across fakes, as they are across daemons (the lease store caches by id). */
let nextId = 0;

export class FakeDocker implements DockerApi {
  readonly endpoint = 'unix:///fake.sock';
  readonly containers = new Map<string, FakeContainer>();
  readonly images = new Set<string>();
  /** Untagged copies left by concurrent imports, and whether a container still uses each. */
  readonly untaggedImages = new Map<string, { inUse: boolean }>();
  readonly calls: string[] = [];
  memTotalBytes = 8 * 1024 ** 3;
  private nanos = 0n;
  private readonly subscribers = new Set<Subscriber>();

  constructor(private readonly clock: FakeClock) {}

  async ping(): Promise<void> {}
  version: DockerApi['version'] = notUsed('version');
  async info(): Promise<EngineInfo> {
    return { id: 'fake', name: 'fake', memTotalBytes: this.memTotalBytes, cpus: 2, dockerRootDir: '/var/lib/docker', containersRunning: 0, operatingSystem: 'fake', cgroupVersion: '2' };
  }

  async listContainers(query: { all: boolean; labels?: string[]; name?: string }): Promise<ContainerSummary[]> {
    this.calls.push('list');
    return [...this.containers.values()]
      .filter((c) => (query.labels ?? []).every((filter) => matchesLabel(c.labels, filter)))
      .filter((c) => !query.name || c.name.includes(query.name))
      .map((c) => ({ id: c.id, name: c.name, image: c.image, state: 'created', status: 'Created', labels: { ...c.labels }, createdSeconds: Math.floor(Date.parse(c.created) / 1000), ports: [] }));
  }

  async inspectContainer(id: string): Promise<ContainerDetails | undefined> {
    this.calls.push('inspect');
    const c = this.containers.get(id);
    if (!c) return undefined;
    return {
      id: c.id,
      name: c.name,
      image: c.image,
      labels: { ...c.labels },
      restartCount: 0,
      state: { status: 'created', running: false, exitCode: 0, oomKilled: false, startedAt: '', finishedAt: '' },
      memoryLimitBytes: 0,
      nanoCpus: 0,
      created: c.created,
    };
  }

  async createContainer(spec: CreateContainerSpec): Promise<{ id: string } | 'name-taken'> {
    this.calls.push(`create ${spec.name}`);
    if (!this.images.has(spec.image)) throw new Error(`Docker container create failed: No such image: ${spec.image}`);
    if (this.byName(spec.name)) return 'name-taken';
    const id = `c${String((nextId += 1)).padStart(6, '0')}`;
    this.container({ id, name: spec.name, image: spec.image, labels: { ...spec.labels }, created: this.stamp() });
    this.emit('create', this.containers.get(id)!);
    return { id };
  }

  /** Puts a container in place as if another process had made it. */
  container(container: FakeContainer): void {
    this.containers.set(container.id, container);
  }

  async removeContainer(id: string): Promise<RemoveOutcome> {
    this.calls.push(`remove ${this.containers.get(id)?.name ?? id}`);
    const c = this.containers.get(id);
    if (!c) return 'missing';
    this.containers.delete(id);
    this.emit('destroy', c);
    return 'removed';
  }

  async renameContainer(id: string, name: string): Promise<'renamed' | 'missing' | 'name-taken'> {
    this.calls.push(`rename ${this.containers.get(id)?.name ?? id} -> ${name}`);
    const c = this.containers.get(id);
    if (!c) return 'missing';
    if (c.name === name) throw new Error('Renaming a container with the same name as its current name');
    if (this.byName(name)) return 'name-taken';
    const oldName = c.name;
    c.name = name;
    this.emit('rename', c, { oldName: `/${oldName}` });
    return 'renamed';
  }

  containerStats = notUsed('containerStats');
  containerLogs: DockerApi['containerLogs'] = notUsed('containerLogs');
  streamContainerLogs: DockerApi['streamContainerLogs'] = notUsed('streamContainerLogs');
  /** Volumes and networks only matter for counting a stale project's resources. */
  async listVolumes(): Promise<[]> {
    return [];
  }
  removeVolume = notUsed('removeVolume');
  async listNetworks(): Promise<[]> {
    return [];
  }
  removeNetwork = notUsed('removeNetwork');

  async listImages(query: { reference?: string }): Promise<ImageSummary[]> {
    return [
      ...[...this.images].filter((tag) => !query.reference || tag === query.reference).map((tag) => ({ id: tag, repoTags: [tag], labels: {}, sizeBytes: 0 })),
      ...[...this.untaggedImages.keys()].map((id) => ({ id, repoTags: ['<none>:<none>'], labels: {}, sizeBytes: 0 })),
    ];
  }
  async removeImage(reference: string): Promise<RemoveOutcome> {
    this.calls.push(`remove image ${reference}`);
    const image = this.untaggedImages.get(reference);
    if (!image) return 'missing';
    if (image.inUse) return 'in-use';
    this.untaggedImages.delete(reference);
    return 'removed';
  }
  inspectImage = notUsed('inspectImage');
  async importImage(_tar: Buffer, repoTag: string): Promise<void> {
    this.calls.push(`import ${repoTag}`);
    this.images.add(repoTag);
  }

  streamEvents(query: EventQuery, onEvent: (event: DockerEvent) => void, signal: AbortSignal): Promise<void> {
    const subscriber = { query, onEvent };
    this.subscribers.add(subscriber);
    return new Promise((resolve) => {
      const end = (): void => {
        this.subscribers.delete(subscriber);
        resolve();
      };
      if (signal.aborted) end();
      signal.addEventListener('abort', end, { once: true });
    });
  }

  names(): string[] {
    return [...this.containers.values()].map((c) => c.name).sort();
  }

  private byName(name: string): FakeContainer | undefined {
    return [...this.containers.values()].find((c) => c.name === name);
  }

  /** Creation times with nanoseconds, as Go prints them (trailing zeros trimmed). */
  private stamp(): string {
    this.nanos += 1n;
    const ms = this.clock.now();
    const fraction = (BigInt(ms % 1000) * 1_000_000n + this.nanos).toString().padStart(9, '0').replace(/0+$/, '');
    return `${new Date(ms - (ms % 1000)).toISOString().slice(0, 19)}${fraction ? `.${fraction}` : ''}Z`;
  }

  private emit(action: string, c: FakeContainer, extra: Record<string, string> = {}): void {
    const event: DockerEvent = { type: 'container', action, id: c.id, attributes: { ...c.labels, name: c.name, image: c.image, ...extra }, timeNano: 0 };
    for (const subscriber of this.subscribers) {
      const filters = subscriber.query.filters;
      if (filters.event && !filters.event.includes(action)) continue;
      if (!(filters.label ?? []).every((filter) => matchesLabel(c.labels, filter))) continue;
      subscriber.onEvent(event);
    }
  }
}

function matchesLabel(labels: Record<string, string>, filter: string): boolean {
  const at = filter.indexOf('=');
  return at < 0 ? filter in labels : labels[filter.slice(0, at)] === filter.slice(at + 1);
}

function notUsed(name: string): () => never {
  return () => {
    throw new Error(`FakeDocker.${name} is not used by the lease capability`);
  };
}

/** Sleeps advance virtual time; each sleep also yields to the event loop so others run. */
export class FakeClock implements Clock {
  constructor(public time = Date.UTC(2026, 10, 27, 10, 0, 0)) {}
  now(): number {
    return this.time;
  }
  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return;
    await new Promise((resolve) => setImmediate(resolve));
    if (!signal?.aborted) this.time += Math.max(1, ms);
  }
}

export const BOOT = 'boot-1';
export const NS = 'pid:[4026531836]';

export function identity(pid: number, overrides: Partial<ProcessIdentity> = {}): ProcessIdentity {
  return { pid, startTicks: pid * 10, pidNamespace: NS, bootId: BOOT, hostname: 'host-a', ...overrides };
}

/** A host where the test decides which processes live; `self` is this process. */
export class FakeHost implements HostProbe {
  readonly alive = new Map<number, ProcessIdentity>();
  constructor(public self: ProcessIdentity = identity(100)) {
    this.alive.set(self.pid, self);
  }
  get pid(): number {
    return this.self.pid;
  }
  memory = (): undefined => undefined;
  load = (): { load1: number; cpus: number } => ({ load1: 0, cpus: 2 });
  freeDiskBytes = async (): Promise<undefined> => undefined;
  processIdentity(pid?: number): ProcessIdentity | undefined {
    return pid === undefined ? this.self : this.alive.get(pid);
  }
  /** Another process of this host (alive until killed). */
  spawn(pid: number): ProcessIdentity {
    const proc = identity(pid);
    this.alive.set(pid, proc);
    return proc;
  }
  kill(pid: number): void {
    this.alive.delete(pid);
  }
}

/** The lease deps of one simulated process: a shared daemon and clock, its own identity. */
export function processDeps(docker: FakeDocker, clock: FakeClock, host: FakeHost, pid: number): { docker: FakeDocker; clock: FakeClock; host: FakeHost } {
  const own = new FakeHost(host.alive.get(pid) ?? host.spawn(pid));
  // Every simulated process sees the same process table.
  own.processIdentity = (queried?: number) => (queried === undefined ? own.self : host.alive.get(queried));
  return { docker, clock, host: own };
}

/** One fake daemon, clock and host, and the dependencies of a process `pid` living in them. */
export function world() {
  const clock = new FakeClock();
  const docker = new FakeDocker(clock);
  const host = new FakeHost();
  return { clock, docker, host, proc: (pid: number) => processDeps(docker, clock, host, pid) };
}
