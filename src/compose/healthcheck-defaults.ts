import { formatDuration, parseDuration } from '../core/units.js';
import type { ComposeModel, ComposeService } from './model.js';
import { addToService, emptyOverride, type ComposeOverride } from './override.js';

// Health-check standardisation (opt-in): services whose health check is more aggressive than a
// team's standard timing get the standard through the generated override file. Only timing is
// changed; the check's command is never changed, and a service without a check gets none.

export interface HealthcheckDefaults {
  intervalMs?: number;
  timeoutMs?: number;
  retries?: number;
  startPeriodMs?: number;
}

const FIELDS = {
  interval: 'intervalMs',
  timeout: 'timeoutMs',
  retries: 'retries',
  'start-period': 'startPeriodMs',
} as const;

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
const DOCKER_DEFAULTS = { intervalMs: 30_000, timeoutMs: 30_000, retries: 3, startPeriodMs: 0 };

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

/**
 * The standard timing for each service whose check is more aggressive: checks more often,
 * times out sooner, gives up after fewer failures, or has a shorter (or no) start period.
 */
export function healthcheckOverride(
  model: ComposeModel,
  defaults: HealthcheckDefaults,
  base: ComposeOverride = emptyOverride(),
): { override: ComposeOverride; changes: HealthcheckChange[] } {
  let override = base;
  const changes: HealthcheckChange[] = [];
  for (const [name, service] of Object.entries(model.services ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    if (!hasHealthcheck(service)) continue;
    const check = service.healthcheck!;
    const current = {
      intervalMs: durationOf(check.interval),
      timeoutMs: durationOf(check.timeout),
      retries: check.retries,
      startPeriodMs: durationOf(check.start_period),
    };
    const patch: NonNullable<ComposeOverride['services'][string]['healthcheck']> = {};
    for (const [field, key] of Object.entries(FIELDS) as Array<[Field, keyof HealthcheckDefaults]>) {
      const standard = defaults[key];
      if (standard === undefined) continue;
      const effective = current[key] ?? DOCKER_DEFAULTS[key];
      if (effective >= standard) continue;
      const show = (value: number | undefined): string => (value === undefined ? 'unset' : key === 'retries' ? String(value) : formatDuration(value));
      changes.push({ service: name, field, before: show(current[key]), after: show(standard) });
      if (key === 'retries') patch.retries = standard;
      else if (key === 'intervalMs') patch.interval = composeDuration(standard);
      else if (key === 'timeoutMs') patch.timeout = composeDuration(standard);
      else patch.start_period = composeDuration(standard);
    }
    if (Object.keys(patch).length > 0) override = addToService(override, name, { healthcheck: patch });
  }
  return { override, changes };
}
