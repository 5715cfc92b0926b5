import type { ComposeService } from '../../compose/model.js';
import type { Rule } from '../context.js';
interface SwitchPattern {
    /** How the switch is named in messages. */
    name: string;
    engine: string;
    pattern: RegExp;
}
export declare const DURABILITY_SWITCHES: SwitchPattern[];
export interface FoundSwitch {
    name: string;
    engine: string;
    /** Where it is set: the command, the entrypoint, or an environment variable (named). */
    in: 'command' | 'entrypoint' | 'environment';
    variable?: string;
}
/** Every durability switch a service turns off, in command, entrypoint or environment. */
export declare function durabilitySwitches(service: ComposeService): FoundSwitch[];
export declare const DURABILITY_RULES: Rule[];
export {};
