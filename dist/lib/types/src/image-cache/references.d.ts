import type { ComposeModel } from '../compose/model.js';
/** Sorted, unique references, with the implicit `:latest` written out as the daemon stores them. */
export declare function cacheableImages(model: ComposeModel): string[];
/** `redis` → `redis:latest`; a tag or digest is kept (a registry's `host:port/` is not a tag). */
export declare function withTag(reference: string): string;
/** 16 hex digits naming a set of strings regardless of order. */
export declare function setHash(items: readonly string[]): string;
