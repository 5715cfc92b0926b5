import { OWN_LABELS } from '../compose/labels.js';
import { isBuilt, type ComposeModel } from '../compose/model.js';
import { addToResource, addToService, type ComposeOverride } from '../compose/override.js';

/** Who owns a stack's resources: a lease, named by its namespace and id. */
export interface Owner {
  namespace: string;
  id: string;
}

/** The owner label's value: "<namespace>/<lease id>", so a sweep never judges another fleet's. */
export function ownerLabelValue(owner: Owner): string {
  return `${owner.namespace}/${owner.id}`;
}

/** The owner a label names; undefined for a value this product did not write. */
export function parseOwner(value: string | undefined): Owner | undefined {
  const match = /^([a-z0-9_-]+)\/([A-Za-z0-9_.-]+)$/.exec(value ?? '');
  return match ? { namespace: match[1]!, id: match[2]! } : undefined;
}

/**
 * Marks everything a stack creates as ours, in the generated override file: our owner label (the
 * lease id) on every service's containers (one-off `run` containers included), and on every
 * network and named volume the project creates. External networks and volumes belong to someone
 * else and are left unlabelled. Anonymous volumes cannot carry labels; they go with their
 * container (removed with its volumes). The images the stack builds carry the owner too, under
 * their own key (`built-by`). Labels change no behaviour of the stack.
 */
export function withOwnership(override: ComposeOverride, model: ComposeModel, owner: Owner): ComposeOverride {
  const labels = { [OWN_LABELS.owner]: ownerLabelValue(owner) };
  let result = override;
  for (const [name, service] of Object.entries(model.services ?? {})) {
    result = addToService(result, name, { labels });
    // Only where the service builds: a build section anywhere else would make it build.
    if (isBuilt(service)) result = addToService(result, name, { build: { labels: { [OWN_LABELS.builtBy]: ownerLabelValue(owner) } } });
  }
  for (const section of ['networks', 'volumes'] as const) {
    for (const [name, definition] of Object.entries(model[section] ?? {})) {
      if (!definition?.external) result = addToResource(result, section, name, { labels });
    }
  }
  return result;
}
