import { formatDuration, parseDuration } from '../core/units.js';
import type { ComposeModel, ComposeService } from './model.js';
import { addToService, emptyOverride, type ComposeOverride } from './override.js';

// Health-check standardisation (opt-in): services whose health check is more aggressive than a
// team's standard timing get the standard through the generated override file. Only timing is
// changed; the check's command is never changed, and a service without a check gets none.
//
// `start-interval` is how often the check runs during its start period (Docker Engine 25, API
// 1.44): a service whose frequent checks the standard slows down keeps a fast start with it.
// Older engines refuse the field (Compose stops with "can't set healthcheck.start_interval as
// feature require Docker Engine v25 or later"), so it is only written when the daemon is known
// to support it.

export interface HealthcheckDefaults {
  intervalMs?: number;
  timeoutMs?: number;
  retries?: number;
  startPeriodMs?: number;
  startIntervalMs?: number;
}

const FIELDS = {
  interval: 'intervalMs',
  timeout: 'timeoutMs',
  retries: 'retries',
  'start-period': 'startPeriodMs',
  'start-interval': 'startIntervalMs',
} as const;

/** The first Engine API version that accepts healthcheck StartInterval (Docker Engine 25.0). */
export const START_INTERVAL_API = '1.44';

/** Whether an engine of this API version ("1.41", "1.51") honours `start_interval`. */
export function supportsStartInterval(apiVersion: string): boolean {
  const [major = 0, minor = 0] = apiVersion.split('.').map(Number);
  const [wantMajor = 0, wantMinor = 0] = START_INTERVAL_API.split('.').map(Number);
  return major > wantMajor || (major === wantMajor && minor >= wantMinor);
}

type Field = keyof typeof FIELDS;

/**
 * "interval=10s,timeout=5s,retries=5,start-period=20s" (any subset). Empty means off. Every
 * problem names its field.
 */
export function parseHealthcheckDefaults(text: string): HealthcheckDefaults | undefined | { problems: string[] } {
  const entries = text
    .split(/[\n,]/)
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return undefined;
  const defaults: HealthcheckDefaults = {};
  const problems: string[] = [];
  for (const entry of entries) {
    const [rawField = '', value = ''] = entry.split('=', 2).map((part) => part.trim());
    const field = rawField.replace('_', '-') as Field;
    if (!(field in FIELDS) || !entry.includes('=')) {
      problems.push(`'${entry}': unknown field '${rawField}'; use ${Object.keys(FIELDS).join(', ')} as field=value`);
      continue;
    }
    if (field === 'retries') {
      const retries = /^\d+$/.test(value) ? Number(value) : NaN;
      if (!(retries >= 1 && retries <= 100)) problems.push(`retries: '${value}' is not a whole number from 1 to 100`);
      else defaults.retries = retries;
      continue;
    }
    const ms = parseDuration(value);
    if (typeof ms !== 'number') problems.push(`${field}: ${ms.error}`);
    else if (ms < 1000 && field !== 'start-period') problems.push(`${field}: '${value}' is shorter than Docker's minimum of 1s`);
    else defaults[FIELDS[field]] = ms;
  }
  return problems.length ? { problems } : defaults;
}

/** Docker's own defaults for what a health check leaves unset. */
const DOCKER_DEFAULTS = { intervalMs: 30_000, timeoutMs: 30_000, retries: 3, startPeriodMs: 0, startIntervalMs: 5000 };

export interface HealthcheckChange {
  service: string;
  field: Field;
  before: string;
  after: string;
}

function hasHealthcheck(service: ComposeService): boolean {
  const check = service.healthcheck;
  if (!check || check.disable) return false;
  const test = Array.isArray(check.test) ? check.test : check.test ? [check.test] : [];
  return test.length > 0 && test[0] !== 'NONE';
}

function durationOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const parsed = parseDuration(text);
  return typeof parsed === 'number' ? parsed : undefined;
}

/** "10s", "1m 30s": how Compose accepts durations in a file (no spaces). */
function composeDuration(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}

/** What the daemon accepts; unknown (no daemon asked, as in `check`) counts as not supported. */
export interface HealthcheckEngine {
  startInterval: boolean;
}

/**
 * The standard timing for each service whose check is more aggressive: checks more often,
 * times out sooner, gives up after fewer failures, or has a shorter (or no) start period.
 * Such a service also gets the standard `start_interval` when it sets none (or a shorter one)
 * and the engine supports it; `skipped` says why it was not written otherwise.
 */
export function healthcheckOverride(
  model: ComposeModel,
  defaults: HealthcheckDefaults,
  base: ComposeOverride = emptyOverride(),
  engine: HealthcheckEngine = { startInterval: false },
): { override: ComposeOverride; changes: HealthcheckChange[]; skipped: string[] } {
  let override = base;
  const changes: HealthcheckChange[] = [];
  const skipped: string[] = [];
  for (const [name, service] of Object.entries(model.services ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    if (!hasHealthcheck(service)) continue;
    const check = service.healthcheck!;
    const current = {
      intervalMs: durationOf(check.interval),
      timeoutMs: durationOf(check.timeout),
      retries: check.retries,
      startPeriodMs: durationOf(check.start_period),
      startIntervalMs: durationOf(check.start_interval),
    };
    const patch: NonNullable<ComposeOverride['services'][string]['healthcheck']> = {};
    for (const [field, key] of Object.entries(FIELDS) as Array<[Field, keyof HealthcheckDefaults]>) {
      const standard = defaults[key];
      if (standard === undefined || key === 'startIntervalMs') continue;
      const effective = current[key] ?? DOCKER_DEFAULTS[key];
      if (effective >= standard) continue;
      const show = (value: number | undefined): string => (value === undefined ? 'unset' : key === 'retries' ? String(value) : formatDuration(value));
      changes.push({ service: name, field, before: show(current[key]), after: show(standard) });
      if (key === 'retries') patch.retries = standard;
      else if (key === 'intervalMs') patch.interval = composeDuration(standard);
      else if (key === 'timeoutMs') patch.timeout = composeDuration(standard);
      else patch.start_period = composeDuration(standard);
    }
    const startInterval = defaults.startIntervalMs;
    if (Object.keys(patch).length > 0 && startInterval !== undefined && (current.startIntervalMs === undefined || current.startIntervalMs < startInterval)) {
      if (engine.startInterval) {
        changes.push({ service: name, field: 'start-interval', before: current.startIntervalMs === undefined ? 'unset' : formatDuration(current.startIntervalMs), after: formatDuration(startInterval) });
        patch.start_interval = composeDuration(startInterval);
      } else {
        skipped.push(name);
      }
    }
    if (Object.keys(patch).length > 0) override = addToService(override, name, { healthcheck: patch });
  }
  return { override, changes, skipped };
}
