import { type DaemonResources, type SharedKind } from '../compose/declared-resources.js';
import type { ComposeModel } from '../compose/model.js';
import type { DockerApi } from '../ports/docker.js';
export interface ExistingResource {
    kind: SharedKind;
    name: string;
    /** Volume name or network id: what removal would take. */
    id: string;
    /** The model's key for it, when the model names it. */
    key?: string;
    /** Declared `external: true`. */
    external?: boolean;
    /** Its Compose project label, if any. */
    project?: string;
    /** Its owner label (this tool's), if any. */
    owner?: string;
}
/** The run state's record of what existed on the daemon before `up` (saved by main for post). */
export interface PreExistingResources {
    recordedAtMs: number;
    project: string;
    resources: ExistingResource[];
}
/** Every volume and network on the daemon, names and labels (two list calls, each bounded by the adapter). */
export declare function listDaemonResources(docker: DockerApi): Promise<DaemonResources>;
/** The record, from a model and what the daemon has (pure). */
export declare function preExistingResources(model: ComposeModel, project: string, daemon: DaemonResources, nowMs: number): PreExistingResources;
/** Takes the record on the daemon: call it as late as possible before `up`. */
export declare function recordPreExisting(docker: DockerApi, model: ComposeModel, project: string, nowMs: number): Promise<PreExistingResources>;
/** Whether a resource is in the record (volumes by name, networks by id). */
export declare function existedBefore(record: PreExistingResources | undefined, resource: {
    kind: string;
    id: string;
}): ExistingResource | undefined;
/**
 * Why a pre-existing resource is not ours, in words ("it belongs to Compose project dev"). Label
 * values are anyone's text: one that is not a project name or an owner label is not repeated.
 */
export declare function describeOwner(resource: Pick<ExistingResource, 'project' | 'owner' | 'external'>): string;
/** One log line per resource of the model that was already there ("volume devdata: it belongs to …"). */
export declare function describePreExisting(record: PreExistingResources): string[];
