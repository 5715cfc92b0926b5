import { type ImagePolicy } from '../stack/images.js';
export interface ComposeSettings {
    /** `up-flags`, judged and normalised (`--timeout=5`). */
    upFlags: string[];
    build: ImagePolicy;
    pull: ImagePolicy;
}
export interface ParsedComposeInputs {
    compose: ComposeSettings;
    /** Into the StackTarget: every compose call needs them. */
    services: string[];
    composeFlags: string[];
}
export declare function parseComposeInputs(raw: {
    services: string;
    upFlags: string;
    composeFlags: string;
    build: string;
    pull: string;
}): ParsedComposeInputs | {
    problems: string[];
};
