import type { ComposeModel } from '../compose/model.js';
export interface StackIdentity {
    projectName: string;
    /** Compose's working directory; absolute paths under it are written relative to it. */
    projectDirectory?: string;
}
/** 16 hex digits of SHA-256 over the canonical, secret-free, run-independent model. */
export declare function stackHash(model: ComposeModel, identity: StackIdentity): string;
/** The text that is hashed (for tests and for explaining a changed hash): sorted-key JSON. */
export declare function canonicalStack(model: ComposeModel, identity: StackIdentity): string;
