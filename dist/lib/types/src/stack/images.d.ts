import { type ComposeModel } from '../compose/model.js';
export type ImagePolicy = 'missing' | 'always' | 'never';
export declare const IMAGE_POLICIES: readonly ImagePolicy[];
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
export declare function serviceImage(model: ComposeModel, name: string): string;
/** The images of the services that pull (no `build:`), grouped by reference. */
export declare function planPulls(model: ComposeModel, policy: ImagePolicy, present: ReadonlySet<string>): PlannedImage[];
/** The services that build, one entry each (each build is its own `docker compose build`). */
export declare function planBuilds(model: ComposeModel, policy: ImagePolicy, present: ReadonlySet<string>): PlannedImage[];
/** Every image the plans need to know about, to ask the daemon which are here. */
export declare function imagesToLookUp(model: ComposeModel): string[];
