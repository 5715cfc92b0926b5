// A whole world of plain fakes behind the app layer's ports, for the pipeline's unit tests: the
// lease fakes' in-memory daemon (leases are containers there), a Compose that loads a given
// model and records up/down, files in memory, a runtime that records every call, a host whose
// processes the test decides and a monitor whose samples the test writes. Every call into a
// port lands in one `events` list, so tests assert the order the pipeline keeps.
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Deps } from '../../../src/app/deps.js';
import type { ComposeCli, DownOptions, ImageOptions, UpOptions } from '../../../src/compose/compose-cli.js';
import type { ComposeModel } from '../../../src/compose/model.js';
import type { StackTarget } from '../../../src/compose/target.js';
import { CommandError } from '../../../src/ports/command.js';
import type { ArtifactUpload } from '../../../src/ports/artifacts.js';
import type { ContainerDetails, ContainerSummary, EngineVersion, ImageSummary, LogChunk, LogQuery, PortBinding, RemoveOutcome } from '../../../src/ports/docker.js';
import type { NetworkProbe } from '../../../src/ports/network.js';
import type { Files } from '../../../src/ports/files.js';
import type { ForegroundResult, ThisProcess } from '../../../src/ports/process.js';
import type { ActionRuntime, Annotation } from '../../../src/ports/runtime.js';
import { Redactor } from '../../../src/core/untrusted.js';
import { FakeClock, FakeDocker, FakeHost, identity } from '../lease/fakes.js';

export const WORKSPACE = '/ws';
export const RUNNER_TEMP = '/tmp/runner';

export const HEALTHY_MODEL: ComposeModel = {
  name: 'p',
  services: {
    db: { image: 'postgres:15', mem_limit: '268435456', cpus: 1, healthcheck: { test: ['CMD', 'true'], interval: '10s', timeout: '5s', retries: 3, start_period: '10s' } },
    web: { image: 'nginx:1.27', mem_limit: '67108864', cpus: 0.5, depends_on: { db: { condition: 'service_healthy' } }, healthcheck: { test: ['CMD', 'true'], interval: '10s', timeout: '5s', retries: 3, start_period: '5s' } },
  },
} as ComposeModel;

export const COMPOSE_YAML = `services:
  db:
    image: postgres:15
    mem_limit: 256m
    cpus: 1
  web:
    image: nginx:1.27
    mem_limit: 64m
    cpus: 0.5
`;

/** A container of the stack once `compose up` ran: its ports as the daemon bound them, its log. */
export interface FakeService {
  service: string;
  replica?: number;
  ports?: PortBinding[];
  logs?: LogChunk[];
  /** 'running' unless said otherwise. */
  state?: string;
  exitCode?: number;
}

/** A daemon that also answers the probe's and the teardown's calls, and holds the stack's containers after `up`. */
export class WorldDocker extends FakeDocker {
  failPing?: Error;
  /** Told of every removal of a stack's container (lease records are containers too: not told). */
  onRemove?: (name: string) => void;
  override async removeContainer(id: string): Promise<RemoveOutcome> {
    const running = this.stack.get(id);
    if (running) {
      this.onRemove?.(running.name);
      this.stack.delete(id);
      return 'removed';
    }
    const container = this.containers.get(id);
    if (container && container.labels['com.docker.compose.project']) this.onRemove?.(container.name);
    return super.removeContainer(id);
  }
  /** The stack's containers (by id) while it is up. */
  readonly stack = new Map<string, FakeService & { id: string; name: string; project: string }>();
  /** The log queries made, for the tests that check what was asked of the daemon. */
  readonly logQueries: LogQuery[] = [];
  override async ping(): Promise<void> {
    if (this.failPing) throw this.failPing;
  }
  /** No image is here: image HEALTHCHECK defaults are unknown. */
  override inspectImage = (async () => undefined) as never;
  override version = (async (): Promise<EngineVersion> => ({ version: '28.5.2', apiVersion: '1.51', os: 'linux', arch: 'amd64' })) as never;
  /** Images the fake Compose built: reference → the labels the override gave it. */
  readonly built = new Map<string, Record<string, string>>();
  override async listImages(query: { labels?: string[]; reference?: string }): Promise<ImageSummary[]> {
    if (!query.labels?.some((label) => label.startsWith('docker-stability.built-by'))) return super.listImages(query);
    const matches = (labels: Record<string, string>): boolean => query.labels!.every((label) => labels[label.split('=')[0]!] === label.split('=').slice(1).join('='));
    return [...this.built].filter(([, labels]) => matches(labels)).map(([id, labels]) => ({ id, repoTags: [id], labels, sizeBytes: 0 }));
  }
  override async removeImage(reference: string): Promise<RemoveOutcome> {
    if (!this.built.delete(reference)) return super.removeImage(reference);
    this.calls.push(`remove image ${reference}`);
    return 'removed';
  }

