import { parallelLimit } from '../../compose/flags.js';
import { isBuilt, type ComposeModel } from '../../compose/model.js';
import type { Log } from '../../ports/runtime.js';
import type { Settings } from '../../settings/settings.js';
import { buildImages, type BuildSection } from '../../stack/build.js';
import { planBuilds, serviceImage } from '../../stack/images.js';
import type { Deps } from '../deps.js';
import { presentImages } from './pull.js';

// The build phase, after the pulls and before `up`: the services with `build:` that the `build`
// input (and `pull_policy: build`) say to build, each timed on its own, their output in the log
// as untrusted text. Under the override, so each image carries this run's built-by label.

/** Whether the build phase has anything to decide (some service of the model builds). */
export function buildsAnything(model: ComposeModel): boolean {
  return Object.values(model.services).some(isBuilt);
}

export async function buildPhase(deps: Deps, log: Log, settings: Settings, model: ComposeModel, options: { overrideFile: string; signal: AbortSignal }): Promise<BuildSection> {
  const images = Object.keys(model.services).filter((name) => isBuilt(model.services[name]!)).map((name) => serviceImage(model, name));
  const plan = planBuilds(model, settings.compose.build, await presentImages(deps.images, images));
  for (const planned of plan) log.info(`${planned.services[0]} (${planned.image}): ${planned.action === 'fetch' ? 'build' : planned.action} — ${planned.why}.`);
  const section = await buildImages(
    { compose: deps.compose, now: () => deps.clock.now(), output: (lines) => log.output(lines), log },
    settings.stack,
    settings.compose.build,
    plan,
    { overrideFiles: [options.overrideFile], signal: options.signal, parallel: parallelLimit(settings.stack.composeFlags) },
  );
  const built = section.services.filter((build) => build.outcome === 'built');
  if (!section.failure && built.length) log.info(`Built ${built.length} image${built.length === 1 ? '' : 's'} in ${(section.durationMs / 1000).toFixed(1)} s.`);
  return section;
}
