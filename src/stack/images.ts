import { isBuilt, type ComposeModel } from '../compose/model.js';

// Which images the pull phase fetches and which the build phase builds (pure), decided on the
// canonical model of the services that will start. A service with `build:` gets its image by
// building (as `docker compose pull --ignore-buildable` leaves it alone); any other by pulling.
//
// The `pull` and `build` inputs: `missing` is Compose's own default — a service's
// `pull_policy` is honoured, and an image that is not on the daemon is fetched; `always` and
// `never` override every service, as `up --pull always|never` and `up --build|--no-build` do.

export type ImagePolicy = 'missing' | 'always' | 'never';
export const IMAGE_POLICIES: readonly ImagePolicy[] = ['missing', 'always', 'never'];

/** One image and the services that run it (several services may share one). */
export interface PlannedImage {
  image: string;
  services: string[];
  /** fetch: pull or build it; present: it is here and stays; absent: it is not here and may not be fetched. */
  action: 'fetch' | 'present' | 'absent';
  /** Why, in a few words ("pull_policy: always", "not on the daemon", "pull: never"). */
  why: string;
}

/** The image a service runs: its `image`, or the name Compose gives what it builds (`<project>-<service>`). */
export function serviceImage(model: ComposeModel, name: string): string {
  const image = model.services[name]?.image;
  return typeof image === 'string' && image !== '' ? image : `${model.name}-${name}`;
}

/** The images of the services that pull (no `build:`), grouped by reference. */
export function planPulls(model: ComposeModel, policy: ImagePolicy, present: ReadonlySet<string>): PlannedImage[] {
  return group(
    Object.entries(model.services)
      .filter(([, service]) => !isBuilt(service) && typeof service.image === 'string' && service.image !== '')
      .map(([name, service]) => decide(name, service.image!, effectivePull(policy, service.pull_policy), present.has(service.image!), 'pull')),
  );
}

/** The services that build, one entry each (each build is its own `docker compose build`). */
export function planBuilds(model: ComposeModel, policy: ImagePolicy, present: ReadonlySet<string>): PlannedImage[] {
  return Object.entries(model.services)
    .filter(([, service]) => isBuilt(service))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, service]) => {
      const image = serviceImage(model, name);
      // `pull_policy: build` is Compose's "always build this one".
      const wanted = policy === 'missing' && service.pull_policy === 'build' ? { mode: 'always' as const, why: 'pull_policy: build' } : { mode: policy, why: `build: ${policy}` };
      return decide(name, image, wanted, present.has(image), 'build');
    });
}

/** Every image the plans need to know about, to ask the daemon which are here. */
export function imagesToLookUp(model: ComposeModel): string[] {
  return [...new Set(Object.keys(model.services).map((name) => serviceImage(model, name)))].sort();
}

type Effective = { mode: ImagePolicy; why: string };

/** The input's `always`/`never` win; with `missing`, the service's own pull_policy decides. */
function effectivePull(policy: ImagePolicy, pullPolicy: string | undefined): Effective {
  if (policy !== 'missing') return { mode: policy, why: `pull: ${policy}` };
  if (pullPolicy === 'always' || pullPolicy === 'never') return { mode: pullPolicy, why: `pull_policy: ${pullPolicy}` };
  // missing, if_not_present, and the refresh policies (daily, weekly, every_…): this run has no
  // record of when an image was last pulled, so a present image counts as fresh.
  return { mode: 'missing', why: pullPolicy && pullPolicy !== 'missing' ? `pull_policy: ${pullPolicy}, taken as missing` : 'pull: missing' };
}

function decide(service: string, image: string, wanted: Effective, here: boolean, verb: 'pull' | 'build'): PlannedImage {
  const base = { image, services: [service] };
  if (wanted.mode === 'always') return { ...base, action: 'fetch', why: wanted.why };
  if (here) return { ...base, action: 'present', why: 'on the daemon' };
  if (wanted.mode === 'never') return { ...base, action: 'absent', why: `not on the daemon, and ${wanted.why} forbids to ${verb} it` };
  return { ...base, action: 'fetch', why: 'not on the daemon' };
}

const ACTION_RANK: Record<PlannedImage['action'], number> = { fetch: 0, absent: 1, present: 2 };

/** One entry per image: fetched when any of its services wants it fetched. */
function group(entries: PlannedImage[]): PlannedImage[] {
  const byImage = new Map<string, PlannedImage>();
  for (const entry of entries) {
    const seen = byImage.get(entry.image);
    if (!seen) byImage.set(entry.image, entry);
    else {
      const first = ACTION_RANK[entry.action] < ACTION_RANK[seen.action] ? entry : seen;
      byImage.set(entry.image, { ...first, services: [...seen.services, ...entry.services].sort() });
    }
  }
  return [...byImage.values()].sort((a, b) => a.image.localeCompare(b.image));
}