  startStack(project: string, services: FakeService[]): void {
    for (const service of services) {
      const replica = service.replica ?? 1;
      const id = `${project}-${service.service}-${replica}-id`;
      this.stack.set(id, { ...service, id, name: `${project}-${service.service}-${replica}`, project });
    }
  }

  override async listContainers(query: { all: boolean; labels?: string[]; name?: string }): Promise<ContainerSummary[]> {
    const own = [...this.stack.values()]
      .filter((c) => (query.all || (c.state ?? 'running') === 'running') && (query.labels ?? []).every((filter) => filter === `com.docker.compose.project=${c.project}`))
      .map((c) => ({
        id: c.id,
        name: c.name,
        image: 'img',
        state: c.state ?? 'running',
        status: 'Up',
        labels: { 'com.docker.compose.project': c.project, 'com.docker.compose.service': c.service, 'com.docker.compose.container-number': String(c.replica ?? 1) },
        createdSeconds: 0,
        ports: c.ports ?? [],
      }));
    return [...(await super.listContainers(query)), ...own];
  }

  override async inspectContainer(id: string): Promise<ContainerDetails | undefined> {
    const c = this.stack.get(id);
    if (!c) return super.inspectContainer(id);
    const running = (c.state ?? 'running') === 'running';
    return {
      id,
      name: c.name,
      image: 'img',
      labels: {},
      restartCount: 0,
      state: { status: c.state ?? 'running', running, exitCode: c.exitCode ?? 0, oomKilled: false, startedAt: new Date(Date.UTC(2026, 10, 27, 9, 59, 58)).toISOString(), finishedAt: '' },
      memoryLimitBytes: 0,
      nanoCpus: 0,
    };
  }

  override containerLogs = async (id: string): Promise<string> => (this.stack.get(id)?.logs ?? []).map((chunk) => chunk.text).join('');

  override streamContainerLogs = async (id: string, query: LogQuery, onChunk: (chunk: LogChunk) => void, _signal?: AbortSignal): Promise<void> => {
    this.logQueries.push(query);
    for (const chunk of this.stack.get(id)?.logs ?? []) onChunk(chunk);
  };
}

export class MemoryFiles implements Files {
  readonly files = new Map<string, string>();
  constructor(initial: Record<string, string> = {}) {
    for (const [file, text] of Object.entries(initial)) this.files.set(path.resolve(file), text);
  }
  isFile = (file: string): boolean => this.files.has(path.resolve(file));
  isDirectory = (dir: string): boolean => [...this.files.keys()].some((file) => file.startsWith(`${path.resolve(dir)}/`)) || dir === '/' || dir.startsWith(RUNNER_TEMP);
  realPath = (file: string): string => file;
  readText = (file: string): string | undefined => this.files.get(path.resolve(file));
  readTail = (file: string, bytes: number): string => (this.files.get(path.resolve(file)) ?? '').slice(-bytes);
  writeText = (file: string, text: string): void => void this.files.set(path.resolve(file), text);
  writeAtomic = (file: string, text: string): void => void this.files.set(path.resolve(file), text);
  makeDirectory = (dir: string): string => dir;
  list = (dir: string): string[] | undefined => {
    const names = [...this.files.keys()].filter((file) => path.dirname(file) === path.resolve(dir)).map((file) => path.basename(file));
    return names.length ? names : undefined;
  };
  temporaryDirectory = (prefix: string): string => `/tmp/${prefix}x`;
  remove = (file: string): void => void this.files.delete(path.resolve(file));
}

