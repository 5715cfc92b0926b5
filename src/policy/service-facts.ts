import type { ComposeService } from '../compose/model.js';
import { parseDuration } from '../core/units.js';

// Facts about one service of the canonical model that several rules and `compare` read.

/** Docker's defaults when a health check sets no timing (docker run --health-*). */
export const DEFAULT_HEALTH_INTERVAL_MS = 30_000;
export const DEFAULT_HEALTH_TIMEOUT_MS = 30_000;

export interface HealthTiming {
  /** Explicit values only; undefined when the file leaves Docker's default. */
  intervalMs?: number;
  timeoutMs?: number;
  startPeriodMs?: number;
  retries?: number;
}

/** An image's own HEALTHCHECK timing, as the daemon reports it (unset fields absent). */
export interface ImageHealthcheck {
  intervalMs?: number;
  timeoutMs?: number;
  startPeriodMs?: number;
  retries?: number;
}

/** What the daemon says of a service's image: its HEALTHCHECK or that it has none — or nothing (not local, no daemon). */
export type ImageHealth = { known: true; healthcheck?: ImageHealthcheck } | { known: false };

/** Where a service's health check comes from once the daemon merges the image's: or none, or unknown. */
export type HealthcheckSource = 'compose' | 'image' | 'none' | 'unknown';

/**
 * The daemon takes each field the compose file leaves unset from the image's HEALTHCHECK, and
 * the whole check from the image when the file declares none; `disable` and test NONE turn both off.
 */
export function healthcheckSource(service: ComposeService, image: ImageHealth | undefined): HealthcheckSource {
  if (service.healthcheck) return hasHealthcheck(service) ? 'compose' : 'none';
  if (!image?.known) return 'unknown';
  return image.healthcheck ? 'image' : 'none';
}

export interface TimingValue {
  ms: number;
  /** compose: the file; image: the image's HEALTHCHECK; docker: Docker's default; unknown: Docker's default unless the image (not on this daemon) sets one. */
  from: 'compose' | 'image' | 'docker' | 'unknown';
}

/** One field as the container will run it: the file's, else the image's, else Docker's default. */
export function effectiveTiming(service: ComposeService, image: ImageHealth | undefined, field: 'intervalMs' | 'timeoutMs' | 'startPeriodMs', timing: HealthTiming = healthTiming(service)): TimingValue {
  const written = timing[field];
  if (written !== undefined) return { ms: written, from: 'compose' };
  const fallback = field === 'startPeriodMs' ? 0 : field === 'intervalMs' ? DEFAULT_HEALTH_INTERVAL_MS : DEFAULT_HEALTH_TIMEOUT_MS;
  if (!image?.known) return { ms: fallback, from: 'unknown' };
  const own = image.healthcheck?.[field];
  return own !== undefined && own > 0 ? { ms: own, from: 'image' } : { ms: fallback, from: 'docker' };
}

/** The image reference a service runs: its `image:`, or the name Compose gives what it builds. */
export function imageReference(project: string, service: string, spec: ComposeService): string {
  return spec.image ?? `${project}-${service}`;
}

/** True when the service declares a health check that runs (not `disable`, not test NONE). */
export function hasHealthcheck(service: ComposeService): boolean {
  const check = service.healthcheck;
  if (!check || check.disable) return false;
  const test = Array.isArray(check.test) ? check.test : check.test !== undefined ? [check.test] : [];
  return test[0] !== 'NONE';
}

export function healthTiming(service: ComposeService): HealthTiming {
  const check = service.healthcheck ?? {};
  const ms = (value: string | undefined): number | undefined => {
    if (value === undefined) return undefined;
    const parsed = parseDuration(value);
    return typeof parsed === 'number' ? parsed : undefined;
  };
  return {
    intervalMs: ms(check.interval),
    timeoutMs: ms(check.timeout),
    startPeriodMs: ms(check.start_period),
    retries: check.retries,
  };
}

export interface ImageReference {
  /** Repository without registry host and tag: "library/postgres" → "postgres", "bitnami/redis". */
  repository: string;
  /** The last path segment, lower-cased: what people call the image ("postgres"). */
  name: string;
  tag?: string;
  digest?: string;
}

/** Splits "registry:5000/org/name:tag@sha256:…" without guessing beyond Docker's grammar. */
export function parseImage(image: string): ImageReference {
  const [withoutDigest = '', digest] = image.split('@', 2);
  const slash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.lastIndexOf(':');
  const hasTag = colon > slash;
  const path = hasTag ? withoutDigest.slice(0, colon) : withoutDigest;
  const tag = hasTag ? withoutDigest.slice(colon + 1) : undefined;
  const parts = path.split('/');
  // A first segment with a dot or colon, or "localhost", is a registry host.
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0]!)) parts.shift();
  if (parts[0] === 'library' && parts.length === 2) parts.shift();
  const repository = parts.join('/');
  return { repository, name: (parts[parts.length - 1] ?? '').toLowerCase(), tag, digest };
}

/** The command as one string, for spotting switches (`["postgres","-c","fsync=off"]`). */
export function commandText(value: string[] | string | null | undefined): string {
  if (value === null || value === undefined) return '';
  return Array.isArray(value) ? value.join(' ') : value;
}

/** Services named in other services' depends_on (with a condition `accept` takes), with who depends on them. */
export function dependants(services: Array<[string, ComposeService]>, accept: (condition: string) => boolean = () => true): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const [name, service] of services) {
    for (const [dependency, spec] of Object.entries(service.depends_on ?? {})) {
      if (!accept(spec?.condition ?? 'service_started')) continue;
      result.set(dependency, [...(result.get(dependency) ?? []), name]);
    }
  }
  return result;
}
