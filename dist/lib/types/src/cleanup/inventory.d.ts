import type { DockerApi } from '../ports/docker.js';
/** One resource as cleanup sees it: enough to decide about it and to name it in a report. */
export interface Resource {
    kind: 'container' | 'network' | 'volume' | 'image';
    /** What removal takes: container/network id, volume name, image id. */
    id: string;
    name: string;
    project?: string;
    owner?: string;
    /** Images only: the run that built it (our built-by label). */
    builtBy?: string;
    /** Containers only: running (removal kills it). */
    running?: boolean;
}
export type Inventory = Resource[];
/**
 * Everything on the daemon that carries our owner label (any, or the given values) or the given
 * projects' Compose label, and the images one run built (`builtBy`: that run's owner value).
 * Labels are the only evidence cleanup accepts: unlabelled resources are never listed.
 */
export declare function takeInventory(docker: DockerApi, scope: {
    projects?: string[];
    owned?: boolean;
    owners?: string[];
    builtBy?: string;
}): Promise<Inventory>;