export interface WorldOptions {
  inputs?: Record<string, string>;
  env?: NodeJS.ProcessEnv;
  model?: ComposeModel;
  /** How `up` ends: ok, or a CommandError of Compose. */
  up?: 'ok' | 'unhealthy' | 'timeout';
  /** The monitor's NDJSON as it will be when post stops it. */
  samples?: string;
  /** Images on the daemon before the run (default: every `image:` of the model). */
  images?: string[];
  /** Per service: the stderr of each failing pull attempt in turn; after them the pull succeeds. */
  pullErrors?: Record<string, string[]>;
  /** Per service: the output a failing build ends with. */
  buildErrors?: Record<string, string>;
  /** The containers `up` leaves running (none by default). */
  stack?: FakeService[];
  /** How the runner reaches published ports (default: every probe passes at once). */
  network?: NetworkProbe;
  /** Whether an artifact service is there (default: none, as outside GitHub). */
  artifacts?: 'available' | 'unavailable' | 'conflict-once';
}

/** As `docker compose config SERVICE…` loads it: those services and, transitively, their dependencies. */
export function selectServices(model: ComposeModel, services: readonly string[] | undefined): ComposeModel {
  if (!services?.length) return model;
  const keep = new Set<string>();
  const visit = (name: string): void => {
    if (keep.has(name) || !model.services[name]) return;
    keep.add(name);
    for (const dependency of Object.keys(model.services[name]!.depends_on ?? {})) visit(dependency);
  };
  services.forEach(visit);
  return { ...model, services: Object.fromEntries(Object.entries(model.services).filter(([name]) => keep.has(name))) };
}

export const SAMPLES = [
  '{"k":"meta","v":1,"project":"p","intervalMs":1000,"startedAtMs":1000,"pid":1}',
  '{"k":"ctr","i":0,"id":"abc","name":"p-db-1","service":"db","image":"pg","limit":33554432,"health":false}',
  '{"k":"ev","t":1500,"id":"abc","name":"p-db-1","service":"db","action":"start"}',
  '{"k":"tick","t":2000,"c":[[0,5,1048576,1,0,0,0,0]]}',
].join('\n');

