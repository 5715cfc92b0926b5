import type { ComposeModel } from './model.js';
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
export declare function declaredResources(model: ComposeModel): DeclaredResource[];
/** What the daemon has under a declared resource's name (networks: possibly several). */
export declare function onDaemon(declared: Pick<DeclaredResource, 'kind' | 'name'>, daemon: DaemonResources): DaemonResource[];
/** Services that mount a named volume (by its key) or join a network (by its key), sorted. */
export declare function servicesUsing(model: ComposeModel, declared: Pick<DeclaredResource, 'kind' | 'key'>): string[];
