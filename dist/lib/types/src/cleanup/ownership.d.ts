import { type ComposeModel } from '../compose/model.js';
import { type ComposeOverride } from '../compose/override.js';
/** Who owns a stack's resources: a lease, named by its namespace and id. */
export interface Owner {
    namespace: string;
    id: string;
}
/** The owner label's value: "<namespace>/<lease id>", so a sweep never judges another fleet's. */
export declare function ownerLabelValue(owner: Owner): string;
/** The owner a label names; undefined for a value this product did not write. */
export declare function parseOwner(value: string | undefined): Owner | undefined;
/**
 * Marks everything a stack creates as ours, in the generated override file: our owner label (the
 * lease id) on every service's containers (one-off `run` containers included), and on every
 * network and named volume the project creates. External networks and volumes belong to someone
 * else and are left unlabelled. Anonymous volumes cannot carry labels; they go with their
 * container (removed with its volumes). The images the stack builds carry the owner too, under
 * their own key (`built-by`). Labels change no behaviour of the stack.
 */
export declare function withOwnership(override: ComposeOverride, model: ComposeModel, owner: Owner): ComposeOverride;
