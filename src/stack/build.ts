import pLimit from 'p-limit';
import type { ComposeCli } from '../compose/compose-cli.js';
import type { StackTarget } from '../compose/target.js';
import { CommandError } from '../ports/command.js';
import type { ImagePolicy, PlannedImage } from './images.js';

// The build phase: each service that builds, with its own `docker compose build <service>` —
// all at once, as Compose builds — timed one by one. Compose reads `cache_from`/`cache_to`,
// build args and secrets from the files as it always does; the override adds our label to each
// image built here, so cleanup can remove exactly these (remove-built-images).
// Build output is what a Dockerfile's RUN steps print: untrusted text, handed to `output` only.

export interface ServiceBuild {
  service: string;
  image: string;
  outcome: 'built' | 'present' | 'absent' | 'failed' | 'cancelled';
  why: string;
  durationMs: number;
  /** The last lines of a failed build's output. */
  tail?: string[];
}

export interface BuildSection {
  policy: ImagePolicy;
  services: ServiceBuild[];
  /** The phase's wall time. */
  durationMs: number;
  failure?: string;
}

export interface BuildDeps {
  compose: ComposeCli;
  now: () => number;
  /** Build output as it comes, a batch of lines at a time, prefixed with the service when several build. */
  output: (lines: string[]) => void;
  log: { info(message: string): void };
}

export interface BuildOptions {
  overrideFiles?: string[];
  signal?: AbortSignal;
  parallel?: number;
  timeoutMs?: number;
}

/** A build of an hour is long but happens; the bound is for one that hangs. */
const BUILD_TIMEOUT_MS = 60 * 60_000;
const TAIL_LINES = 12;
/** Output goes out in batches: fewer blocks in the log, still live. */
const BATCH_LINES = 20;
const BATCH_MS = 2000;

export async function buildImages(deps: BuildDeps, target: StackTarget, policy: ImagePolicy, plan: PlannedImage[], options: BuildOptions = {}): Promise<BuildSection> {
  const started = deps.now();
  const stopAll = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stopAll.signal]) : stopAll.signal;
  const building = plan.filter((planned) => planned.action === 'fetch');
  const limit = pLimit(options.parallel ?? Math.max(1, building.length));
  const services = await Promise.all(
    plan.map((planned) => {
      const service = planned.services[0]!;
      if (planned.action !== 'fetch') return { service, image: planned.image, outcome: planned.action, why: planned.why, durationMs: 0 } satisfies ServiceBuild;
      return limit(async () => {
        const built = await buildOne(deps, target, planned, building.length > 1, { ...options, signal });
        if (built.outcome === 'failed') stopAll.abort();
        return built;
      });
    }),
  );
  const section: BuildSection = { policy, services, durationMs: deps.now() - started };
  const failure = buildFailure(services);
  return failure ? { ...section, failure } : section;
}

async function buildOne(deps: BuildDeps, target: StackTarget, planned: PlannedImage, prefixed: boolean, options: BuildOptions & { signal: AbortSignal }): Promise<ServiceBuild> {
  const service = planned.services[0]!;
  const started = deps.now();
  const tail: string[] = [];
  let batch: string[] = [];
  let flushedAt = started;
  const flush = (): void => {
    if (batch.length) deps.output(batch);
    batch = [];
    flushedAt = deps.now();
  };
  const onLine = (line: string): void => {
    tail.push(line);
    if (tail.length > TAIL_LINES) tail.shift();
    batch.push(prefixed ? `${service} | ${line}` : line);
    if (batch.length >= BATCH_LINES || deps.now() - flushedAt >= BATCH_MS) flush();
  };
  const result = (outcome: ServiceBuild['outcome'], extra: Partial<ServiceBuild> = {}): ServiceBuild => ({
    service,
    image: planned.image,
    outcome,
    why: planned.why,
    durationMs: deps.now() - started,
    ...extra,
  });
  if (options.signal.aborted) return result('cancelled');
  try {
    await deps.compose.build(target, service, { overrideFiles: options.overrideFiles, timeoutMs: options.timeoutMs ?? BUILD_TIMEOUT_MS, signal: options.signal, onLine });
    flush();
    const built = result('built');
    deps.log.info(`Built ${service} (${planned.image}) in ${(built.durationMs / 1000).toFixed(1)} s.`);
    return built;
  } catch (error) {
    flush();
    if (!(error instanceof CommandError)) throw error;
    if (error.reason === 'aborted') return result('cancelled');
    const words = error.reason === 'timeout' ? [`no end after ${Math.round((options.timeoutMs ?? BUILD_TIMEOUT_MS) / 60_000)} min: the build was stopped`] : [];
    return result('failed', { tail: [...(tail.length ? tail : error.stderrTail.split('\n').filter(Boolean).slice(-TAIL_LINES)), ...words] });
  }
}

function buildFailure(services: ServiceBuild[]): string | undefined {
  const lines = services.flatMap((build) => {
    if (build.outcome === 'absent') return [`${build.service} (${build.image}): ${build.why}`];
    if (build.outcome !== 'failed') return [];
    // BuildKit ends with the reason ("failed to solve: … exit code: 3"); say that line.
    const reason = [...(build.tail ?? [])].reverse().find((line) => /error|failed|exit code/i.test(line)) ?? build.tail?.at(-1) ?? 'failed';
    return [`${build.service} (${build.image}): ${reason.trim()}`];
  });
  return lines.length ? `Could not build the stack's images:\n${lines.join('\n')}` : undefined;
}
