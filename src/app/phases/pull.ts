import { parallelLimit } from '../../compose/flags.js';
import { isBuilt, type ComposeModel } from '../../compose/model.js';
import { afterPull, type ImageCachePrep } from '../../image-cache/prepare.js';
import type { ImageTools } from '../../ports/images.js';
import type { Log } from '../../ports/runtime.js';
import type { Settings } from '../../settings/settings.js';
import { planPulls } from '../../stack/images.js';
import { pullImages, type PullSection } from '../../stack/pull.js';
import type { Deps } from '../deps.js';

// The pull phase, after the lease and before the build: what the `pull` input and each
// service's pull_policy ask for, pulled with retries (src/stack/pull.ts). The image cache, when
// on, has already loaded what it could; what it left is pulled here, and its time recorded.

export interface Pulled {
  section: PullSection;
  /** The image cache's record with this phase's time, when the cache left the pulling to it. */
  imageCache?: ImageCachePrep;
}

export async function pullPhase(
  deps: Deps,
  log: Log,
  settings: Settings,
  model: ComposeModel,
  options: { overrideFile: string; imageCache?: ImageCachePrep; signal: AbortSignal },
): Promise<Pulled> {
  const images = Object.values(model.services).flatMap((service) => (!isBuilt(service) && service.image ? [service.image] : []));
  const plan = planPulls(model, settings.compose.pull, await presentImages(deps.images, images));
  for (const planned of plan) log.info(`${planned.image} (${planned.services.join(', ')}): ${planned.action === 'fetch' ? 'pull' : planned.action} — ${planned.why}.`);
  if (plan.length === 0) log.info('No service pulls an image: every one builds its own.');
  const section = await pullImages({ compose: deps.compose, clock: deps.clock, log }, settings.stack, settings.compose.pull, plan, {
    overrideFiles: [options.overrideFile],
    signal: options.signal,
    parallel: parallelLimit(settings.stack.composeFlags),
  });
  const pulled = section.images.filter((image) => image.outcome === 'pulled');
  if (!section.failure && pulled.length) log.info(`Pulled ${pulled.length} image${pulled.length === 1 ? '' : 's'} in ${(section.durationMs / 1000).toFixed(1)} s.`);
  const failed = section.images.filter((image) => image.outcome === 'failed').map((image) => image.image);
  const imageCache = options.imageCache ? await afterPull({ images: deps.images, log }, options.imageCache, { durationMs: section.durationMs, failed }) : undefined;
  return { section, ...(imageCache ? { imageCache } : {}) };
}

/** Which of these images the daemon has (as `docker image inspect` resolves a reference). */
export async function presentImages(images: Pick<ImageTools, 'imageId'>, references: string[]): Promise<Set<string>> {
  const unique = [...new Set(references)];
  const ids = await Promise.all(unique.map((reference) => images.imageId(reference)));
  return new Set(unique.filter((_, index) => ids[index] !== undefined));
}
