import { OWN_LABELS } from '../compose/labels.js';
import type { ComposeModel } from '../compose/model.js';

/**
 * The part of the generated override file that marks everything a stack creates as ours:
 * our owner label on every service's containers (one-off `run` containers included), and on
 * every network and named volume the project creates. External networks and volumes belong to
 * someone else and are left unlabelled. Anonymous volumes cannot carry labels; they go with
 * their container (removed with its volumes).
 */
export function ownershipOverride(model: ComposeModel, owner: string): Record<string, unknown> {
  const labels = { [OWN_LABELS.owner]: owner };
  const own = (entries: ComposeModel['networks'] | ComposeModel['volumes']): Record<string, { labels: Record<string, string> }> =>
    Object.fromEntries(
      Object.entries(entries ?? {})
        .filter(([, definition]) => !definition?.external)
        .map(([name]) => [name, { labels }]),
    );
  const override: Record<string, unknown> = {
    services: Object.fromEntries(Object.keys(model.services ?? {}).map((service) => [service, { labels }])),
  };
  const networks = own(model.networks);
  const volumes = own(model.volumes);
  if (Object.keys(networks).length > 0) override.networks = networks;
  if (Object.keys(volumes).length > 0) override.volumes = volumes;
  return override;
}
