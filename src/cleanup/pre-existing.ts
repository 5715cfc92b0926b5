import { COMPOSE_LABELS, isProjectName, OWN_LABELS } from '../compose/labels.js';
import { declaredResources, onDaemon, type DaemonResources, type SharedKind } from '../compose/declared-resources.js';
import type { ComposeModel } from '../compose/model.js';
import type { DockerApi } from '../ports/docker.js';
import { parseOwner } from './ownership.js';

// What existed before `up`: the volumes and networks the resolved model names (fixed `name:`s,
// `external: true`, the project-scoped `<project>_<key>`) and anything already carrying the
// project's label, each with who owns it. Taken just before `up` and saved for post (main and
// post are separate processes), so the teardown can tell what this run created from what it
// only used — Compose itself warns that a volume "already exists but was not created by Docker
// Compose" and would then remove it with `down --volumes`.

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
export async function listDaemonResources(docker: DockerApi): Promise<DaemonResources> {
  const [volumes, networks] = await Promise.all([docker.listVolumes({}), docker.listNetworks({})]);
  return {
    volumes: volumes.map((volume) => ({ kind: 'volume', name: volume.name, id: volume.name, labels: volume.labels })),
    networks: networks.map((network) => ({ kind: 'network', name: network.name, id: network.id, labels: network.labels })),
  };
}

/** The record, from a model and what the daemon has (pure). */
export function preExistingResources(model: ComposeModel, project: string, daemon: DaemonResources, nowMs: number): PreExistingResources {
  const found = new Map<string, ExistingResource>();
  const add = (resource: ExistingResource): void => {
    const key = `${resource.kind}:${resource.id}`;
    found.set(key, { ...found.get(key), ...resource });
  };
  const whose = (labels: Record<string, string>): Pick<ExistingResource, 'project' | 'owner'> => ({
    ...(labels[COMPOSE_LABELS.project] !== undefined ? { project: labels[COMPOSE_LABELS.project] } : {}),
    ...(labels[OWN_LABELS.owner] !== undefined ? { owner: labels[OWN_LABELS.owner] } : {}),
  });
  for (const resource of [...daemon.volumes, ...daemon.networks]) {
    if (resource.labels[COMPOSE_LABELS.project] === project) add({ kind: resource.kind, name: resource.name, id: resource.id, ...whose(resource.labels) });
  }
  for (const declared of declaredResources(model)) {
    for (const resource of onDaemon(declared, daemon)) {
      add({ kind: declared.kind, name: resource.name, id: resource.id, key: declared.key, ...(declared.external ? { external: true } : {}), ...whose(resource.labels) });
    }
  }
  const resources = [...found.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return { recordedAtMs: nowMs, project, resources };
}

/** Takes the record on the daemon: call it as late as possible before `up`. */
export async function recordPreExisting(docker: DockerApi, model: ComposeModel, project: string, nowMs: number): Promise<PreExistingResources> {
  return preExistingResources(model, project, await listDaemonResources(docker), nowMs);
}

/** Whether a resource is in the record (volumes by name, networks by id). */
export function existedBefore(record: PreExistingResources | undefined, resource: { kind: string; id: string }): ExistingResource | undefined {
  return record?.resources.find((existing) => existing.kind === resource.kind && existing.id === resource.id);
}

/**
 * Why a pre-existing resource is not ours, in words ("it belongs to Compose project dev"). Label
 * values are anyone's text: one that is not a project name or an owner label is not repeated.
 */
export function describeOwner(resource: Pick<ExistingResource, 'project' | 'owner' | 'external'>): string {
  if (resource.external) return 'it is declared external';
  if (resource.owner) return parseOwner(resource.owner) ? `it belongs to ${resource.owner}` : 'it carries an owner label this tool did not write';
  if (resource.project) return isProjectName(resource.project) ? `it belongs to Compose project ${resource.project}` : 'it belongs to another Compose project';
  return 'it was not created by Compose';
}

/** One log line per resource of the model that was already there ("volume devdata: it belongs to …"). */
export function describePreExisting(record: PreExistingResources): string[] {
  return record.resources.map((resource) => `${resource.kind} ${resource.name} existed before up: ${describeOwner(resource)}${resource.owner ? '' : '; the teardown keeps it'}`);
}
