import { OWN_LABELS } from '../compose/labels.js';
import type { ComposeModel } from '../compose/model.js';
import { addToResource, addToService, type ComposeOverride } from '../compose/override.js';

/**
 * Marks everything a stack creates as ours, in the generated override file: our owner label (the
 * lease id) on every service's containers (one-off `run` containers included), and on every
 * network and named volume the project creates. External networks and volumes belong to someone
 * else and are left unlabelled. Anonymous volumes cannot carry labels; they go with their
 * container (removed with its volumes). Labels change no behaviour of the stack.
 */
export function withOwnership(override: ComposeOverride, model: ComposeModel, owner: string): ComposeOverride {
  const labels = { [OWN_LABELS.owner]: owner };
  let result = override;
  for (const service of Object.keys(model.services ?? {})) result = addToService(result, service, { labels });
  for (const section of ['networks', 'volumes'] as const) {
    for (const [name, definition] of Object.entries(model[section] ?? {})) {
      if (!definition?.external) result = addToResource(result, section, name, { labels });
    }
  }
  return result;
}