/** Fakes for every port; `events` records the calls in order. */
export function world(options: WorldOptions = {}) {
  const events: string[] = [];
  const clock = new FakeClock();
  const docker = new WorldDocker(clock);
  const host = new FakeHost(identity(100));
  const files = new MemoryFiles({ [`${WORKSPACE}/compose.yaml`]: COMPOSE_YAML });
  const outputs: Record<string, string> = {};
  const exported: Record<string, string> = {};
  const uploads: ArtifactUpload[] = [];
  const commandEnvs: NodeJS.ProcessEnv[] = [];
  const state: Record<string, string> = {};
  const summaries: string[] = [];
  const failures: string[] = [];
  const env: NodeJS.ProcessEnv = { GITHUB_WORKSPACE: WORKSPACE, RUNNER_TEMP, ...options.env };
  const inputs: Record<string, string> = { 'project-name': 'p', baseline: 'false', ...options.inputs };
  let nextPid = 500;
  let removing = false;
  docker.onRemove = (name) => {
    // One event per teardown: the first removal of the stack's containers.
    if (!removing) events.push(`teardown (lease held by ${leaseOwner()})`);
    removing = true;
    void name;
  };
  const leaseOwner = (): string => {
    const records = [...docker.containers.values()].filter((container) => container.labels['docker-stability.lease.id']);
    const newest = records.sort((a, b) => Number(b.labels['docker-stability.lease.generation'] ?? 0) - Number(a.labels['docker-stability.lease.generation'] ?? 0))[0];
    return newest ? newest.labels['docker-stability.lease.owner.pid']! : 'nobody';
  };

  const record = (kind: string) => (message: string, annotation?: Annotation) => void events.push(`${kind}: ${message}${annotation?.file ? ` @${annotation.file}` : ''}`);
  const runtime: ActionRuntime = {
    env,
    input: (name) => inputs[name] ?? '',
    setOutput: (name, value) => void (outputs[name] = String(value)),
    exportVariable: (name, value) => void (exported[name] = value),
    saveState: (name, value) => void (state[name] = value),
    state: (name) => state[name] ?? '',
    setFailed: (message) => {
      failures.push(message);
      events.push(`failed: ${message.split('\n')[0]}`);
    },
    debug: () => undefined,
    info: record('info'),
    output: (text) => void events.push(`output: ${[text].flat().join(' | ')}`),
    redactor: new Redactor(),
    notice: record('notice'),
    warning: record('warning'),
    error: record('error'),
    group: async (name, fn) => {
      events.push(`group: ${name}`);
      return fn();
    },
    appendSummary: async (markdown) => void summaries.push(markdown),
  };

  const baseModel = options.model ?? HEALTHY_MODEL;
  const present = new Set(options.images ?? Object.values(baseModel.services).flatMap((service) => (service.image && !service.build ? [service.image] : [])));
  const pullErrors = structuredClone(options.pullErrors ?? {});
  const imageOf = (target: StackTarget, service: string): string => baseModel.services[service]?.image ?? `${target.projectName}-${service}`;
  const compose: ComposeCli = {
    version: async () => {
      events.push('compose version');
      return '2.40.3';
    },
    config: async (target: StackTarget, overrides: string[] = []) => {
      events.push(`compose config${overrides.length ? ' +override' : ''}${target.services?.length ? ` ${target.services.join(' ')}` : ''}`);
      return structuredClone(selectServices(baseModel, target.services));
    },
    up: async (target: StackTarget, up: UpOptions) => {
      events.push(`compose up${target.services?.length ? ` ${target.services.join(' ')}` : ''}${up.upFlags?.length ? ` ${up.upFlags.join(' ')}` : ''} (lease held by ${leaseOwner()})`);
      clock.time += 2500;
      // The stack's containers, as Compose would create them (the teardown removes them by label);
      // a test that describes them (`stack`: ports, logs, states) has them made that way instead.
      for (const service of options.stack ? [] : Object.keys((options.model ?? HEALTHY_MODEL).services)) {
        docker.container({ id: `${target.projectName}-${service}`, name: `${target.projectName}-${service}-1`, image: 'x', labels: { 'com.docker.compose.project': target.projectName, 'com.docker.compose.service': service }, created: new Date(clock.now()).toISOString() });
      }
      if (options.up === 'unhealthy' || options.up === 'timeout') {
        throw new CommandError(['docker', 'compose', 'up'], 1, 'dependency failed to start: container p-db-1 is unhealthy', options.up === 'timeout' ? 'timeout' : 'exit');
      }
      void up;
      if (options.stack) docker.startStack(target.projectName, options.stack);
      return { durationMs: 2500, output: [] };
    },
    down: async (_target: StackTarget, down: DownOptions) => {
      events.push(`compose down${down.byNameOnly ? ' by name' : ''} (lease held by ${leaseOwner()})`);
      docker.stack.clear();
    },
    stop: async () => {
      events.push(`compose stop (lease held by ${leaseOwner()})`);
    },
    pull: async (target: StackTarget, service: string, pull: ImageOptions) => {
      events.push(`compose pull ${service}`);
      clock.time += 1000;
      const error = pullErrors[service]?.shift();
      if (error !== undefined) throw new CommandError(['docker', 'compose', 'pull', service], 18, error, 'exit');
      void pull;
      present.add(imageOf(target, service));
      return { durationMs: 1000 };
    },
    build: async (target: StackTarget, service: string, build: ImageOptions) => {
      events.push(`compose build ${service}${build.overrideFiles?.length ? ' +override' : ''}`);
      clock.time += 4000;
      build.onLine?.(`#1 [${service} 1/2] FROM base`);
      const error = options.buildErrors?.[service];
      if (error !== undefined) {
        build.onLine?.(error);
        throw new CommandError(['docker', 'compose', 'build', service], 17, error, 'exit');
      }
      present.add(imageOf(target, service));
      // As Compose does: the labels of the build section, the override's merged in.
      const override = build.overrideFiles?.map((file) => parseYaml(files.readText(file) ?? '') as { services?: Record<string, { build?: { labels?: Record<string, string> } }> });
      docker.built.set(imageOf(target, service), Object.assign({ 'com.docker.compose.project': target.projectName }, ...(override ?? []).map((doc) => doc.services?.[service]?.build?.labels ?? {})));
      return { durationMs: 4000 };
    },
  };

  let samples = options.samples ?? SAMPLES;
  const self: ThisProcess = {
    env,
    cwd: () => WORKSPACE,
    pid: 100,
    nodePath: '/usr/bin/node',
    self: { command: '/usr/bin/node', args: ['cli.js'] },
    temporaryDirectory: () => '/tmp',
    userAtHost: () => 'tester@host-a',
    stdout: (text) => void events.push(`stdout: ${text.trimEnd()}`),
    stderr: (text) => void events.push(`stderr: ${text.trimEnd()}`),
    stderrIsTty: false,
    stdoutColumns: undefined,
    interruptSignal: () => ({ signal: new AbortController().signal, dispose: () => undefined }),
    runForeground: async (argv, commandEnv): Promise<ForegroundResult> => {
      commandEnvs.push(commandEnv);
      events.push(`command ${argv.join(' ')} (lease held by ${leaseOwner()})`);
      return { exitCode: Number(argv[1] ?? 0) };
    },
  };

  const deps: Deps = {
    runtime,
    docker,
    compose,
    commands: { run: async () => ({ stdout: '', stderr: '', exitCode: 0, durationMs: 0 }) } as never,
    files,
    clock,
    host,
    processes: {
      spawnDetached: (command, args) => {
        const pid = (nextPid += 1);
        host.spawn(pid);
        events.push(`spawn ${path.basename(args.at(-1) === undefined ? command : (args.find((arg) => arg.endsWith('.js')) ?? command))}${args.includes('hold-lease') ? ' hold-lease' : ''} (pid ${pid})`);
        return pid;
      },
      signal: (pid, signal) => {
        events.push(`signal ${signal} ${pid} (lease held by ${leaseOwner()})`);
        if (!host.alive.has(pid)) return false;
        const samplesFile = [...files.files.keys()].find((file) => file.endsWith('monitor.ndjson'));
        if (samplesFile) files.writeText(samplesFile, `${samples}\n{"k":"end","t":3000,"reason":"stopped"}\n`);
        host.kill(pid);
        return true;
      },
    },
    self,
    randomHex: () => 'abc123',
    monitorScript: () => '/action/dist/monitor/index.js',
    cliScript: () => '/action/dist/cli/index.js',
    cache: { availability: () => ({ available: false, reason: 'no cache in this test' }) } as never,
    images: {
      imageId: async (reference: string) => (present.has(reference) ? `sha256:${reference}` : undefined),
      save: async () => ({ durationMs: 0, sizeBytes: 0 }),
      load: async () => ({ durationMs: 0 }),
    },
    network: options.network ?? {
      tcp: async (host, port) => ({ ok: true, detail: `${host}:${port} accepted` }),
      http: async () => ({ ok: true, detail: 'HTTP 200' }),
    },
    artifacts: {
      availability: () => (options.artifacts && options.artifacts !== 'unavailable' ? { available: true } : { available: false, reason: 'no artifact service here (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set: a run outside GitHub Actions)' }),
      upload: async (request) => {
        uploads.push(request);
        events.push(`upload ${request.name} (${request.files.map((file) => path.basename(file)).join(', ')})`);
        if (options.artifacts === 'conflict-once' && uploads.length === 1) return { kind: 'failed', reason: 'Received non-retryable error: Failed request: (409) Conflict', durationMs: 5 };
        return { kind: 'uploaded', id: 7, sizeBytes: 1234, durationMs: 40, url: 'https://github.com/o/r/actions/runs/1/artifacts/7' };
      },
    },
  };
  // The monitor writes its samples as soon as it runs.
  const originalSpawn = deps.processes.spawnDetached;
  deps.processes.spawnDetached = (command, args, spawnEnv) => {
    const pid = originalSpawn(command, args, spawnEnv);
    const config = spawnEnv.DOCKER_STABILITY_MONITOR_CONFIG;
    if (config) {
      const parsed = JSON.parse(files.readText(config)!) as { samplesFile: string };
      files.writeText(parsed.samplesFile, samples);
    }
    return pid;
  };

  return {
    deps,
    events,
    outputs,
    exported,
    uploads,
    commandEnvs,
    state,
    summaries,
    failures,
    files,
    clock,
    docker,
    host,
    leaseOwner,
    /** Images on the daemon now. */
    present,
    setSamples: (text: string) => void (samples = text),
    /** The same world seen by a second process (post): same daemon, files, state; its own pid. */
    secondProcess(pid = 200) {
      host.spawn(pid);
      const own = new FakeHost(host.alive.get(pid)!);
      own.processIdentity = (queried?: number) => (queried === undefined ? own.self : host.alive.get(queried));
      return { ...deps, host: own };
    },
  };
}
