import { COMPOSE_LABELS, isProjectName } from '../../compose/labels.js';
import { declaredResources, onDaemon, servicesUsing, type DaemonResource, type DeclaredResource } from '../../compose/declared-resources.js';
import { isRecord, type Hit, type Rule, type RuleContext } from '../context.js';

// shared-resources: a test stack that would use a volume or network it does not own. Under a
// fixed `name:` that already exists on the daemon and is not this project's, Compose only warns
// ("already exists but was not created by Docker Compose") and mounts it: the tests read and
// write another stack's data, parallel copies of the stack share it, and a `down --volumes`
// would delete it (our teardown keeps it). `external: true` says so on purpose, so it is only a
// warning, naming the resource. Whether a name exists is a fact about the daemon: without one
// (`check` offline) only `external` is judged.

const RULE = 'shared-resources';

/** Where a service mounts the volume or joins the network, as written (short or long syntax). */
function usedAt(context: RuleContext, service: string, declared: DeclaredResource) {
  if (declared.kind === 'volume') {
    return context.where.entry(service, ['volumes'], ({ value }) =>
      isRecord(value) ? value.source === declared.key : typeof value === 'string' && value.split(':')[0] === declared.key,
    );
  }
  return context.where.entry(service, ['networks'], ({ key, value }) => key === declared.key || value === declared.key);
}

/** Whose it is, in words, from its labels; a label value that is not a Compose project name is not repeated. */
function whose(resource: DaemonResource): string {
  const project = resource.labels[COMPOSE_LABELS.project];
  if (project === undefined) return 'it was not created by Compose';
  return isProjectName(project) ? `it belongs to Compose project ${project}` : 'it belongs to another Compose project';
}

function describe(declared: DeclaredResource): string {
  return `${declared.kind} ${declared.name} (${declared.kind}s.${declared.key}${declared.fixedName && !declared.external ? `, name: ${declared.name}` : ''})`;
}

const sharedResources: Rule = {
  id: RULE,
  check: (context) => {
    const { model, daemon, config } = context;
    const hits: Hit[] = [];
    for (const declared of declaredResources(model)) {
      const users = servicesUsing(model, declared);
      if (declared.external) {
        const missing = daemon && onDaemon(declared, daemon).length === 0 ? ` It does not exist on this daemon, so the stack will not start.` : '';
        for (const service of users) {
          hits.push({
            rule: RULE,
            service,
            at: usedAt(context, service, declared),
            // An explicit choice to share: at most a warning, whatever the rule's severity is.
            severity: config.rules[RULE].severity === 'error' ? 'warning' : undefined,
            message: `Service ${service} uses the external ${describe(declared)}: it belongs to someone else on this daemon, so the tests share its data and parallel copies of the stack share it too; the teardown never removes it.${missing} Use a volume or network of the project (no external, no name) unless sharing is the point.`,
          });
        }
        continue;
      }
      if (!declared.fixedName || !daemon) continue;
      const foreign = onDaemon(declared, daemon).filter((resource) => resource.labels[COMPOSE_LABELS.project] !== model.name);
      if (foreign.length === 0) continue;
      for (const service of users) {
        hits.push({
          rule: RULE,
          service,
          at: usedAt(context, service, declared),
          message: `Service ${service} uses ${describe(declared)}, which already exists on this daemon and is not this stack's (${whose(foreign[0]!)}): the tests would read and write another stack's data, and parallel copies of this stack would share it. Remove name: so Compose scopes it to the project (${model.name}_${declared.key}), or declare it external: true if sharing is intended. The teardown keeps it either way.`,
        });
      }
    }
    return hits;
  },
};

export const SHARED_RESOURCE_RULES: Rule[] = [sharedResources];
