import { formatDuration } from '../../settings/units.js';
import type { Hit, Rule, RuleContext } from '../context.js';
import { DEFAULT_HEALTH_INTERVAL_MS, DEFAULT_HEALTH_TIMEOUT_MS, dependants, hasHealthcheck, healthTiming, parseImage } from '../service-facts.js';

// healthcheck, healthcheck-timing, depends-on-healthy: whether `up --wait` and dependants can
// know a service is ready, and whether its checks survive a loaded runner.

const healthcheck: Rule = {
  id: 'healthcheck',
  check: ({ services, where }) => {
    const dependedOn = dependants(services);
    return services.flatMap(([name, service]): Hit[] => {
      if (hasHealthcheck(service)) return [];
      const users = dependedOn.get(name) ?? [];
      const publishes = (service.ports ?? []).length > 0;
      if (users.length === 0 && !publishes) return [];
      const why = users.length > 0 ? `${users.join(', ')} depend${users.length === 1 ? 's' : ''} on it` : 'it publishes ports';
      return [{
        rule: 'healthcheck',
        service: name,
        at: where.service(name),
        message: `Service ${name} has no health check although ${why}, so "started" is all anyone can wait for and tests race its start-up. Add a healthcheck (or declare the image's own here).`,
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

/**
 * How to keep a fast start with a slower interval: start_interval (probes during start_period)
 * where the engine takes it; older engines refuse the field, so it is not advised there.
 */
function fastStartAdvice(engine: RuleContext['engine']): string {
  if (engine === undefined) return ', with start_interval for a fast start on Docker Engine 25 or later';
  return engine.startInterval ? ', with start_interval (e.g. 1s, this engine supports it) and a start_period for a fast start' : ' (this engine is older than 25 and refuses start_interval: keep a start_period instead)';
}

const timingHits = ({ services, config, where, engine }: RuleContext): Hit[] =>
    services.flatMap(([name, service]): Hit[] => {
      if (!hasHealthcheck(service)) return [];
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
        const interval = timing.intervalMs ?? DEFAULT_HEALTH_INTERVAL_MS;
        const timeout = timing.timeoutMs ?? DEFAULT_HEALTH_TIMEOUT_MS;
        if (timeout >= interval) {
          hits.push({
            rule: 'healthcheck-timing',
            service: name,
            at: where.value(name, ['healthcheck', timing.timeoutMs !== undefined ? 'timeout' : 'interval']),
            message: `The health check of ${name} may take ${formatDuration(timeout)} (timeout${timing.timeoutMs === undefined ? ', Docker\'s default' : ''}) but is meant to run every ${formatDuration(interval)}: a hanging probe holds up the next, so failures are noticed late. Set a timeout below the interval.`,
          });
        }
      }
      const image = service.image ? parseImage(service.image).name : '';
      const slow = config.healthcheckTiming.slowStarters.find((prefix) => image.startsWith(prefix));
      if (slow && !(timing.startPeriodMs !== undefined && timing.startPeriodMs > 0)) {
        hits.push({
          rule: 'healthcheck-timing',
          service: name,
          at: where.key(name, ['healthcheck']),
          message: `${name} runs ${image}, which starts slowly, but its health check has no start_period: failures while it initialises count against its retries and it can be marked unhealthy. Add start_period (e.g. 30s).`,
        });
      }
      return hits;
    });

const dependsOnHealthy: Rule = {
  id: 'depends-on-healthy',
  check: ({ model, services, where }) =>
    services.flatMap(([name, service]) =>
      Object.entries(service.depends_on ?? {}).flatMap(([dependency, spec]): Hit[] => {
        const target = model.services[dependency];
        const condition = spec?.condition ?? 'service_started';
        if (!target || !hasHealthcheck(target) || condition !== 'service_started') return [];
        return [{
          rule: 'depends-on-healthy',
          service: name,
          at: where.entry(name, ['depends_on'], (entry) => entry.key === dependency || entry.value === dependency),
          message: `${name} depends on ${dependency}, which has a health check, but only waits for it to start: a start-up race. Use depends_on: {${dependency}: {condition: service_healthy}}.`,
        }];
      }),
    ),
};

export const HEALTH_RULES: Rule[] = [healthcheck, healthcheckTiming, dependsOnHealthy];
