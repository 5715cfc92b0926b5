import { formatDuration } from '../core/units.js';
import type { ImageLedger } from './ledger.js';

// Cache or pull (pure). `docker save`/`load` caches are often slower than pulling from a nearby
// registry (ScribeMD/docker-cache#785; satackey/action-docker-layer-caching), so the cache is
// used only while the last measured restore-and-load beat the last measured pull. Each run
// measures the way it took, so a choice is revisited when that way gets slower than the other
// one was: no periodic probing, no flapping on noise below the other side's figure.

export type ImageChoice =
  | { use: 'cache'; basis: 'faster' | 'unmeasured'; reason: string }
  | { use: 'pull'; basis: 'no-archive' | 'slower'; reason: string };

export function decideImageSource(ledger: ImageLedger | undefined): ImageChoice {
  if (!ledger?.archive) {
    return { use: 'pull', basis: 'no-archive', reason: 'no cached archive of these images yet: pulling, and saving them for the next run' };
  }
  const pull = ledger.pull;
  const load = ledger.load;
  if (!load || !pull) {
    return {
      use: 'cache',
      basis: 'unmeasured',
      reason: `loading from the cache has not been measured yet${pull ? ` (pulling took ${formatDuration(pull.durationMs)})` : ''}: restoring once to compare`,
    };
  }
  const figures = `loading from the cache took ${formatDuration(load.durationMs)} (run ${load.runId}), pulling took ${formatDuration(pull.durationMs)} (run ${pull.runId})`;
  return load.durationMs < pull.durationMs
    ? { use: 'cache', basis: 'faster', reason: `${figures}: the cache is faster` }
    : { use: 'pull', basis: 'slower', reason: `${figures}: pulling is faster, so the cache is not restored` };
}
