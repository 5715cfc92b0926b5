import { createHash } from 'node:crypto';
import type { ComposeModel } from '../compose/model.js';

// Which images of a stack the image cache is about (pure): those Compose would pull — services
// with an `image` and no `build` (built images are the build cache's business, not a registry's).

/** Sorted, unique references, with the implicit `:latest` written out as the daemon stores them. */
export function cacheableImages(model: ComposeModel): string[] {
  const references = Object.values(model.services)
    .filter((service) => typeof service.image === 'string' && service.image !== '' && service.build === undefined)
    .map((service) => withTag(service.image as string));
  return [...new Set(references)].sort();
}

/** `redis` → `redis:latest`; a tag or digest is kept (a registry's `host:port/` is not a tag). */
export function withTag(reference: string): string {
  if (reference.includes('@')) return reference;
  const lastPart = reference.slice(reference.lastIndexOf('/') + 1);
  return lastPart.includes(':') ? reference : `${reference}:latest`;
}

/** 16 hex digits naming a set of strings regardless of order. */
export function setHash(items: readonly string[]): string {
  return createHash('sha256').update([...items].sort().join('\n')).digest('hex').slice(0, 16);
}
