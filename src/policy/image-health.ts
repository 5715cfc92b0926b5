import type { ComposeModel } from '../compose/model.js';
import type { DockerApi, ImageDetails } from '../ports/docker.js';
import { imageReference, type ImageHealth } from './service-facts.js';

// The images' own HEALTHCHECK, read from the local daemon before the rules run: the daemon fills
// every field a compose health check leaves unset from the image's, so "Docker's default 30 s" is
// only true when the image sets nothing. Nothing is pulled; an image the daemon does not have,
// or no daemon at all, is "unknown" — the rules say so rather than guess.

/** Inspections at once: a stack of many distinct images should not queue up the shared daemon. */
const CONCURRENCY = 8;

function toHealth(details: ImageDetails | undefined): ImageHealth {
  if (!details) return { known: false };
  const check = details.healthcheck;
  if (!check || check.test.length === 0 || check.test[0] === 'NONE') return { known: true };
  const ms = (ns: number): number | undefined => (ns > 0 ? Math.round(ns / 1e6) : undefined);
  return {
    known: true,
    healthcheck: {
      intervalMs: ms(check.intervalNs),
      timeoutMs: ms(check.timeoutNs),
      startPeriodMs: ms(check.startPeriodNs),
      retries: check.retries > 0 ? check.retries : undefined,
    },
  };
}

/** What each service's image says about health checks, per service name. Never throws. */
export async function imageHealth(docker: Pick<DockerApi, 'inspectImage'> | undefined, model: ComposeModel): Promise<Map<string, ImageHealth>> {
  const result = new Map<string, ImageHealth>();
  if (!docker) return result;
  const services = new Map<string, string[]>();
  for (const [name, spec] of Object.entries(model.services ?? {})) {
    if (spec.healthcheck?.disable) continue;
    const reference = imageReference(model.name, name, spec);
    services.set(reference, [...(services.get(reference) ?? []), name]);
  }
  const references = [...services.keys()];
  const answers = new Map<string, ImageHealth>();
  const worker = async (): Promise<void> => {
    for (let reference = references.shift(); reference !== undefined; reference = references.shift()) {
      answers.set(reference, await docker.inspectImage(reference).then(toHealth, (): ImageHealth => ({ known: false })));
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, references.length) }, worker));
  for (const [reference, names] of services) for (const name of names) result.set(name, answers.get(reference) ?? { known: false });
  return result;
}
