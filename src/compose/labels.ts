// Labels: Compose's (what it puts on everything it creates) and ours (what proves that this
// product created or owns a resource). Cleanup only ever selects by these.

export const COMPOSE_LABELS = {
  project: 'com.docker.compose.project',
  service: 'com.docker.compose.service',
  oneoff: 'com.docker.compose.oneoff',
  containerNumber: 'com.docker.compose.container-number',
  volume: 'com.docker.compose.volume',
  network: 'com.docker.compose.network',
} as const;

/** Our label namespace; every key this product writes starts with it. */
export const OWN_PREFIX = 'docker-stability.';

export const OWN_LABELS = {
  /** On every resource of a stack this product started: the lease (or run) id that owns it. */
  owner: `${OWN_PREFIX}owner`,
  /** Kind of our own bookkeeping containers: lease, ticket, mutex. */
  kind: `${OWN_PREFIX}kind`,
  /**
   * On every image a run built (through the override's build.labels): the owner label's value of
   * that run. remove-built-images removes exactly the images carrying this run's value — not an
   * earlier run's image under the same name, not a pulled one. Its own key, so the sweep of dead
   * owners (which goes by `owner`) never takes images.
   */
  builtBy: `${OWN_PREFIX}built-by`,
} as const;

/**
 * Whether a label value is a Compose project name (lowercase letters, digits, '-' and '_'): label
 * values are anyone's text, so only such a value is repeated in a message or a summary.
 */
export function isProjectName(value: string): boolean {
  return /^[a-z0-9][a-z0-9_-]{0,62}$/.test(value);
}

export function projectFilter(projectName: string): string {
  return `${COMPOSE_LABELS.project}=${projectName}`;
}
