import { declaredMemory } from '../../compose/declared-memory.js';
import type { ComposeService } from '../../compose/model.js';
import { formatDuration } from '../../core/units.js';
import { isRecord, type Hit, type Rule, type RuleContext } from '../context.js';
import { dependants, effectiveTiming, healthcheckSource, healthTiming, parseImage, type TimingValue } from '../service-facts.js';

// healthcheck, healthcheck-timing, depends-on-healthy: whether `up --wait` and dependants can
// know a service is ready, and whether its checks survive a loaded runner. A check is judged as
// the daemon will run it: fields the file leaves unset come from the image's own HEALTHCHECK
// when the daemon has the image, and are said to be unknown when it does not.

const UNKNOWN_IMAGE = 'its image is not on this daemon, so whether that declares a HEALTHCHECK is unknown';

const healthcheck: Rule = {
  id: 'healthcheck',
  check: ({ services, images, where }) => {
    // A one-shot job (a migration) that others await with service_completed_successfully is
    // waited for by its exit, not its health.
    const dependedOn = dependants(services, (condition) => condition !== 'service_completed_successfully');
    return services.flatMap(([name, service]): Hit[] => {
      const source = healthcheckSource(service, images.get(name));
      if (source === 'compose' || source === 'image') return [];
      const users = dependedOn.get(name) ?? [];
      const publishes = (service.ports ?? []).length > 0;
      if (users.length === 0 && !publishes) return [];
      const why = users.length > 0 ? `${users.join(', ')} depend${users.length === 1 ? 's' : ''} on it` : 'it publishes ports';
      const image = source === 'unknown' && !service.healthcheck ? ` (${UNKNOWN_IMAGE})` : '';
      return [{
        rule: 'healthcheck',
        service: name,
        at: where.service(name),
        message: `Service ${name} has no health check although ${why}, so "started" is all anyone can wait for and tests race its start-up${image}. Add a healthcheck (or declare the image's own here).`,
      }];
    });
  },
};

const healthcheckTiming: Rule = {
  id: 'healthcheck-timing',
  check: (context) => standardisedAsNotes(timingHits(context), context.standardised),
};

/** Where the action injected the standard timing, the finding stays, as a note saying so. */
function standardisedAsNotes(hits: Hit[], standardised: RuleContext['standardised']): Hit[] {
  return hits.map((hit) => {
    const changes = standardised.get(hit.service);
    if (!changes?.length) return hit;
    const what = changes.map((change) => `${change.field} ${change.before} → ${change.after}`).join(', ');
    return { ...hit, severity: 'note', message: `${hit.message} The action injected the standard timing for this run (${what}); fix the file to match.` };
  });
}

/** "(timeout, the image's HEALTHCHECK)": where a value the file does not set comes from. */
function origin(field: string, value: TimingValue): string {
  if (value.from === 'compose') return field;
  if (value.from === 'image') return `${field}, from the image's own HEALTHCHECK`;
  if (value.from === 'docker') return `${field}, Docker's default (the image sets none)`;
  return `${field}, Docker's default unless the image's own HEALTHCHECK sets another: unknown, as the image is not on this daemon`;
}

/** Databases and JVMs: by image name, or because the service runs a JVM heap flag. */
function slowStarter(service: ComposeService, prefixes: string[]): string | undefined {
  const image = service.image ? parseImage(service.image).name : '';
  const named = prefixes.find((prefix) => image.startsWith(prefix));
  if (named) return image;
  return declaredMemory(service).some((declaration) => declaration.program === 'jvm') ? 'a JVM' : undefined;
}

/**
 * How to keep a fast start with a slower interval: start_interval (probes during start_period)
 * where the engine takes it; older engines refuse the field, so it is not advised there.
 */
function fastStartAdvice(engine: RuleContext['engine']): string {
  if (engine === undefined) return ', with start_interval for a fast start on Docker Engine 25 or later';
  return engine.startInterval ? ', with start_interval (e.g. 1s, this engine supports it) and a start_period for a fast start' : ' (this engine is older than 25 and refuses start_interval: keep a start_period instead)';
}

