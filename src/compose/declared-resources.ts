import type { ComposeModel } from './model.js';

// The volumes and networks a resolved model declares, under the names the engine will know them
// by, and which of them a daemon already has. Compose fills in every name in `config` output:
// `<project>_<key>` unless the file gives a fixed `name:` (or `external: true`, which defaults to
// the key itself). Both the policy (`shared-resources`) and the teardown's record of what existed
// before `up` start from here; the facts about the daemon are gathered over the DockerApi port
// (src/cleanup/pre-existing.ts) and handed in as plain data.

export type SharedKind = 'volume' | 'network';

export interface DeclaredResource {
  kind: SharedKind;
  /** The key under the top-level `volumes:` or `networks:`. */
  key: string;
  /** The name the engine knows it by. */
  name: string;
  /** `external: true`: Compose never creates nor removes it; it must exist already. */
  external: boolean;
  /** A name the file chose (`name:`), not the project-scoped `<project>_<key>`: copies of the stack share it. */
  fixedName: boolean;
}

/** One volume or network as the daemon lists it. */
export interface DaemonResource {
  kind: SharedKind;
  name: string;
  /** Volume name, or network id (network names are not unique on a daemon). */
  id: string;
  labels: Record<string, string>;
}

/** Every volume and network on the daemon (names and labels), for judging a model against. */
export interface DaemonResources {
  volumes: DaemonResource[];
  networks: DaemonResource[];
}

export function declaredResources(model: ComposeModel): DeclaredResource[] {
  const result: DeclaredResource[] = [];
  for (const [section, kind] of [['volumes', 'volume'], ['networks', 'network']] as const) {
    for (const [key, definition] of Object.entries(model[section] ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
      const external = Boolean(definition?.external);
      const scoped = `${model.name}_${key}`;
      const name = definition?.name ?? (external ? key : scoped);
      result.push({ kind, key, name, external, fixedName: name !== scoped });
    }
  }
  return result;
}

/** What the daemon has under a declared resource's name (networks: possibly several). */
export function onDaemon(declared: Pick<DeclaredResource, 'kind' | 'name'>, daemon: DaemonResources): DaemonResource[] {
  return (declared.kind === 'volume' ? daemon.volumes : daemon.networks).filter((resource) => resource.name === declared.name);
}

/** Services that mount a named volume (by its key) or join a network (by its key), sorted. */
export function servicesUsing(model: ComposeModel, declared: Pick<DeclaredResource, 'kind' | 'key'>): string[] {
  return Object.entries(model.services ?? {})
    .filter(([, service]) =>
      declared.kind === 'volume'
        ? (service.volumes ?? []).some((mount) => mount.type === 'volume' && mount.source === declared.key)
        : Object.keys((service.networks as Record<string, unknown> | undefined) ?? {}).includes(declared.key),
    )
    .map(([name]) => name)
    .sort();
}
