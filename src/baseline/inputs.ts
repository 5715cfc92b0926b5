// The inputs of history across runs, parsed once with precise errors (pure).

/** How much worse than the baseline a figure may get before it counts as a regression. */
export interface RegressionThresholds {
  /** Per-service peak memory, as a fraction (0.25 = 25 % more); undefined: not checked. */
  memory?: number;
  /** Stack start-up time and per-service time to healthy. */
  startup?: number;
  /** Per-service average CPU; off unless asked for (CPU is the noisiest figure on shared runners). */
  cpu?: number;
}

export const DEFAULT_REGRESSION = '25%';
const METRICS = ['memory', 'startup', 'cpu'] as const;

/** A `true|false` input as GitHub's core.getBooleanInput reads it (YAML 1.2 core schema words). */
export function parseSwitch(input: string, text: string, fallback: boolean): boolean | { error: string } {
  const trimmed = text.trim();
  if (trimmed === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(trimmed)) return true;
  if (['false', 'False', 'FALSE'].includes(trimmed)) return false;
  return { error: `${input}: '${text}' is not a boolean; use true or false` };
}

/**
 * `baseline-regression`: `25%` (memory and start-up), or per metric `memory=25%, startup=40%,
 * cpu=50%` (comma or newline separated; a metric not named keeps its default; `off` turns one
 * off). Growth can exceed 100 %, so this is not parsePercent (a share in (0, 1]).
 */
export function parseRegressionThresholds(text: string, input = 'baseline-regression'): RegressionThresholds | { problems: string[] } {
  const items = (text.trim() === '' ? DEFAULT_REGRESSION : text).split(/[,\n]/).map((item) => item.trim()).filter(Boolean);
  const thresholds: RegressionThresholds = { memory: 0.25, startup: 0.25 };
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const named = /^([a-z-]+)\s*=\s*(.*)$/i.exec(item);
    const metric = named ? named[1]!.toLowerCase() : 'memory,startup';
    const value = named ? named[2]!.trim() : item;
    if (named && !(METRICS as readonly string[]).includes(metric)) {
      problems.push(`${input}: unknown metric '${named[1]}' in '${item}'; use memory, startup or cpu`);
      continue;
    }
    if (seen.has(metric) || (metric === 'memory,startup' && (seen.has('memory') || seen.has('startup')))) {
      problems.push(`${input}: '${item}' sets ${metric === 'memory,startup' ? 'memory and startup' : metric} a second time`);
      continue;
    }
    const fraction = parseGrowth(value);
    if (typeof fraction === 'object') {
      problems.push(`${input}: ${fraction.error} (in '${item}')`);
      continue;
    }
    for (const key of metric.split(',') as Array<(typeof METRICS)[number]>) {
      seen.add(key);
      thresholds[key] = fraction;
    }
    if (metric === 'memory,startup') seen.add(metric);
  }
  return problems.length ? { problems } : thresholds;
}

function parseGrowth(text: string): number | undefined | { error: string } {
  if (/^off$/i.test(text)) return undefined;
  const match = /^(\d+(?:\.\d+)?)\s*%$/.exec(text);
  const value = match ? Number(match[1]) : NaN;
  if (!match || !(value > 0 && value <= 1000)) return { error: `'${text}' is not a growth between 0% and 1000% (or off)` };
  return value / 100;
}