const timingHits = ({ services, images, config, where, engine }: RuleContext): Hit[] =>
  services.flatMap(([name, service]): Hit[] => {
    const image = images.get(name);
    const source = healthcheckSource(service, image);
    // Timing is judged where it is written: a check that only the image declares is the image's.
    if (source !== 'compose') return [];
    const timing = healthTiming(service);
    const floor = config.healthcheckTiming.minIntervalMs;
    const hits: Hit[] = [];
    if (timing.intervalMs !== undefined && timing.intervalMs < floor) {
      hits.push({
        rule: 'healthcheck-timing',
        service: name,
        at: where.value(name, ['healthcheck', 'interval']),
        message: `The health check of ${name} runs every ${formatDuration(timing.intervalMs)}, below the floor of ${formatDuration(floor)}: frequent probes load a busy runner and fail under it. Use interval: ${Math.ceil(floor / 1000)}s or more${fastStartAdvice(engine)}.`,
      });
    }
    if (service.healthcheck?.start_interval !== undefined && engine?.startInterval === false) {
      hits.push({
        rule: 'healthcheck-timing',
        service: name,
        at: where.value(name, ['healthcheck', 'start_interval']),
        severity: 'error',
        message: `The health check of ${name} sets start_interval, which this daemon's engine refuses (it needs Docker Engine 25 or later): Compose will not start the stack. Remove start_interval here (keep start_period) or run on a newer engine.`,
      });
    }
    if (timing.intervalMs !== undefined || timing.timeoutMs !== undefined) {
      const interval = effectiveTiming(service, image, 'intervalMs', timing);
      const timeout = effectiveTiming(service, image, 'timeoutMs', timing);
      if (timeout.ms >= interval.ms) {
        hits.push({
          rule: 'healthcheck-timing',
          service: name,
          at: where.value(name, ['healthcheck', timing.timeoutMs !== undefined ? 'timeout' : 'interval']),
          message: `The health check of ${name} may take ${formatDuration(timeout.ms)} (${origin('timeout', timeout)}) but is meant to run every ${formatDuration(interval.ms)} (${origin('interval', interval)}): a hanging probe holds up the next, so failures are noticed late. Set a timeout below the interval.`,
        });
      }
    }
    const slow = slowStarter(service, config.healthcheckTiming.slowStarters);
    if (slow) {
      const start = effectiveTiming(service, image, 'startPeriodMs', timing);
      const minimum = config.healthcheckTiming.minStartPeriodMs;
      if (start.ms === 0) {
        const unknown = start.from === 'unknown' ? ` (${origin('start_period', start).replace(/^start_period, /, '')})` : '';
        hits.push({
          rule: 'healthcheck-timing',
          service: name,
          at: where.key(name, ['healthcheck']),
          message: `${name} runs ${slow}, which starts slowly, but its health check has no start_period${unknown}: failures while it initialises count against its retries and it can be marked unhealthy. Add start_period (e.g. 30s).`,
        });
      } else if (start.ms < minimum) {
        hits.push({
          rule: 'healthcheck-timing',
          service: name,
          at: start.from === 'compose' ? where.value(name, ['healthcheck', 'start_period']) : where.key(name, ['healthcheck']),
          message: `${name} runs ${slow}, which starts slowly, but its health check's start period is only ${formatDuration(start.ms)} (${origin('start_period', start)}), below ${formatDuration(minimum)}: on a loaded runner it is still initialising when failures start to count. Use start_period: 30s (start_interval keeps the first checks quick).`,
        });
      }
    }
    return hits;
  });

const dependsOnHealthy: Rule = {
  id: 'depends-on-healthy',
  check: ({ model, services, images, where }) =>
    services.flatMap(([name, service]) =>
      Object.entries(service.depends_on ?? {}).flatMap(([dependency, spec]): Hit[] => {
        const target = model.services[dependency];
        const condition = spec?.condition ?? 'service_started';
        if (!target || condition !== 'service_started') return [];
        const source = healthcheckSource(target, images.get(dependency));
        if (source !== 'compose' && source !== 'image') return [];
        // `condition: service_started` written out is a choice; only the short form is Compose's default.
        let written: unknown;
        const at = where.entry(name, ['depends_on'], (entry) => {
          if (entry.key !== dependency && entry.value !== dependency) return false;
          written = entry.key === dependency ? entry.value : undefined;
          return true;
        });
        if (isRecord(written) && written.condition === 'service_started') return [];
        return [{
          rule: 'depends-on-healthy',
          service: name,
          at,
          message: `${name} depends on ${dependency}, which has a health check${source === 'image' ? " (its image's own HEALTHCHECK)" : ''}, but only waits for it to start: a start-up race. Use depends_on: {${dependency}: {condition: service_healthy}} (or condition: service_started, written out, if starting is all it needs).`,
        }];
      }),
    ),
};

export const HEALTH_RULES: Rule[] = [healthcheck, healthcheckTiming, dependsOnHealthy];
