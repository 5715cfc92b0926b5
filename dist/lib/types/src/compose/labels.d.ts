export declare const COMPOSE_LABELS: {
    readonly project: "com.docker.compose.project";
    readonly service: "com.docker.compose.service";
    readonly oneoff: "com.docker.compose.oneoff";
    readonly containerNumber: "com.docker.compose.container-number";
    readonly volume: "com.docker.compose.volume";
    readonly network: "com.docker.compose.network";
};
/** Our label namespace; every key this product writes starts with it. */
export declare const OWN_PREFIX = "docker-stability.";
export declare const OWN_LABELS: {
    /** On every resource of a stack this product started: the lease (or run) id that owns it. */
    readonly owner: "docker-stability.owner";
    /** Kind of our own bookkeeping containers: lease, ticket, mutex. */
    readonly kind: "docker-stability.kind";
    /**
     * On every image a run built (through the override's build.labels): the owner label's value of
     * that run. remove-built-images removes exactly the images carrying this run's value — not an
     * earlier run's image under the same name, not a pulled one. Its own key, so the sweep of dead
     * owners (which goes by `owner`) never takes images.
     */
    readonly builtBy: "docker-stability.built-by";
};
/**
 * Whether a label value is a Compose project name (lowercase letters, digits, '-' and '_'): label
 * values are anyone's text, so only such a value is repeated in a message or a summary.
 */
export declare function isProjectName(value: string): boolean;
export declare function projectFilter(projectName: string): string;
